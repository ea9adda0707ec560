import { beforeAll, describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { addCustomThreat } from "../../domain/triage/customThreats";
import { setStatus } from "../../domain/triage/status";
import type { ThreatModel } from "../../domain/schema";
import { engineLoaded, evaluationOf } from "../findings/evaluation";
import { threatsOf, threatSummaryOf } from "./threats";

const ACTOR = { by: "Dana Kim", at: "2026-01-01T00:00:00.000Z" };

function must(r: { ok: true; doc: ThreatModel } | { ok: false; error: string }): ThreatModel {
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}

describe("threats the views list", () => {
  beforeAll(() => engineLoaded);

  it("are the evaluation itself while there is no custom threat and no score", () => {
    const doc = createLlmInferencePipelineSample();
    expect(threatsOf(doc)).toBe(evaluationOf(doc));
  });

  it("keep their identity across a status change, and change when a score does", () => {
    const doc = createLlmInferencePipelineSample();
    const first = threatsOf(doc);
    const target = first.findings.find(() => true)!;
    const triaged = must(setStatus(doc, target, { status: "needsInvestigation" }, ACTOR));
    expect(threatsOf(triaged)).toBe(first);
    const scored = {
      ...triaged,
      triage: { ...triaged.triage, [target.id]: { ...triaged.triage[target.id]!, impact: 1 } },
    };
    const after = threatsOf(scored);
    expect(after).not.toBe(first);
    const changed = after.findings.find((f) => f.id === target.id)!;
    expect(changed.impact).toBe(1);
    expect(after.findings.filter((f, i) => f !== first.findings[i])).toEqual([changed]);
  });

  it("include custom threats", () => {
    const added = addCustomThreat(createLlmInferencePipelineSample(), {
      title: "Insider",
      targetIds: ["api-gateway"],
      likelihood: 5,
      impact: 5,
    });
    const doc = must(added.result);
    expect(threatsOf(doc).findings.at(-1)).toMatchObject({ id: added.id, pack: "custom" });
  });

  it("summarise findings (not questions) per element and per flow of an interaction, with the untriaged", () => {
    const doc = createLlmInferencePipelineSample();
    const { findings } = threatsOf(doc);
    const onServer = findings.filter(
      (f) => f.targetIds.length === 1 && f.targetIds[0] === "inference-server",
    );
    expect(threatSummaryOf(doc, "inference-server")).toEqual({
      count: onServer.length,
      highest: "critical",
      untriaged: onServer.length,
    });
    const flow = threatSummaryOf(doc, "flow-forward");
    expect(flow?.count).toBe(
      findings.filter(
        (f) =>
          f.targetIds[1] === "flow-forward" ||
          (f.targetIds.length === 1 && f.targetIds[0] === "flow-forward"),
      ).length,
    );
    const triaged = must(setStatus(doc, onServer[0]!, { status: "needsInvestigation" }, ACTOR));
    expect(threatSummaryOf(triaged, "inference-server")?.untriaged).toBe(onServer.length - 1);
  });
});

describe("badge summaries across decisions", () => {
  beforeAll(() => engineLoaded);

  it("updated for the findings a change touched equal summaries made afresh (property)", async () => {
    const fc = (await import("fast-check")).default;
    const { summarise } = await import("./threats");
    const { TRIAGE_STATUSES } = await import("../../domain/decisions");
    const start = createLlmInferencePipelineSample("m-summary");
    const targets = threatsOf(start).findings;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: targets.length - 1 }),
            status: fc.constantFrom(...TRIAGE_STATUSES),
          }),
          { maxLength: 25 },
        ),
        (edits) => {
          let doc = start;
          threatSummaryOf(doc, "inference-server");
          for (const e of edits) {
            const result = setStatus(
              doc,
              targets[e.at]!,
              { status: e.status, justification: "x" },
              ACTOR,
            );
            doc = must(result);
            const fresh = summarise(threatsOf(doc).findings, doc.triage);
            for (const id of [
              "inference-server",
              "api-gateway",
              "flow-forward",
              "inference-logs",
              "model",
            ]) {
              expect(threatSummaryOf(doc, id)).toEqual(fresh.get(id));
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
