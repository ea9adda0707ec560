import { describe, expect, it } from "vitest";
import { compareFindings, groupFindings, UNCATEGORISED } from "./grouping";
import { buildTargetIndex } from "./targets";
import { finding, sampleDoc } from "./testing";

const index = buildTargetIndex(sampleDoc());

describe("grouping", () => {
  const a = finding({ ruleId: "A", targetIds: ["job"], severity: "low", title: "a" });
  const b = finding({ ruleId: "B", targetIds: ["store"], severity: "critical", title: "b" });
  const c = finding({
    ruleId: "C",
    targetIds: ["store"],
    severity: "high",
    score: 12,
    title: "c",
  });
  const d = finding({ ruleId: "D", targetIds: ["store"], severity: "high", score: 16, title: "d" });
  const d2 = finding({
    ruleId: "D2",
    targetIds: ["store"],
    severity: "high",
    score: 16,
    title: "a d",
  });
  const e = finding({ ruleId: "E", targetIds: ["provider", "f1", "store"], title: "e" });
  const m = finding({ ruleId: "M", targetIds: ["model"], title: "m" });
  const p = finding({
    ruleId: "P",
    targetIds: ["job"],
    categories: { stride: ["T"], linddun: ["DD"], ai: [] },
  });
  const n = finding({
    ruleId: "N",
    targetIds: ["job"],
    categories: { stride: [], linddun: [], ai: [] },
  });

  it("groups by element in document order, whole model first, most severe first inside", () => {
    const groups = groupFindings([a, b, c, d, e, m], "element", index);
    expect(groups.map((g) => g.label)).toEqual([
      "Whole model",
      "Training data",
      "Unnamed process",
      "Data vendor → Daily batch → Training data",
    ]);
    expect(groups[1]!.findings.map((f) => f.ruleId)).toEqual(["B", "D", "C"]);
  });

  it("groups by category in catalog order, a finding under each of its categories", () => {
    const groups = groupFindings([a, p, n], "category", index);
    expect(groups.map((g) => g.key)).toEqual(["stride:T", "linddun:DD", UNCATEGORISED]);
    expect(groups[0]!.label).toBe("STRIDE T · Tampering");
    expect(groups[0]!.findings.map((f) => f.ruleId)).toEqual(["P", "A"]);
    expect(groups[1]!.findings.map((f) => f.ruleId)).toEqual(["P"]);
  });

  it("limits category groups to the chosen framework or category", () => {
    const groups = groupFindings([a, p], "category", index, new Set(["linddun:DD"]));
    expect(groups.map((g) => g.key)).toEqual(["linddun:DD"]);
  });

  it("orders by severity, then score, then title", () => {
    const sorted = [a, c, d, b, d2].sort(compareFindings).map((f) => f.ruleId);
    expect(sorted).toEqual(["B", "D2", "D", "C", "A"]);
  });
});
