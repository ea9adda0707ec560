import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrastRatio, parseHex } from "./contrast";
import { CONTRAST_PAIRS, cssVariable, TOKENS } from "./contrastPairs";
import { THEME_NAMES } from "./palettes";
import { readThemeCss } from "./themeCss";

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 on white is the well-known lightest grey that passes 4.5:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("reads three- and six-digit hex and refuses anything else", () => {
    expect(parseHex("#fff")).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseHex("#1d4ed8")).toEqual({ r: 29, g: 78, b: 216 });
    expect(() => parseHex("rgba(0,0,0,0.5)")).toThrow(/opaque hex/);
  });

  it("is symmetric and between 1 and 21", () => {
    const channel = fc.integer({ min: 0, max: 255 });
    const hex = fc
      .tuple(channel, channel, channel)
      .map(([r, g, b]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`);
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 10);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21.0001);
      }),
    );
  });
});

const themes = readThemeCss();

describe.each(THEME_NAMES)("the %s theme (src/ui/styles/themes.css)", (theme) => {
  const vars = themes[theme] ?? {};

  it("sets every colour token", () => {
    expect(TOKENS.filter((t) => !(cssVariable(t) in vars))).toEqual([]);
  });

  it.each(CONTRAST_PAIRS.map((p) => [p[2], ...p] as const))(
    "%s is readable (WCAG AA)",
    (_what, fg, bg, _label, minimum) => {
      const a = vars[cssVariable(fg)]!;
      const b = vars[cssVariable(bg)]!;
      const ratio = contrastRatio(a, b);
      expect(
        ratio,
        `${cssVariable(fg)} ${a} on ${cssVariable(bg)} ${b}: ${ratio.toFixed(2)}:1`,
      ).toBeGreaterThanOrEqual(minimum);
    },
  );
});

describe("cssVariable", () => {
  it("names the custom property of a token", () => {
    expect(cssVariable("sevCritical")).toBe("--tc-sev-critical");
    expect(cssVariable("fg")).toBe("--tc-fg");
  });
});
