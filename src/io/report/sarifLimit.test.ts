import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../../engine/types";
import { buildSarifReport, FINGERPRINT_KEY, SUMMARY_FINGERPRINT_KEY } from "./sarif";
import { GITHUB_RESULTS_PER_RUN, limitResults } from "./sarifLimit";
import { makeFinding, resultOf, smallModel, withTriage } from "./testing/fixtures";
import { sarifSchemaErrors } from "./testing/sarifSchema";

const SEVERITY_CYCLE: Severity[] = ["low", "medium", "high", "critical", "info"];

function manyFindings(count: number, rules = 7): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    makeFinding({
      id: `R${i % rules}@e${i}`,
      ruleId: `R${i % rules}`,
      targetIds: [`e${i}`],
      severity: SEVERITY_CYCLE[i % SEVERITY_CYCLE.length]!,
      score: (i % 25) + 1,
    }),
  );
}

describe("limitResults", () => {
  it("lists everything under the limit", () => {
    const chosen = limitResults(smallModel(), manyFindings(30), 30);
    expect(chosen.listed).toHaveLength(30);
    expect(chosen.omitted.size).toBe(0);
  });

  it("over the limit, keeps the most important and leaves room for one summary per rule", () => {
    const model = withTriage(smallModel(), { "R3@e3": "mitigated" });
    const findings = manyFindings(100);
    const chosen = limitResults(model, findings, 40);
    const summaries = chosen.omitted.size;
    expect(chosen.listed.length + summaries).toBe(40);
    const omittedCount = [...chosen.omitted.values()].reduce((n, o) => n + o.count, 0);
    expect(chosen.listed.length + omittedCount).toBe(100);
    // Every open critical finding (20 less the mitigated one) is listed; the closed one is not.
    expect(chosen.listed.filter((f) => f.severity === "critical")).toHaveLength(19);
    expect(chosen.listed.some((f) => f.id === "R3@e3")).toBe(false);
  });

  it("fits when there are more rules than room", () => {
    const chosen = limitResults(smallModel(), manyFindings(50, 50), 10);
    expect(chosen.listed).toHaveLength(0);
    expect(chosen.omitted.size).toBe(50);
  });
});

describe("a SARIF run over GitHub's 25,000-result limit", () => {
  const findings = manyFindings(GITHUB_RESULTS_PER_RUN + 5_000);
  const { log, limited } = buildSarifReport(smallModel(), resultOf(findings), {
    modelUri: "m.json",
  });
  const run = log.runs[0]!;
  const results = run.results ?? [];

  it("carries exactly 25,000 results, the most severe first, then one summary per rule", () => {
    expect(results).toHaveLength(GITHUB_RESULTS_PER_RUN);
    const listed = results.filter((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
    const summaries = results.filter((r) => r.partialFingerprints?.[SUMMARY_FINGERPRINT_KEY]);
    expect(summaries).toHaveLength(7);
    expect(listed.length + summaries.length).toBe(GITHUB_RESULTS_PER_RUN);
    expect(listed[0]?.level).toBe("error");
    const counted = summaries.reduce((n, r) => n + (r.properties?.omittedCount as number), 0);
    expect(listed.length + counted).toBe(findings.length);
    expect(summaries[0]?.message.text).toMatch(/^\d[\d,]* more results of rule R\d not listed/);
  });

  it("says so in the run's properties and a tool notification", () => {
    expect(limited).toEqual({
      limit: GITHUB_RESULTS_PER_RUN,
      total: findings.length,
      listed: GITHUB_RESULTS_PER_RUN - 7,
      omitted: findings.length - (GITHUB_RESULTS_PER_RUN - 7),
      summarisedRules: 7,
    });
    expect(run.properties?.threatcanvasResultLimit).toEqual(limited);
    const note = run.invocations?.[0]?.toolExecutionNotifications?.[0];
    expect(note?.level).toBe("warning");
    expect(note?.message.text).toContain("The JSON report lists every finding.");
  });

  it("is still valid SARIF", () => {
    expect(
      sarifSchemaErrors({ ...log, runs: [{ ...run, results: results.slice(0, 50) }] }),
    ).toEqual([]);
    expect(sarifSchemaErrors({ ...log, runs: [{ ...run, results: results.slice(-7) }] })).toEqual(
      [],
    );
  });

  it("a run under the limit says nothing of limits", () => {
    const small = buildSarifReport(smallModel(), resultOf(manyFindings(10)), { modelUri: "m" });
    expect(small.limited).toBeNull();
    expect(small.log.runs[0]?.properties).toBeUndefined();
    expect(small.log.runs[0]?.invocations).toBeUndefined();
  });
});
