import { describe, expect, it } from "vitest";
import { buildReportData } from "./build";
import { checklistPipeline, FIXED_TIME, triagedPipeline } from "./testing/fixture";

const EXTRACT = "AI-EXTRACT-01@inference-server";

describe("report data", () => {
  const { model, result } = triagedPipeline();
  const data = buildReportData(model, result, { generatedAt: FIXED_TIME });
  const byId = (id: string) => data.findings.find((f) => f.id === id);

  it("carries each finding's decision, its justification and the DREAD-AI score", () => {
    const extract = byId(EXTRACT)!;
    expect(extract.status).toBe("accepted");
    expect(extract.triage?.justification).toMatch(/authenticated enterprise customers/);
    expect(extract.risk).toMatchObject({
      likelihood: 2,
      impact: 4,
      severity: "high",
      basis: "DREAD-AI 6.9",
    });
    expect(extract.residual).toMatchObject({ likelihood: 1, impact: 4, score: 4, severity: "low" });
    expect(extract.assumptions.map((a) => a.id)).toEqual(["assumption-1"]);
    expect(extract.references.map((r) => r.id)).toContain("AML.T0024.002");
  });

  it("includes custom threats, triaged and referenced like generated ones", () => {
    const custom = byId("custom-threat-1")!;
    expect(custom).toMatchObject({
      origin: "custom",
      status: "needsInvestigation",
      groupId: "inference-server",
    });
    expect(custom.references.map((r) => [r.id, r.url !== null])).toEqual([
      ["AML.T0010", true],
      ["LLM03:2025", true],
      // The 2026 edition's counterpart, cited beside it by the catalogs (no page to link yet).
      ["LLM04:2026", false],
    ]);
    expect(custom.suggestedMitigations).toEqual([
      "Only load models from the signed registry; patch drivers monthly.",
    ]);
  });

  it("summarises: counts by status, heat maps, progress and the top open risks", () => {
    const { summary } = data;
    expect(summary.total).toBe(data.findings.length);
    expect(summary.byStatus.accepted).toBe(1);
    expect(summary.byStatus.needsInvestigation).toBe(1);
    expect(summary.decided).toBe(1);
    const sum = (map: number[][]) => map.flat().reduce((a, b) => a + b, 0);
    expect(sum(summary.inherentHeat)).toBe(summary.total);
    // The accepted finding sits at its residual (1, 4) in the residual map, at (2, 4) inherent.
    expect(summary.inherentHeat[5 - 2]![3]! - summary.residualHeat[5 - 2]![3]!).toBe(1);
    expect(summary.topRisks).toHaveLength(5);
    expect(summary.topRisks.every((f) => f.status !== "accepted")).toBe(true);
  });

  it("lists mitigations with their findings, assumptions, the log in time order and stale decisions", () => {
    expect(data.mitigationPlan[0]).toMatchObject({
      record: { id: "mit-1", owner: "Platform team" },
      findings: [{ id: "AI-DEPLOY-01@deploy-webhook" }],
    });
    expect(data.assumptions[0]?.elements).toEqual(["Model artifact store"]);
    expect(data.decisionLog.map((e) => e.entry.id)).toEqual(["log-1", "log-2"]);
    expect(data.decisionLog[0]?.findingTitle).toBe(byId(EXTRACT)!.title);
    expect(data.noLongerApplies.map((d) => d.id)).toEqual(["AI-DEPLOY-01@deploy-webhook"]);
  });

  it("groups by element and by category; a finding stands under each of its categories", () => {
    expect(data.byElement.flatMap((g) => g.findings)).toHaveLength(data.findings.length);
    const categoryCodes = data.byCategory.map((g) => g.code);
    expect(categoryCodes.indexOf("S")).toBeLessThan(categoryCodes.indexOf("DD"));
    for (const group of data.byCategory) {
      for (const f of group.findings) {
        const codes: string[] = [...f.categories.stride, ...f.categories.linddun];
        if (group.framework === "none") expect(codes).toEqual([]);
        else expect(codes).toContain(group.code);
      }
    }
  });

  it("follows the options: frameworks, Not applicable, questions, appendix, log", () => {
    const naModel = {
      ...model,
      triage: {
        ...model.triage,
        [EXTRACT]: { ...model.triage[EXTRACT]!, status: "notApplicable" as const },
      },
    };
    const without = buildReportData(naModel, result, {
      generatedAt: FIXED_TIME,
      includeNotApplicable: false,
      includeQuestions: false,
      includeAppendix: false,
      includeDecisionLog: false,
      frameworks: "linddun",
    });
    expect(without.findings.some((f) => f.id === EXTRACT)).toBe(false);
    expect(without.questions).toEqual([]);
    expect(without.appendix.elements).toEqual([]);
    expect(without.decisionLog).toEqual([]);
    for (const f of without.findings) {
      expect(f.categories.linddun.length > 0 || f.categories.stride.length === 0).toBe(true);
    }
    expect(without.byCategory.every((g) => g.framework !== "stride")).toBe(true);
    expect(data.questions.length).toBeGreaterThan(0);
    expect(data.appendix.elements).toHaveLength(model.elements.length);
  });

  it("writes the appendix in words", () => {
    const store = data.appendix.elements.find((r) => r.subject.id === "inference-logs")!;
    expect(store.boundary).toBe("Observability");
    expect(store.properties).toEqual(
      expect.arrayContaining([["Encrypted at rest", expect.stringMatching(/^(Yes|No|Unknown)$/)]]),
    );
    const flow = data.appendix.flows[0]!;
    expect(flow.kind).toBe("API client → API gateway (both ways)");
  });
});

