import { describe, expect, it } from "vitest";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema } from "./schema";
import { formatIssues, formatPath, quoteUserText } from "./validation";

describe("formatPath", () => {
  it("quotes keys that are not identifiers, one line, bidi isolated", () => {
    expect(formatPath(["triage", "STRIDE-S@a>f1>b", "status"])).toBe(
      'triage["STRIDE-S@a>f1>b"].status',
    );
    expect(formatPath(["x", "a\nb"])).toBe('x["a\\nb"]');
    expect(formatPath(["x", 'say "hi" \\'])).toBe('x["say \\"hi\\" \\\\"]');
    expect(formatPath(["x", "\u202eevil"])).toBe('x["\u2068\u202eevil\u2069"]');
  });
});

describe("messages that quote user ids", () => {
  it("isolate them and keep them on one line", () => {
    expect(quoteUserText("a\u2028b")).toBe('"a\\u2028b"');
    const result = ThreatModelSchema.safeParse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: "m",
      createdAt: "2025-01-01T00:00:00Z",
      updatedAt: "2025-01-01T00:00:00Z",
      elements: [],
      flows: [{ id: "f", source: "\u202egateway\n::error::x", target: "b" }],
    });
    expect(result.success).toBe(false);
    const lines = formatIssues(result.error!);
    expect(lines).toContain(
      'flows[0].source: refers to "\u2068\u202egateway\\n::error::x\u2069", which is not an element of this model',
    );
    for (const line of lines) expect(line).not.toMatch(/\n/);
  });
});
