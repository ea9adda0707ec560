import { describe, expect, it } from "vitest";
import { ThreatModelSchema } from "../schema";
import {
  createMitigation,
  createMitigationFromSuggestion,
  deleteMitigation,
  implementationOffer,
  linkMitigation,
  markCoveredMitigated,
  setMitigationStatus,
  titleFrom,
  unlinkMitigation,
  updateMitigation,
} from "./mitigations";
import { addAssumption } from "./assumptions";
import { setStatus } from "./status";
import { AT, DANA, must, ON_BUCKET, ON_FLOW, ON_SERVER, refused, triageModel } from "./testing";

const SUGGESTION =
  "Require mutual TLS between the gateway and the server. Rotate certificates every 90 days.";

describe("mitigation records", () => {
  it("are created from a finding's suggestion in one step, linked and Proposed", () => {
    const { result, id } = createMitigationFromSuggestion(
      triageModel(),
      ON_SERVER,
      SUGGESTION,
      ["AML.M0004"],
      AT,
    );
    const doc = must(result);
    expect(doc.mitigations).toEqual([
      {
        id,
        title: "Require mutual TLS between the gateway and the server",
        description: SUGGESTION,
        status: "proposed",
        owner: "",
        ticket: "",
        atlasMitigations: ["AML.M0004"],
        findingIds: [ON_SERVER.id],
        createdAt: AT,
        updatedAt: AT,
      },
    ]);
    expect(ThreatModelSchema.safeParse(doc).success).toBe(true);
  });

  it("reuse a record with the same title, so one mitigation covers many findings", () => {
    const first = createMitigationFromSuggestion(triageModel(), ON_SERVER, SUGGESTION);
    const second = createMitigationFromSuggestion(must(first.result), ON_FLOW, SUGGESTION);
    const doc = must(second.result);
    expect(second.id).toBe(first.id);
    expect(doc.mitigations).toHaveLength(1);
    expect(doc.mitigations[0]?.findingIds).toEqual([ON_SERVER.id, ON_FLOW.id]);
  });

  it("take a title from the text: its first sentence, cut at a word when long", () => {
    expect(titleFrom("Sign the artifacts.")).toBe("Sign the artifacts");
    expect(titleFrom("  Sign\n the   artifacts  ")).toBe("Sign the artifacts");
    const long = `${"word ".repeat(60)}end.`;
    const title = titleFrom(long);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith("word…")).toBe(true);
    expect(createMitigationFromSuggestion(triageModel(), ON_SERVER, "  ").id).toBeNull();
  });

  it("are validated field by field", () => {
    expect(refused(createMitigation(triageModel(), { title: " " }).result)).toMatch(
      /^title: must not be empty/,
    );
    const { result, id } = createMitigation(triageModel(), { title: "WAF" });
    expect(refused(updateMitigation(must(result), id!, { ticket: "data:text/html,hi" }))).toMatch(
      /^ticket: must be an http/,
    );
    expect(refused(updateMitigation(must(result), "nope", { owner: "A" }))).toMatch(
      /no mitigation/,
    );
  });

  it("link and unlink findings, once each", () => {
    const { result, id } = createMitigation(triageModel(), { title: "WAF" });
    const linked = must(linkMitigation(must(result), id!, ON_FLOW.id));
    expect(linkMitigation(linked, id!, ON_FLOW.id)).toEqual({ ok: true, doc: linked });
    expect(linked.mitigations[0]?.findingIds).toEqual([ON_FLOW.id]);
    const unlinked = must(unlinkMitigation(linked, id!, ON_FLOW.id));
    expect(unlinked.mitigations[0]?.findingIds).toEqual([]);
  });

  it("when deleted, no assumption points at them any more", () => {
    const { result, id } = createMitigation(triageModel(), { title: "WAF" });
    const withAssumption = must(
      addAssumption(must(result), { text: "The WAF is in block mode", mitigationIds: [id!] })
        .result,
    );
    const doc = must(deleteMitigation(withAssumption, id!));
    expect(doc.mitigations).toEqual([]);
    expect(doc.assumptions[0]?.mitigationIds).toEqual([]);
  });
});

describe("the offer when a mitigation is implemented", () => {
  function covered() {
    let doc = triageModel();
    const { result, id } = createMitigation(doc, {
      title: "mTLS",
      findingIds: [ON_SERVER.id, ON_FLOW.id, ON_BUCKET.id],
    });
    doc = must(result);
    doc = must(setStatus(doc, ON_FLOW, { status: "mitigationInProgress" }, DANA));
    doc = must(setStatus(doc, ON_BUCKET, { status: "accepted", justification: "Internal" }, DANA));
    return { doc, id: id! };
  }
  const firing = [ON_SERVER, ON_FLOW, ON_BUCKET];

  it("is made only once the mitigation is implemented, and lists the covered findings still at risk", () => {
    const { doc, id } = covered();
    expect(implementationOffer(doc, id, firing)).toEqual([]);
    const implemented = must(setMitigationStatus(doc, id, "implemented"));
    expect(implementationOffer(implemented, id, firing).map((t) => t.id)).toEqual([
      ON_SERVER.id,
      ON_FLOW.id,
    ]);
    // A covered finding that does not fire now is not offered.
    expect(implementationOffer(implemented, id, [ON_FLOW]).map((t) => t.id)).toEqual([ON_FLOW.id]);
  });

  it("when accepted marks them Mitigated and logs it as caused by the mitigation", () => {
    const { doc, id } = covered();
    const implemented = must(setMitigationStatus(doc, id, "implemented"));
    const after = must(markCoveredMitigated(implemented, id, firing, DANA));
    expect(after.triage[ON_SERVER.id]?.status).toBe("mitigated");
    expect(after.triage[ON_FLOW.id]?.status).toBe("mitigated");
    expect(after.triage[ON_BUCKET.id]?.status).toBe("accepted");
    expect(after.decisionLog.slice(-2)).toEqual([
      expect.objectContaining({
        findingId: ON_SERVER.id,
        from: "open",
        to: "mitigated",
        via: "mitigation",
        by: "Dana Kim",
        justification: "Mitigation implemented: mTLS",
      }),
      expect.objectContaining({
        findingId: ON_FLOW.id,
        from: "mitigationInProgress",
        via: "mitigation",
      }),
    ]);
    expect(implementationOffer(after, id, firing)).toEqual([]);
  });

  it("cannot be accepted before the mitigation is implemented", () => {
    const { doc, id } = covered();
    expect(refused(markCoveredMitigated(doc, id, firing, DANA))).toMatch(/not implemented yet/);
  });
});
