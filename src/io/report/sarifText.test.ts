import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sarifEmbeddedLinks, sarifMessageText, sarifPlaceholders } from "./sarifText";

describe("sarifMessageText", () => {
  it("escapes the characters of embedded links and doubles braces (SARIF 2.1.0 §3.11.5-6)", () => {
    expect(sarifMessageText("[click](https://evil.example)")).toBe(
      "\\[click\\](https://evil.example)",
    );
    expect(sarifMessageText("a\\[b](1)")).toBe("a\\\\\\[b\\](1)");
    expect(sarifMessageText("Variable {0} of {{x}}")).toBe("Variable {{0}} of {{{{x}}}}");
  });

  it("the checker sees links in raw text, none in escaped text", () => {
    expect(sarifEmbeddedLinks("see [here](3) and [there](https://x)")).toEqual(["3", "https://x"]);
    expect(sarifEmbeddedLinks("\\[not\\](1)")).toEqual([]);
    expect(sarifPlaceholders("{0} and {{1}}")).toEqual(["{0}"]);
  });

  it("no text, however hostile, yields a link or a placeholder once escaped", () => {
    const piece = fc.constantFrom("[", "]", "(", ")", "\\", "{", "}", "0", "x", "https://e", " ");
    const hostile = fc.oneof(
      fc.array(piece, { maxLength: 30 }).map((p) => p.join("")),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = sarifMessageText(text);
        expect(sarifEmbeddedLinks(escaped)).toEqual([]);
        expect(sarifPlaceholders(escaped)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
