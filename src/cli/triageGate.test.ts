import { readFileSync } from "node:fs";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { sarifSchemaErrors } from "../io/report/testing/sarifSchema";
import { parseAnalyzeArgs } from "./args";
import { threatEngine } from "./engine";
import { SAMPLE_FIXTURE_FILE } from "./fixtures/sample";
import { EXIT_ERROR, EXIT_GATE_FAILED, EXIT_OK, runAnalyze } from "./runAnalyze";
import { fakeIo, fixturePath } from "./testing";

/** The gate on triaged models, with the real engine on the sample pipeline. */

const SAMPLE_TEXT = readFileSync(fixturePath(SAMPLE_FIXTURE_FILE), "utf8");
const SAMPLE = JSON.parse(SAMPLE_TEXT) as Record<string, unknown>;

interface ReportFinding {
  id: string;
  kind: string;
  severity: string;
  status: string;
  risk: { computed: { severity: string } };
}

function analyze(model: object, argv: string[] = []) {
  const io = fakeIo({ readFile: () => JSON.stringify(model) });
  const code = runAnalyze(["model.json", ...argv], io, threatEngine);
  return { code, io };
}

function reportOf(model: object): { findings: ReportFinding[] } {
  return JSON.parse(analyze(model).io.out) as { findings: ReportFinding[] };
}

const criticalIds = reportOf(SAMPLE)
  .findings.filter((f) => f.severity === "critical")
  .map((f) => f.id);

function triaged(status: string, extra: Record<string, unknown> = {}) {
  return {
    ...SAMPLE,
    triage: Object.fromEntries(
      criticalIds.map((id) => [id, { status, justification: "Reviewed", ...extra }]),
    ),
  };
}

describe("the gate on a triaged model", () => {
  it("the sample has critical findings to start with", () => {
    expect(criticalIds.length).toBeGreaterThan(0);
    expect(analyze(SAMPLE, ["--fail-on", "critical"]).code).toBe(EXIT_GATE_FAILED);
  });

  it.each(["open", "needsInvestigation", "mitigationInProgress"])(
    "%s findings are still at risk and fail it",
    (status) => {
      const { code, io } = analyze(triaged(status), ["--fail-on", "critical"]);
      expect(code).toBe(EXIT_GATE_FAILED);
      expect(io.err).toContain(`failed: ${criticalIds.length} finding`);
    },
  );

  it.each(["mitigated", "transferred", "notApplicable"])("%s findings pass it", (status) => {
    expect(analyze(triaged(status), ["--fail-on", "critical"]).code).toBe(EXIT_OK);
  });

  it("accepted findings are carried risk: shown, passing, failing only with --fail-on-accepted", () => {
    const model = triaged("accepted");
    const passed = analyze(model, ["--fail-on", "critical"]);
    expect(passed.code).toBe(EXIT_OK);
    expect(passed.io.err).toContain(
      `analyze: ${criticalIds.length} accepted finding${criticalIds.length === 1 ? "" : "s"} at or above critical: carried risk, not failing`,
    );
    expect(passed.io.err).toContain("analyze: passed: no finding at risk at or above critical");
    const failed = analyze(model, ["--fail-on", "critical", "--fail-on-accepted"]);
    expect(failed.code).toBe(EXIT_GATE_FAILED);
    expect(failed.io.err).toContain("at risk or accepted at or above critical");
  });

  it("counts the severity the team chose: an impact override below critical passes it", () => {
    const model = {
      ...SAMPLE,
      triage: Object.fromEntries(criticalIds.map((id) => [id, { impact: 2 }])),
    };
    expect(analyze(model, ["--fail-on", "critical"]).code).toBe(EXIT_OK);
    const written = reportOf(model).findings.find((f) => f.id === criticalIds[0]);
    expect(written).toMatchObject({ status: "open", risk: { computed: { severity: "critical" } } });
    expect(written?.severity).not.toBe("critical");
    // ... and still fails a lower threshold it reaches.
    expect(analyze(model, ["--fail-on", "low"]).code).toBe(EXIT_GATE_FAILED);
  });

  it("under DREAD scoring counts the DREAD-AI priority of a scored finding", () => {
    const low = {
      damage: 2,
      reproducibility: 2,
      exploitability: 2,
      affectedUsers: 2,
      discoverability: 2,
      modelImpact: 1,
      dataSensitivity: 1,
      detectionDifficulty: 1,
    };
    const scored = {
      ...SAMPLE,
      triage: Object.fromEntries(criticalIds.map((id) => [id, { dread: low }])),
    };
    expect(analyze(scored, ["--fail-on", "critical"]).code).toBe(EXIT_GATE_FAILED);
    const dread = { ...scored, settings: { scoring: "dread" } };
    expect(analyze(dread, ["--fail-on", "critical"]).code).toBe(EXIT_OK);
    expect(analyze(dread, ["--fail-on", "low"]).code).toBe(EXIT_GATE_FAILED);
  });

  it("custom threats are gated and reported like generated ones", () => {
    const quiet = triaged("notApplicable");
    const threat = {
      id: "threat-gpu",
      title: "GPU driver exploit from a crafted model file",
      targetIds: ["inference-server"],
      likelihood: 5,
      impact: 4,
      references: ["AML.T0010"],
    };
    const model = { ...quiet, customThreats: [threat] };
    const failed = analyze(model, ["--fail-on", "critical"]);
    expect(failed.code).toBe(EXIT_GATE_FAILED);
    expect(failed.io.err).toContain("[critical] threat-gpu: GPU driver exploit");
    const closed = {
      ...model,
      triage: { ...quiet.triage, "threat-gpu": { status: "accepted", justification: "Vendor" } },
    };
    expect(analyze(closed, ["--fail-on", "critical"]).code).toBe(EXIT_OK);
  });

  it("SARIF of a triaged model validates and suppresses the closed results with their reason", () => {
    const { io } = analyze(triaged("accepted", { justification: "Enterprise only" }), [
      "--format",
      "sarif",
    ]);
    const log = JSON.parse(io.out) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const suppressed = (log.runs[0]?.results ?? []).filter((r) => r.suppressions?.length);
    expect(
      suppressed.map((r) => r.partialFingerprints?.["threatcanvasFindingId/v1"]).sort(),
    ).toEqual([...criticalIds].sort());
    expect(suppressed[0]?.suppressions?.[0]).toEqual({
      kind: "external",
      status: "accepted",
      justification: "Accepted: Enterprise only",
    });
  });

  it("--fail-on-accepted is a flag that needs --fail-on", () => {
    expect(parseAnalyzeArgs(["m.json", "--fail-on-accepted"])).toEqual({
      kind: "error",
      message: "--fail-on-accepted needs --fail-on <severity>",
    });
    expect(parseAnalyzeArgs(["m.json", "--fail-on", "high", "--fail-on-accepted=yes"])).toEqual({
      kind: "error",
      message: "--fail-on-accepted takes no value",
    });
    expect(parseAnalyzeArgs(["m.json", "--fail-on-accepted", "--fail-on", "high"])).toMatchObject({
      options: { failOn: "high", failOnAccepted: true },
    });
    expect(analyze(SAMPLE, ["--fail-on-accepted"]).code).toBe(EXIT_ERROR);
  });
});
