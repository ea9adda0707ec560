import { describe, expect, it } from "vitest";
import { buildJsonReport, formatJsonReport } from "./json";
import {
  FIXED_TIME,
  makeFinding,
  mixedResult,
  resultOf,
  smallModel,
  withTriage,
} from "./testing/fixtures";
import { CURRENT_SCHEMA_VERSION } from "../../domain/schema";

describe("JSON findings report", () => {
  const model = smallModel();

  it("has a stable top-level shape", () => {
    const report = buildJsonReport(model, mixedResult(), { generatedAt: FIXED_TIME });
    expect(Object.keys(report)).toEqual([
      "reportVersion",
      "tool",
      "model",
      "generatedAt",
      "counts",
      "findings",
      "questions",
      "checklist",
      "noLongerApplies",
      "decisionLog",
      "workshop",
    ]);
    // 2: questions left the findings list for a list of their own. 3: decisions.
    expect(report.reportVersion).toBe(3);
    expect(report.tool).toEqual({
      name: "ThreatCanvas",
      version: expect.any(String),
      informationUri: expect.stringMatching(/^https:\/\//),
    });
    expect(report.model).toEqual({
      id: "model-1",
      name: "Test model",
      schemaVersion: CURRENT_SCHEMA_VERSION,
      scoring: "likelihoodImpact",
    });
    expect(report.generatedAt).toBe(FIXED_TIME);
  });

  it("counts by kind and severity (questions apart) and open findings", () => {
    const { counts } = buildJsonReport(model, mixedResult(), { generatedAt: FIXED_TIME });
    expect(counts).toEqual({
      total: 3,
      byKind: { finding: 2, question: 1 },
      bySeverity: { critical: 1, high: 0, medium: 0, low: 1, info: 0 },
      open: { total: 2, bySeverity: { critical: 1, high: 0, medium: 0, low: 1, info: 0 } },
      carried: { total: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } },
      byStatus: {
        open: 2,
        needsInvestigation: 0,
        mitigationInProgress: 0,
        mitigated: 0,
        accepted: 0,
        transferred: 0,
        notApplicable: 0,
      },
    });
  });

  it("keeps every engine field of a finding and adds status, named targets and links", () => {
    const finding = makeFinding();
    const [written] = buildJsonReport(model, resultOf([finding]), {
      generatedAt: FIXED_TIME,
    }).findings;
    expect(written).toMatchObject(finding);
    expect(written?.status).toBe("open");
    expect(written?.targets).toEqual([
      { id: "gateway", name: "API gateway", type: "process" },
      { id: "f1", name: "Prompts", type: "flow" },
      { id: "server", name: "Model server", type: "process" },
    ]);
    expect(written?.links).toEqual([
      {
        framework: "atlas",
        id: "AML.T0024",
        name: "Exfiltration via AI Inference API",
        url: "https://atlas.mitre.org/techniques/AML.T0024",
      },
      {
        framework: "owasp",
        id: "LLM02:2025",
        name: "Sensitive Information Disclosure",
        url: "https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/",
      },
      {
        framework: "owasp",
        id: "LLM02:2026",
        name: "Sensitive Information Disclosure",
        url: null,
        via: "LLM02:2025",
      },
    ]);
  });

  it("orders findings most severe first, then by id", () => {
    const low = makeFinding({ id: "B@x", severity: "low", score: 4 });
    const high = makeFinding({ id: "C@x", severity: "high", score: 12 });
    const highToo = makeFinding({ id: "A@x", severity: "high", score: 12 });
    const ids = buildJsonReport(model, resultOf([low, high, highToo]), {
      generatedAt: FIXED_TIME,
    }).findings.map((f) => f.id);
    expect(ids).toEqual(["A@x", "C@x", "B@x"]);
  });

  it("reads triage status when the model carries it", () => {
    const triaged = withTriage(model, { "STRIDE-FLOW-I@gateway>f1>server": "mitigated" });
    const report = buildJsonReport(triaged, resultOf([makeFinding()]), { generatedAt: FIXED_TIME });
    expect(report.findings[0]?.status).toBe("mitigated");
    expect(report.counts.open.total).toBe(0);
  });

  it("formats as pretty JSON that parses back to the same report", () => {
    const text = formatJsonReport(model, mixedResult(), { generatedAt: FIXED_TIME });
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(
      buildJsonReport(model, mixedResult(), { generatedAt: FIXED_TIME }),
    );
  });
});
