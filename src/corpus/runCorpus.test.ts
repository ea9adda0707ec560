import { describe, expect, it } from "vitest";
import { evaluate } from "../engine";
import { CORPUS } from "./index";
import { evaluateCorpus } from "./runCorpus";

describe("evaluateCorpus", () => {
  it("scores every model; an engine that says nothing misses every expected threat and fires nothing forbidden", async () => {
    const reports = await evaluateCorpus(() => ({ findings: [] }));
    expect(reports.map((r) => r.modelId)).toEqual(CORPUS.map((entry) => entry.id));
    for (const report of reports) {
      expect(report.expected.missed).toHaveLength(report.expected.total);
      expect(report.forbidden.findingCount).toBe(0);
      expect(report.elementCount).toBeGreaterThan(0);
    }
    expect(reports.filter((r) => r.nonAi).map((r) => r.modelId)).toEqual([
      "web-shop",
      "iot-fleet",
      "expenses-three-tier",
    ]);
  });

  it("runs the real engine on one model", async () => {
    const [report] = await evaluateCorpus((model) => evaluate(model), ["llm-inference-pipeline"]);
    expect(report?.findings.total).toBeGreaterThan(0);
    expect(report?.expected.asFinding.length).toBeGreaterThan(0);
  });

  it("refuses an unknown model id", async () => {
    await expect(evaluateCorpus(() => ({ findings: [] }), ["nope"])).rejects.toThrow(
      /not a corpus model/,
    );
  });
});
