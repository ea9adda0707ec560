import { describe, expect, it } from "vitest";
import { removeItems, updateElement, addElement } from "../../domain/operations";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../../domain/schema";
import { decisionFor } from "../../domain/triage/target";
import { setStatus } from "../../domain/triage/status";
import { addCustomThreat } from "../../domain/triage/customThreats";
import { evaluate } from "../evaluate";
import { ALL_RULES } from "../rules";
import type { Finding } from "../types";
import { withCustomThreats } from "./customFindings";
import { staleDecisions } from "./stale";

/**
 * Triage across edits, on the sample and the real rules: a decision is keyed by the finding's
 * stable id, survives edits that keep the finding, is listed as no longer applying (with why)
 * while the finding does not fire, and applies again when it does.
 */

const ACTOR = { by: "Dana Kim", at: "2026-03-04T05:06:07.000Z" };
const PRIVILEGED = "AI-ESCAPE-01@inference-server";
const FLOW = "STRIDE-FLOW-I-01@flow-logs";

function must(r: { ok: true; doc: ThreatModel } | { ok: false; error: string }): ThreatModel {
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}

function findingsOf(doc: ThreatModel): Finding[] {
  return withCustomThreats(evaluate(doc, { rules: ALL_RULES }), doc).findings;
}

function find(doc: ThreatModel, id: string): Finding {
  const f = findingsOf(doc).find((x) => x.id === id || x.aliases.includes(id));
  if (!f) throw new Error(`${id} does not fire`);
  return f;
}

function triaged(): ThreatModel {
  let doc = createLlmInferencePipelineSample("sample");
  doc = must(
    setStatus(
      doc,
      find(doc, PRIVILEGED),
      { status: "accepted", justification: "Needed for the GPU driver" },
      ACTOR,
    ),
  );
  doc = must(setStatus(doc, find(doc, FLOW), { status: "mitigationInProgress" }, ACTOR));
  return doc;
}

describe("triage across edits", () => {
  it("nothing is stale while every decided finding fires", () => {
    const doc = triaged();
    expect(staleDecisions(doc, findingsOf(doc))).toEqual([]);
  });

  it("a rename keeps the finding, its id and its decision", () => {
    const doc = must(updateElement(triaged(), "inference-server", { name: "Renamed server" }));
    const finding = find(doc, PRIVILEGED);
    expect(finding.title).toContain("Renamed server");
    expect(decisionFor(doc.triage, finding)?.status).toBe("accepted");
    expect(staleDecisions(doc, findingsOf(doc))).toEqual([]);
  });

  it("a property change that stops the finding lists the decision as no longer applying; changing it back restores it", () => {
    const off = must(
      updateElement(triaged(), "inference-server", { props: { runsPrivileged: "no" } }),
    );
    expect(findingsOf(off).some((f) => f.id === PRIVILEGED)).toBe(false);
    const stale = staleDecisions(off, findingsOf(off));
    expect(stale).toEqual([
      expect.objectContaining({ findingId: PRIVILEGED, reason: "conditionNotMet", missingIds: [] }),
    ]);
    expect(stale[0]?.record.status).toBe("accepted");
    expect(stale[0]?.record.title).toMatch(/GPU inference server/);

    const back = must(updateElement(off, "inference-server", { props: { runsPrivileged: "yes" } }));
    expect(decisionFor(back.triage, find(back, PRIVILEGED))?.status).toBe("accepted");
    expect(staleDecisions(back, findingsOf(back))).toEqual([]);
  });

  it("a property made unknown again turns the finding into a question: listed as such", () => {
    const unknown = must(
      updateElement(triaged(), "inference-server", { props: { runsPrivileged: "unknown" } }),
    );
    const result = evaluate(unknown, { rules: ALL_RULES });
    const stale = staleDecisions(unknown, findingsOf(unknown), result.questions);
    expect(stale.map((s) => [s.findingId, s.reason])).toContainEqual([PRIVILEGED, "nowAQuestion"]);
  });

  it("deleting the element lists its decisions as deleted; re-adding it with the same id brings them back", () => {
    const doc = triaged();
    const server = doc.elements.find((e) => e.id === "inference-server")!;
    const flows = doc.flows.filter(
      (f) => f.source === "inference-server" || f.target === "inference-server",
    );
    const gone = must(removeItems(doc, ["inference-server"]));
    const stale = staleDecisions(gone, findingsOf(gone));
    expect(stale.map((s) => [s.findingId, s.reason, s.missingIds])).toEqual([
      [PRIVILEGED, "elementDeleted", ["inference-server"]],
      [FLOW, "elementDeleted", ["flow-logs"]],
    ]);

    let again = must(addElement(gone, { ...server, parentId: null, position: { x: 700, y: 60 } }));
    again = { ...again, flows: [...again.flows, ...flows] };
    expect(decisionFor(again.triage, find(again, PRIVILEGED))?.status).toBe("accepted");
    expect(decisionFor(again.triage, find(again, FLOW))?.status).toBe("mitigationInProgress");
    expect(staleDecisions(again, findingsOf(again))).toEqual([]);
  });

  it("a finding the engine merged keeps the decision made under its old id", () => {
    const doc = triaged();
    const old = find(doc, PRIVILEGED);
    const merged: Finding & { aliases: string[] } = {
      ...old,
      id: "STRIDE-PROC-E-MERGED@inference-server",
      aliases: [PRIVILEGED],
    };
    const findings = findingsOf(doc).map((f) => (f.id === PRIVILEGED ? merged : f));
    expect(decisionFor(doc.triage, merged)?.status).toBe("accepted");
    expect(staleDecisions(doc, findings)).toEqual([]);
  });

  it("a custom threat on a deleted element is listed as deleted too", () => {
    const added = addCustomThreat(createLlmInferencePipelineSample("sample"), {
      title: "Crafted model file",
      targetIds: ["artifact-store"],
    });
    let doc = must(added.result);
    doc = must(setStatus(doc, find(doc, added.id!), { status: "needsInvestigation" }, ACTOR));
    const gone = must(removeItems(doc, ["artifact-store"]));
    expect(staleDecisions(gone, findingsOf(gone))).toEqual([
      expect.objectContaining({
        findingId: added.id,
        reason: "elementDeleted",
        missingIds: ["artifact-store"],
      }),
    ]);
  });

  it("a decision about a threat this model does not have is listed as such, and an empty record not at all", () => {
    const doc: ThreatModel = {
      ...createLlmInferencePipelineSample("sample"),
      triage: {
        "imported-threat-7": { ...triaged().triage[PRIVILEGED]!, targetIds: [] },
        "RULE-X@api-gateway": {
          ...triaged().triage[PRIVILEGED]!,
          status: "open",
          justification: "",
          owner: "",
          ticket: "",
          notes: "",
          reviewBy: null,
          likelihood: null,
          impact: null,
          dread: null,
          residual: null,
        },
      },
    };
    expect(staleDecisions(doc, findingsOf(doc)).map((s) => [s.findingId, s.reason])).toEqual([
      ["imported-threat-7", "threatGone"],
    ]);
  });
});
