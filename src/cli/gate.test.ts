import { describe, expect, it } from "vitest";
import type { Severity } from "../engine/types";
import { makeFinding, smallModel, withTriage } from "../io/report/testing/fixtures";
import { gateFailures } from "./gate";

const model = smallModel();
const bySeverity = (severity: Severity) => makeFinding({ id: `R@${severity}`, severity });

describe("gateFailures", () => {
  const findings = (["info", "low", "medium", "high", "critical"] as const).map(bySeverity);

  it.each([
    ["low", ["R@low", "R@medium", "R@high", "R@critical"]],
    ["medium", ["R@medium", "R@high", "R@critical"]],
    ["high", ["R@high", "R@critical"]],
    ["critical", ["R@critical"]],
  ] as const)("at %s fails on %j", (threshold, ids) => {
    expect(gateFailures(model, findings, threshold).map((f) => f.id)).toEqual([...ids].reverse());
  });

  it("ignores findings that triage closed, and counts the rest", () => {
    const triaged = withTriage(model, {
      "R@critical": "accepted",
      "R@high": "mitigationInProgress",
    });
    expect(gateFailures(triaged, findings, "high").map((f) => f.id)).toEqual(["R@high"]);
  });
});
