import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitText, textWidth } from "./textFit";

// A page whose canvas measures 1.15 em a code point (the tests run without a browser).
beforeAll(() => {
  const measure = {
    font: "",
    measureText: (t: string) => ({ width: Array.from(t).length * 11.5 }),
  };
  Object.assign(globalThis, {
    document: { body: {}, createElement: () => ({ getContext: () => measure }) },
    getComputedStyle: () => ({ fontFamily: "sans-serif" }),
  });
});
const FONT = { size: 10, weight: 400 } as const;
const mayOverflow = (text: string, font: typeof FONT, room: number) =>
  textWidth(text, font) > room - 1.5;

describe("fitText", () => {
  it("keeps text that fits", () => {
    expect(fitText("prompt", FONT, 200)).toBe("prompt");
    expect(mayOverflow("prompt", FONT, 200)).toBe(false);
  });

  it("shortens text that does not fit to its longest start with an ellipsis", () => {
    const out = fitText("Authenticated requests", FONT, 100);
    expect(out).toBe("Authent…");
    expect(mayOverflow(out, FONT, 100)).toBe(false);
    // One more character would not have fitted.
    const longer = "Authenticated requests".slice(0, Array.from(out).length) + "…";
    expect(mayOverflow(longer, FONT, 100)).toBe(true);
  });

  it("drops spaces before the ellipsis and never splits a code point", () => {
    expect(fitText("ab cdefghijklmnop", FONT, 4.5 * 11.5)).toBe("ab…");
    expect(fitText("😀😀😀😀😀😀😀😀", FONT, 50)).toBe("😀😀😀…");
  });

  it("always fits the room, or is the ellipsis alone", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 0, max: 400 }), (text, room) => {
        const out = fitText(text, FONT, room);
        if (out === text) return !mayOverflow(text, FONT, room);
        return out === "…" || (textWidth(out, FONT) <= room && out.endsWith("…"));
      }),
    );
  });
});
