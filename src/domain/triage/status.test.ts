import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIAGE_STATUSES, type TriageStatus } from "../decisions";
import { ThreatModelSchema } from "../schema";
import { createMitigation, setMitigationStatus } from "./mitigations";
import { forgetDecision, setStatus, setStatuses } from "./status";
import { decisionFor } from "./target";
import {
  AT,
  DANA,
  must,
  ON_BUCKET,
  ON_FLOW,
  ON_SERVER,
  refused,
  target,
  triageModel,
} from "./testing";

describe("setting a status", () => {
  it("records the status, a snapshot of the finding, and a log entry with the user's name", () => {
    const doc = must(setStatus(triageModel(), ON_SERVER, { status: "needsInvestigation" }, DANA));
    expect(doc.triage[ON_SERVER.id]).toMatchObject({
      status: "needsInvestigation",
      title: ON_SERVER.title,
      targetIds: ["server"],
      updatedAt: AT,
    });
    expect(doc.decisionLog).toEqual([
      {
        id: expect.any(String),
        at: AT,
        findingId: ON_SERVER.id,
        from: "open",
        to: "needsInvestigation",
        justification: "",
        by: "Dana Kim",
        via: "triage",
      },
    ]);
    expect(ThreatModelSchema.safeParse(doc).success).toBe(true);
  });

  it.each(["accepted", "transferred", "notApplicable"] as const)(
    "refuses %s without a justification, and says so",
    (status) => {
      const error = refused(setStatus(triageModel(), ON_SERVER, { status }, DANA));
      expect(error).toMatch(/needs a justification/);
      refused(setStatus(triageModel(), ON_SERVER, { status, justification: "   " }, DANA));
      const doc = must(
        setStatus(triageModel(), ON_SERVER, { status, justification: "Contract" }, DANA),
      );
      expect(doc.triage[ON_SERVER.id]?.justification).toBe("Contract");
      expect(doc.decisionLog[0]?.justification).toBe("Contract");
    },
  );

  it("needs a justification for Mitigated only when no mitigation record covers the finding", () => {
    const error = refused(setStatus(triageModel(), ON_SERVER, { status: "mitigated" }, DANA));
    expect(error).toMatch(/no mitigation record covers/);
    const created = createMitigation(triageModel(), {
      title: "TLS everywhere",
      findingIds: [ON_SERVER.id],
    });
    const covered = must(created.result);
    const doc = must(setStatus(covered, ON_SERVER, { status: "mitigated" }, DANA));
    expect(doc.triage[ON_SERVER.id]?.status).toBe("mitigated");
    // A mitigation the team decided not to do is no evidence.
    const wontDo = must(setMitigationStatus(covered, created.id!, "wontDo"));
    refused(setStatus(wontDo, ON_SERVER, { status: "mitigated" }, DANA));
  });

  it.each(["open", "needsInvestigation", "mitigationInProgress"] as const)(
    "needs no justification for %s",
    (status) => {
      const first = must(
        setStatus(triageModel(), ON_SERVER, { status: "needsInvestigation" }, DANA),
      );
      expect(setStatus(first, ON_SERVER, { status }, DANA).ok).toBe(true);
    },
  );

  it("keeps the stored justification when none is given", () => {
    const accepted = must(
      setStatus(triageModel(), ON_SERVER, { status: "accepted", justification: "Low value" }, DANA),
    );
    const transferred = must(setStatus(accepted, ON_SERVER, { status: "transferred" }, DANA));
    expect(transferred.triage[ON_SERVER.id]?.justification).toBe("Low value");
    expect(transferred.decisionLog.map((e) => [e.from, e.to])).toEqual([
      ["open", "accepted"],
      ["accepted", "transferred"],
    ]);
  });

  it("changes nothing (no log entry) when the status and reason are what they were", () => {
    const doc = must(setStatus(triageModel(), ON_SERVER, { status: "needsInvestigation" }, DANA));
    expect(setStatus(doc, ON_SERVER, { status: "needsInvestigation" }, DANA)).toEqual({
      ok: true,
      doc,
    });
  });

  it("logs a new reason for the same status as a decision of its own", () => {
    const doc = must(
      setStatus(triageModel(), ON_SERVER, { status: "accepted", justification: "A" }, DANA),
    );
    const again = must(
      setStatus(doc, ON_SERVER, { status: "accepted", justification: "B, after review" }, DANA),
    );
    expect(again.decisionLog.at(-1)).toMatchObject({
      from: "accepted",
      to: "accepted",
      justification: "B, after review",
    });
  });

  it("refuses to triage a question", () => {
    const question = target("RULE-Q@server", { kind: "question" });
    expect(
      refused(setStatus(triageModel(), question, { status: "accepted", justification: "x" }, DANA)),
    ).toMatch(/answered, not triaged/);
  });

  it("refuses a justification over the schema's limit, naming the field", () => {
    const error = refused(
      setStatus(
        triageModel(),
        ON_SERVER,
        { status: "accepted", justification: "x".repeat(20001) },
        DANA,
      ),
    );
    expect(error).toMatch(/^justification: /);
  });

  it("trims the user's name and records it as given", () => {
    const doc = must(
      setStatus(
        triageModel(),
        ON_SERVER,
        { status: "needsInvestigation" },
        { by: "  Ravi  ", at: AT },
      ),
    );
    expect(doc.decisionLog[0]?.by).toBe("Ravi");
  });

  it("never mutates the document it was given", () => {
    const doc = triageModel();
    const before = JSON.stringify(doc);
    setStatus(doc, ON_SERVER, { status: "accepted", justification: "ok" }, DANA);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe("a merged finding (aliases)", () => {
  it("finds the decision made under an old id and moves it to the new id when triaged again", () => {
    const old = must(
      setStatus(
        triageModel(),
        ON_SERVER,
        { status: "accepted", justification: "Old reason" },
        DANA,
      ),
    );
    const merged = target("RULE-MERGED@server", { aliases: [ON_SERVER.id] });
    expect(decisionFor(old.triage, merged)?.status).toBe("accepted");
    const next = must(setStatus(old, merged, { status: "notApplicable" }, DANA));
    expect(Object.keys(next.triage)).toEqual([merged.id]);
    expect(next.triage[merged.id]).toMatchObject({
      status: "notApplicable",
      justification: "Old reason",
    });
    expect(next.decisionLog.at(-1)).toMatchObject({ findingId: merged.id, from: "accepted" });
  });

  it("prefers a decision under the new id over one under an alias", () => {
    const a = must(setStatus(triageModel(), ON_SERVER, { status: "needsInvestigation" }, DANA));
    const merged = target("RULE-MERGED@server", { aliases: [ON_SERVER.id] });
    const b = must(setStatus(a, target(merged.id), { status: "mitigationInProgress" }, DANA));
    expect(decisionFor(b.triage, merged)?.status).toBe("mitigationInProgress");
  });
});

describe("bulk status", () => {
  const many = [ON_SERVER, ON_FLOW, ON_BUCKET];

  it("sets every finding's status with one log entry each, marked bulk", () => {
    const doc = must(setStatuses(triageModel(), many, { status: "mitigationInProgress" }, DANA));
    for (const t of many) expect(doc.triage[t.id]?.status).toBe("mitigationInProgress");
    expect(doc.decisionLog.map((e) => [e.findingId, e.via])).toEqual(
      many.map((t) => [t.id, "bulk"]),
    );
  });

  it("is refused as a whole when some finding would need a justification it lacks", () => {
    const covered = must(
      createMitigation(triageModel(), { title: "Fix", findingIds: [ON_SERVER.id] }).result,
    );
    const error = refused(setStatuses(covered, many, { status: "mitigated" }, DANA));
    expect(error).toBe(
      '2 of 3 findings need a justification to be "Mitigated" (no mitigation record covers them): give one',
    );
    const doc = must(
      setStatuses(covered, many, { status: "mitigated", justification: "Patched" }, DANA),
    );
    expect(doc.decisionLog).toHaveLength(3);
  });

  it("lists a finding once even when it is given twice", () => {
    const doc = must(
      setStatuses(triageModel(), [ON_SERVER, ON_SERVER], { status: "needsInvestigation" }, DANA),
    );
    expect(doc.decisionLog).toHaveLength(1);
  });

  it("is the same as setting each status in turn (property)", () => {
    const statuses = fc.constantFrom<TriageStatus>(...TRIAGE_STATUSES);
    fc.assert(
      fc.property(fc.subarray(many, { minLength: 1 }), statuses, (chosen, status) => {
        const change = { status, justification: "Because" };
        const bulk = setStatuses(triageModel(), chosen, change, DANA, "triage");
        let sequential = triageModel();
        for (const t of chosen) sequential = must(setStatus(sequential, t, change, DANA));
        expect(bulk.ok).toBe(true);
        const strip = (d: typeof sequential) => ({
          triage: d.triage,
          log: d.decisionLog.map(({ id: _id, ...rest }) => rest),
        });
        expect(strip(must(bulk))).toEqual(strip(sequential));
      }),
    );
  });
});

describe("forgetting a decision", () => {
  it("removes the record and logs that the decision was removed", () => {
    const doc = must(
      setStatus(triageModel(), ON_SERVER, { status: "accepted", justification: "ok" }, DANA),
    );
    const forgotten = must(forgetDecision(doc, ON_SERVER.id, DANA));
    expect(forgotten.triage).toEqual({});
    expect(forgotten.decisionLog.at(-1)).toMatchObject({
      from: "accepted",
      to: "open",
      justification: "Decision removed.",
    });
    expect(forgetDecision(forgotten, ON_SERVER.id, DANA)).toEqual({ ok: true, doc: forgotten });
  });
});
