import { describe, expect, it } from "vitest";
import { TriageRecordSchema, type DecisionLogEntry } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { effectiveFindings } from "../../engine/risk/effective";
import { buildJsonReport } from "./json";
import { formatMarkdownReport } from "./markdown";
import { buildSarifLog } from "./sarif";
import { FIXED_TIME, makeFinding, resultOf, smallModel } from "./testing/fixtures";
import { renderMarkdown } from "./testing/renderMarkdown";
import { sarifSchemaErrors } from "./testing/sarifSchema";

/** What the reports say about decisions: status, justification, owner, risk, log. */

const flow = makeFinding();
const server = makeFinding({
  id: "AI-EXTRACT-01@server",
  ruleId: "AI-EXTRACT-01",
  targetIds: ["server"],
  title: "The model can be copied by querying it",
  likelihood: 4,
  impact: 4,
  score: 16,
  severity: "high",
});
const store = makeFinding({
  id: "STORE-1@store",
  ruleId: "STORE-1",
  targetIds: ["store"],
  title: "Records can be linked",
  likelihood: 2,
  impact: 2,
  score: 4,
  severity: "low",
});

const LOG: DecisionLogEntry[] = [
  {
    id: "log-1",
    at: FIXED_TIME,
    findingId: server.id,
    from: "open",
    to: "accepted",
    justification: "Enterprise customers only",
    by: "Dana Kim",
    via: "triage",
  },
];

function decided(): ThreatModel {
  return {
    ...smallModel(),
    triage: {
      [server.id]: TriageRecordSchema.parse({
        status: "accepted",
        justification: "Enterprise customers only",
        owner: "Dana Kim",
        ticket: "https://tickets.example.com/SEC-101",
        reviewBy: "2027-03-01",
        likelihood: 2,
        residual: { likelihood: 1, impact: 4 },
        title: server.title,
        targetIds: ["server"],
      }),
      [store.id]: TriageRecordSchema.parse({
        status: "notApplicable",
        justification: "The store holds no personal data",
      }),
      "GONE-1@deleted-element": TriageRecordSchema.parse({
        status: "mitigated",
        justification: "Patched",
        title: "A finding on an element since deleted",
        targetIds: ["deleted-element"],
      }),
    },
    mitigations: [
      {
        id: "mit-1",
        title: "Rate limit per key",
        description: "",
        status: "implemented",
        owner: "",
        ticket: "",
        atlasMitigations: [],
        findingIds: [server.id],
        createdAt: null,
        updatedAt: null,
      },
    ],
    decisionLog: LOG,
  };
}

/** What runAnalyze gives the reports: the engine's findings with the decisions applied. */
function resultFor(model: ThreatModel) {
  return resultOf(effectiveFindings(model, [flow, server, store]));
}

