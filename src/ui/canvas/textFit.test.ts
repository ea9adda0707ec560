import { afterEach, describe, expect, it, vi } from "vitest";

/** A canvas whose text is 7 px a character, whatever the font. */
class FakeCanvas {
  getContext() {
    return { font: "", measureText: (text: string) => ({ width: text.length * 7 }) };
  }
}

async function freshModule() {
  vi.resetModules();
  return import("./textFit");
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fitsWithin", () => {
  it("fits only with room to spare for the browser's own shaping", async () => {
    vi.stubGlobal("OffscreenCanvas", FakeCanvas);
    const { fitsWithin, textWidth, appFont } = await freshModule();
    const font = appFont(15, 600);
    expect(textWidth("prompt", font)).toBe(42);
    expect(fitsWithin("prompt", font, 44)).toBe(true);
    expect(fitsWithin("prompt", font, 43)).toBe(false);
    expect(fitsWithin("", font, 0)).toBe(true);
  });

  it("answers 'does not fit' where it cannot measure, so text stays clipped", async () => {
    vi.stubGlobal("OffscreenCanvas", undefined);
    const { fitsWithin, textWidth, appFont } = await freshModule();
    expect(textWidth("prompt", appFont(14))).toBeNull();
    expect(fitsWithin("prompt", appFont(14), 10_000)).toBe(false);
  });
});
