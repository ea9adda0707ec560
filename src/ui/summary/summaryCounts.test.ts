import { describe, expect, it } from "vitest";
import { finding } from "../findings/testing";
import { summaryCounts } from "./summaryCounts";

describe("summaryCounts", () => {
  it("counts findings by severity and by category, questions apart", () => {
    const counts = summaryCounts([
      finding({
        ruleId: "A",
        severity: "critical",
        categories: { stride: ["T", "I"], linddun: [] },
      }),
      finding({
        ruleId: "B",
        severity: "high",
        categories: { stride: ["I"], linddun: ["DD"] },
        targetIds: ["job"],
      }),
      finding({
        ruleId: "Q",
        kind: "question",
        severity: "critical",
        categories: { stride: ["S"], linddun: [] },
      }),
    ]);
    expect(counts.findings).toBe(2);
    expect(counts.questions).toBe(1);
    expect(counts.bySeverity.critical).toBe(1);
    expect(counts.bySeverity.high).toBe(1);
    expect(counts.byCategory.map((c) => [c.key, c.count])).toEqual([
      ["stride:T", 1],
      ["stride:I", 2],
      ["linddun:DD", 1],
    ]);
    expect(counts.targets).toBe(2);
  });

  it("is all zeros for no findings", () => {
    const counts = summaryCounts([]);
    expect(counts.findings + counts.questions + counts.targets).toBe(0);
    expect(counts.byCategory).toEqual([]);
  });
});
