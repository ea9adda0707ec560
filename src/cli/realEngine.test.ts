import { readFileSync } from "node:fs";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../engine/rules";
import { renderMarkdown, tagNames } from "../io/report/testing/renderMarkdown";
import { sarifSchemaErrors } from "../io/report/testing/sarifSchema";
import { threatEngine } from "./engine";
import { SAMPLE_FIXTURE_FILE } from "./fixtures/sample";
import { EXIT_GATE_FAILED, EXIT_OK, runAnalyze } from "./runAnalyze";
import { fakeIo, fixturePath } from "./testing";

/** `runAnalyze` with the real engine and every built-in rule, on the fixture files. */
const SAMPLE = fixturePath(SAMPLE_FIXTURE_FILE);

function analyze(argv: string[]) {
  const io = fakeIo();
  return { code: runAnalyze(argv, io, threatEngine), io };
}

describe("analyze with the real engine", () => {
  it("writes SARIF for the sample pipeline that validates against the SARIF 2.1.0 schema", () => {
    const { code, io } = analyze([SAMPLE, "--format", "sarif"]);
    expect(code).toBe(EXIT_OK);
    const log = JSON.parse(io.out) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);

    const run = log.runs[0]!;
    const results = run.results ?? [];
    const rules = run.tool.driver.rules ?? [];
    expect(results.length).toBeGreaterThan(0);
    // Exactly the rules that produced results, each a real engine rule.
    expect(new Set(rules.map((r) => r.id))).toEqual(new Set(results.map((r) => r.ruleId)));
    const known = new Set(ALL_RULES.map((r) => r.id));
    for (const rule of rules) expect(known.has(rule.id)).toBe(true);
    for (const result of results) {
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      expect(result.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName).toMatch(
        /^element\//,
      );
      expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(SAMPLE);
    }
  });

  it("gives the sample pipeline's known gaps as open critical findings", () => {
    const { code, io } = analyze([SAMPLE, "--fail-on", "critical"]);
    expect(code).toBe(EXIT_GATE_FAILED);
    const report = JSON.parse(io.out) as { counts: { open: { bySeverity: { critical: number } } } };
    expect(report.counts.open.bySeverity.critical).toBeGreaterThan(0);
  });

  it("fails the critical-issue fixture at critical; the clean one has nothing at high or above", () => {
    expect(analyze([fixturePath("critical-issue.json"), "--fail-on", "critical"]).code).toBe(
      EXIT_GATE_FAILED,
    );
    expect(analyze([fixturePath("clean.json"), "--fail-on", "high"]).code).toBe(EXIT_OK);
  });

  it("writes Markdown for the sample with no raw HTML", () => {
    const { io } = analyze([SAMPLE, "--format", "markdown"]);
    const allowed = ["h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "code", "a"];
    const tags = [...tagNames(renderMarkdown(io.out))];
    expect(
      tags.filter((t) => !allowed.includes(t) && !/^(table|thead|tbody|tr|th|td)$/.test(t)),
    ).toEqual([]);
  });

  it("reads the same model the sample fixture holds", () => {
    expect(JSON.parse(readFileSync(SAMPLE, "utf8"))).toMatchObject({
      id: "sample-llm-inference-pipeline",
    });
  });
});
