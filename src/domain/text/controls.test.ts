import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TERMINAL_UNSAFE, escapeControls } from "./controls";

describe("escapeControls", () => {
  it("shows control characters as escapes, on one line", () => {
    expect(escapeControls("a\nb\r\tc")).toBe("a\\nb\\r\\tc");
    expect(escapeControls("\u001b]8;;http://x\u0007link")).toBe("\\u001b]8;;http://x\\u0007link");
    expect(escapeControls("nul\u0000 del\u007f csi\u009b nel\u0085")).toBe(
      "nul\\u0000 del\\u007f csi\\u009b nel\\u0085",
    );
    expect(escapeControls("line\u2028para\u2029")).toBe("line\\u2028para\\u2029");
  });

  it("keeps printable text, including non-Latin scripts and emoji", () => {
    expect(escapeControls("Gateway — 数据 😀 ‮")).toBe("Gateway — 数据 😀 ‮");
  });

  it("never leaves an unsafe character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(escapeControls(text)).not.toMatch(new RegExp(TERMINAL_UNSAFE.source));
      }),
      { numRuns: 1000 },
    );
  });
});
