import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FSI, PDI, balanceIsolates, isolateBidi, leavesBaseLevel, needsIsolation } from "./bidi";

const RLO = "\u202e";
const LRE = "\u202a";
const PDF = "\u202c";
const RLI = "\u2067";

describe("isolateBidi", () => {
  it("leaves left-to-right text as typed", () => {
    for (const text of ["API gateway", "", "Café № 5 — (v2)", "数据存储", "😀 x"]) {
      expect(isolateBidi(text)).toBe(text);
    }
  });

  it("wraps right-to-left letters and directional controls in FSI … PDI", () => {
    expect(isolateBidi("שרת")).toBe(`${FSI}שרת${PDI}`);
    expect(isolateBidi("خادم 1")).toBe(`${FSI}خادم 1${PDI}`);
    expect(isolateBidi(`${RLO}evil`)).toBe(`${FSI}${RLO}evil${PDI}`);
    expect(isolateBidi("\u200fmark")).toBe(`${FSI}\u200fmark${PDI}`);
    // Adlam, in the supplementary plane.
    expect(needsIsolation("\u{1e900}")).toBe(true);
  });

  it("drops a PDI that would close our isolate early, and closes isolates left open", () => {
    expect(isolateBidi(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDI}`);
    expect(isolateBidi(`${RLI}a`)).toBe(`${FSI}${RLI}a${PDI}${PDI}`);
    expect(balanceIsolates(`${RLI}a${PDI}${PDI}`)).toBe(`${RLI}a${PDI}`);
  });

  it("an override inside a name no longer reaches the words after it", () => {
    const sentence = (name: string) => `Spoofing of ${name} by an attacker`;
    expect(leavesBaseLevel(sentence(`${RLO}gateway`))).toBe(false);
    expect(leavesBaseLevel(sentence(isolateBidi(`${RLO}gateway`)))).toBe(true);
  });

  it("whatever the text, what follows it starts at the paragraph's level (UAX #9 X1-X8)", () => {
    const bidiChar = fc.constantFrom(
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200e",
      "\u200f",
      "\u061c",
      "a",
      "א",
      " ",
    );
    const text = fc.oneof(
      fc.array(bidiChar, { maxLength: 40 }).map((chars) => chars.join("")),
      // Past the 125-level limit, where the overflow counters take over.
      fc
        .tuple(fc.constantFrom(LRE, RLI, RLO), fc.integer({ min: 120, max: 140 }), bidiChar)
        .map(([opener, n, tail]) => opener.repeat(n) + tail + PDF.repeat(n % 7)),
      fc.string({ unit: "binary", maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(leavesBaseLevel(isolateBidi(t))).toBe(true);
        // Idempotent in effect: isolating twice is still balanced.
        expect(leavesBaseLevel(isolateBidi(isolateBidi(t)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
