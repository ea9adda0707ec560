import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leavesBaseLevel } from "../domain/text/bidi";
import {
  TerminalText,
  forTerminal,
  hasTerminalControl,
  jsonForTerminal,
  term,
  userText,
} from "./terminalText";

const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        "\n",
        "\r",
        "\u001b[31m",
        "\u009b",
        "\u0085",
        "\u2028",
        "::error::",
        "##[error]",
        "##vso[task.complete]",
        "\u202e",
        "\u2069",
        "x",
        " ",
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join("")),
);

describe("userText", () => {
  it("puts user text on one line, controls as visible escapes", () => {
    expect(userText("a\nb\u001b[2Jc\u0000")).toBe("a\\nb\\u001b[2Jc\\u0000");
  });

  it("breaks CI workflow commands and isolates bidi text", () => {
    expect(userText("::error::x")).toBe("\\u003a:error::x");
    expect(userText("a ##[group]b ##vso[task]c")).toBe("a #\\u0023[group]b #\\u0023vso[task]c");
    expect(userText("\u202eabc")).toBe("\u2068\u202eabc\u2069");
  });

  it("whatever the text, a line built with `term` stays one line ending at the base level", () => {
    fc.assert(
      fc.property(hostileString, hostileString, (a, b) => {
        const line = term`analyze: ${a} and ${b}`.text;
        expect(line.includes("\n")).toBe(false);
        expect(hasTerminalControl(line, { allowNewline: false })).toBe(false);
        expect(line).not.toMatch(/##(\[|vso\[)/i);
        expect(leavesBaseLevel(line)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps our own line breaks and TerminalText parts as they are", () => {
    const inner = term`  - ${"x\ny"}\n`;
    expect(term`head:\n${inner}`.text).toBe("head:\n  - x\\ny\n");
    expect(TerminalText.join([TerminalText.own("a\n"), term`${"b"}`]).text).toBe("a\nb");
  });
});

describe("forTerminal", () => {
  it("keeps line feeds, shows every other control", () => {
    expect(forTerminal("ok\nbell\u0007 esc\u001b tab\t")).toBe("ok\nbell\\u0007 esc\\u001b tab\\t");
  });
});

describe("jsonForTerminal", () => {
  it("parses to the same value, with nothing a terminal acts on", () => {
    const value = fc.dictionary(hostileString, fc.oneof(hostileString, fc.integer()), {
      maxKeys: 5,
    });
    fc.assert(
      fc.property(value, (v) => {
        const safe = jsonForTerminal(JSON.stringify(v, null, 2));
        expect(JSON.parse(safe)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(hasTerminalControl(safe)).toBe(false);
        expect(safe).not.toMatch(/[\u202a-\u202e\u2066-\u2069]|##(\[|vso\[)/i);
      }),
      { numRuns: 1000 },
    );
  });
});
