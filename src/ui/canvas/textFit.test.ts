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

describe("labelTextFits", () => {
  it("fits only with room to spare for the browser's own shaping", async () => {
    vi.stubGlobal("OffscreenCanvas", FakeCanvas);
    vi.stubGlobal("document", { body: {} });
    vi.stubGlobal("getComputedStyle", () => ({ fontFamily: "sans-serif" }));
    const { labelTextFits } = await freshModule();
    expect(labelTextFits("prompt", 44)).toBe(true);
    expect(labelTextFits("prompt", 43)).toBe(false);
    expect(labelTextFits("", 2)).toBe(true);
  });

  it("answers 'does not fit' where it cannot measure, so text stays clipped", async () => {
    vi.stubGlobal("OffscreenCanvas", undefined);
    const { labelTextFits } = await freshModule();
    expect(labelTextFits("prompt", 10_000)).toBe(false);
    expect(labelTextFits("prompt", 10_000)).toBe(false);
  });
});