describe("reports of a triaged model", () => {
  const model = decided();
  const result = resultFor(model);

  it("JSON carries status, justification, owner, ticket, review date, risk and the log", () => {
    const report = buildJsonReport(model, result, { generatedAt: FIXED_TIME });
    const written = report.findings.find((f) => f.id === server.id)!;
    expect(written).toMatchObject({
      status: "accepted",
      justification: "Enterprise customers only",
      owner: "Dana Kim",
      ticket: "https://tickets.example.com/SEC-101",
      reviewBy: "2027-03-01",
      likelihood: 2,
      impact: 4,
      score: 8,
      severity: "medium",
      mitigationRecords: [{ id: "mit-1", title: "Rate limit per key", status: "implemented" }],
      log: LOG,
    });
    expect(written.risk).toEqual({
      method: "likelihoodImpact",
      computed: { likelihood: 4, impact: 4, score: 16, severity: "high" },
      chosen: { likelihood: 2, impact: 4, score: 8, severity: "medium", overridden: true },
      dread: null,
      severity: "medium",
      residual: { likelihood: 1, impact: 4, score: 4, severity: "low" },
    });
    expect(report.counts.carried.total).toBe(1);
    expect(report.counts.open.total).toBe(1);
    expect(report.counts.byStatus).toMatchObject({ open: 1, accepted: 1, notApplicable: 1 });
    expect(report.noLongerApplies).toEqual([
      {
        findingId: "GONE-1@deleted-element",
        title: "A finding on an element since deleted",
        status: "mitigated",
        justification: "Patched",
        owner: "",
        reason: "elementDeleted",
        missingIds: ["deleted-element"],
      },
    ]);
    expect(report.decisionLog).toEqual(LOG);
  });

  it("Markdown shows the decision on each finding, the decisions that no longer apply and the log", () => {
    const markdown = formatMarkdownReport(model, result, { generatedAt: FIXED_TIME });
    expect(markdown).toContain(
      "- **Severity:** Medium (likelihood 2 × impact 4 = score 8; the rule's: 4 × 4 = 16, High)",
    );
    expect(markdown).toContain("- **Status:** Accepted");
    expect(markdown).toContain("- **Justification:** Enterprise customers only");
    expect(markdown).toContain("- **Owner:** Dana Kim");
    expect(markdown).toContain(
      "- **Ticket:** [https\\://tickets.example.com/SEC-101](https://tickets.example.com/SEC-101)",
    );
    expect(markdown).toContain("- **Residual risk:** Low (likelihood 1 × impact 4 = score 4)");
    expect(markdown).toContain("- **Mitigation records:** Rate limit per key (Implemented)");
    expect(markdown).toContain("## Decisions that no longer apply");
    expect(markdown).toContain(
      "| A finding on an element since deleted | Mitigated | deleted-element deleted | Patched |",
    );
    expect(markdown).toContain("## Decision log");
    expect(markdown).toContain(
      `| ${FIXED_TIME} | The model can be copied by querying it | Open | Accepted | Dana Kim | triage | Enterprise customers only |`,
    );
    expect(markdown).toContain(
      "Triaged: 2 of 3 findings · Open: 1 · Accepted: 1 · Not applicable: 1",
    );
    const html = renderMarkdown(markdown);
    expect(html.match(/<table>/g)).toHaveLength(3);
  });

  it("Markdown under DREAD scoring gives the DREAD-AI figures", () => {
    const dread = {
      ...model,
      settings: { scoring: "dread" as const },
      triage: {
        ...model.triage,
        [server.id]: {
          ...model.triage[server.id]!,
          dread: {
            damage: 6,
            reproducibility: 5,
            exploitability: 4,
            affectedUsers: 5,
            discoverability: 3,
            modelImpact: 1.6,
            dataSensitivity: 1.2,
            detectionDifficulty: 1.8,
          },
        },
      },
    };
    const markdown = formatMarkdownReport(dread, resultFor(dread), { generatedAt: FIXED_TIME });
    expect(markdown).toContain(
      "- **Severity:** High (DREAD-AI 6.95 (base 4.60 × AI multiplier 1.51); likelihood 2 × impact 4 = score 8;",
    );
    expect(markdown).toContain("Scoring: DREAD adapted for AI.");
  });

  it("SARIF suppresses Not applicable and Accepted (and other closed) results with the justification", () => {
    const log = buildSarifLog(model, result, { modelUri: "model.json" });
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0]!.results!;
    const byId = (id: string) =>
      results.find((r) => r.partialFingerprints?.["threatcanvasFindingId/v1"] === id)!;
    expect(byId(server.id).suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification: "Accepted: Enterprise customers only",
      },
    ]);
    expect(byId(store.id).suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification: "Not applicable: The store holds no personal data",
      },
    ]);
    expect(byId(flow.id).suppressions).toBeUndefined();
    expect(byId(server.id).properties).toMatchObject({
      status: "accepted",
      justification: "Enterprise customers only",
      owner: "Dana Kim",
      residual: { likelihood: 1, impact: 4, score: 4, severity: "low" },
      computed: { severity: "high" },
      severity: "medium",
    });
    // The level follows the severity the team chose.
    expect(byId(server.id).level).toBe("warning");
  });
});