describe("report data on merged findings", () => {
  it("applies a decision, mitigation and assumption recorded under a finding's older id", () => {
    const { model, result } = triagedPipeline();
    const merged = result.findings.find((f) => f.aliases.length > 0)!;
    const alias = merged.aliases[0]!;
    const template = model.triage["AI-EXTRACT-01@inference-server"]!;
    const decided = {
      ...model,
      triage: {
        [alias]: {
          ...template,
          status: "accepted" as const,
          justification: "Decided before the merge.",
        },
      },
      mitigations: model.mitigations.map((m, i) => (i === 0 ? { ...m, findingIds: [alias] } : m)),
      assumptions: model.assumptions.map((a, i) => (i === 0 ? { ...a, findingIds: [alias] } : a)),
    };
    const data = buildReportData(decided, result, { generatedAt: FIXED_TIME });
    const shown = data.findings.find((f) => f.id === merged.id)!;
    expect(shown.status).toBe("accepted");
    expect(shown.triage?.justification).toBe("Decided before the merge.");
    expect(shown.mitigationRecords.map((m) => m.id)).toEqual([model.mitigations[0]!.id]);
    expect(shown.assumptions.map((a) => a.id)).toEqual([model.assumptions[0]!.id]);
    expect(data.noLongerApplies.map((d) => d.id)).not.toContain(alias);
    expect(data.mitigationPlan[0]!.findings).toEqual([{ id: alias, title: merged.title }]);
  });
});

describe("report data: the organisation checklist", () => {
  const { model, result } = checklistPipeline();
  const data = buildReportData(model, result, { generatedAt: FIXED_TIME });

  it("lists every item in checklist order with the team's answer, note and name", () => {
    expect(data.checklist).toHaveLength(12);
    const byCode = new Map(data.checklist.map((item) => [item.code, item]));
    expect(byCode.get("DASF-12.3@2.0")).toMatchObject({
      source: "DASF 2.0 risk 12.3: Lack of incident response",
      answer: "no",
      note: "The incident plan predates the AI platform; an AI annex is planned.",
      by: "Dana Kim",
      findingId: "CHECKLIST-DASF-12-3@model",
    });
    expect(byCode.get("DASF-12.2@2.0")).toMatchObject({ answer: "yes", findingId: null });
    expect(byCode.get("DASF-2.4@2.0")?.answer).toBe("notApplicable");
    expect(byCode.get("DASF-1.9@2.0")).toMatchObject({ answer: null, note: "" });
    expect(data.checklist.every((item) => item.question.endsWith("?"))).toBe(true);
  });

  it("lists a 'no' among the findings, about the whole model, and nothing for yes or not applicable", () => {
    const fromChecklist = data.findings.filter((f) => f.origin === "checklist");
    expect(fromChecklist.map((f) => f.id)).toEqual(["CHECKLIST-DASF-12-3@model"]);
    expect(fromChecklist[0]).toMatchObject({
      groupId: "model",
      status: "open",
      references: [expect.objectContaining({ id: "DASF-12.3@2.0" })],
    });
    const plain = buildReportData(triagedPipeline().model, result, { generatedAt: FIXED_TIME });
    expect(data.findings.length).toBe(plain.findings.length + 1);
  });
});
