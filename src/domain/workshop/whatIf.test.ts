import { describe, expect, it } from "vitest";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema, type ThreatModel } from "../schema";
import { applyWhatIf, staleChanges, toggleChange, whatIfKindsFor } from "./whatIf";

const doc: ThreatModel = ThreatModelSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: "m",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  elements: [
    { id: "user", type: "externalEntity", position: { x: 0, y: 0 } },
    { id: "gateway", type: "process", position: { x: 100, y: 0 } },
    { id: "db", type: "dataStore", position: { x: 200, y: 0 } },
  ],
  flows: [
    { id: "request", source: "user", target: "gateway" },
    { id: "query", source: "gateway", target: "db" },
  ],
});
const frozen = JSON.stringify(doc);

function applied(changes: Parameters<typeof applyWhatIf>[1]): ThreatModel {
  const result = applyWhatIf(doc, changes);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

describe("what-if changes", () => {
  it("offers what fits each item", () => {
    expect(whatIfKindsFor(doc, "request")).toEqual(["encrypt", "authenticate", "remove"]);
    expect(whatIfKindsFor(doc, "gateway")).toEqual(["authenticate", "remove"]);
    expect(whatIfKindsFor(doc, "user")).toEqual(["authenticate", "remove"]);
    expect(whatIfKindsFor(doc, "db")).toEqual(["remove"]);
    expect(whatIfKindsFor(doc, "nothing")).toEqual([]);
  });

  it("encrypts a flow, authenticates a gateway, an entity or a flow, on a copy", () => {
    const next = applied([
      { kind: "encrypt", id: "request" },
      { kind: "authenticate", id: "gateway" },
      { kind: "authenticate", id: "user" },
      { kind: "authenticate", id: "query" },
    ]);
    expect(next.flows[0]!.props.encryptedInTransit).toBe("yes");
    expect(next.flows[1]!.props.authenticated).toBe("yes");
    expect(next.elements.find((e) => e.id === "gateway")!.props).toMatchObject({
      authenticatesCallers: "yes",
    });
    expect(next.elements.find((e) => e.id === "user")!.props).toMatchObject({
      authenticated: "yes",
    });
    expect(JSON.stringify(doc)).toBe(frozen);
  });

  it("removes an element with its flows, after the other changes (which then do no harm)", () => {
    const next = applied([
      { kind: "remove", id: "gateway" },
      { kind: "encrypt", id: "query" },
    ]);
    expect(next.elements.map((e) => e.id)).toEqual(["user", "db"]);
    expect(next.flows).toEqual([]);
    expect(JSON.stringify(doc)).toBe(frozen);
  });

  it("refuses changes whose item has gone or cannot take them, naming it", () => {
    expect(applyWhatIf(doc, [{ kind: "encrypt", id: "gone" }])).toEqual({
      ok: false,
      error: '"gone" is no longer in the model',
    });
    expect(applyWhatIf(doc, [{ kind: "authenticate", id: "db" }])).toEqual({
      ok: false,
      error: '"db" cannot be authenticated (processes, external entities and flows can)',
    });
    expect(
      staleChanges(doc, [
        { kind: "remove", id: "gone" },
        { kind: "remove", id: "db" },
      ]),
    ).toEqual([{ kind: "remove", id: "gone" }]);
  });

  it("toggles a change on and off", () => {
    const on = toggleChange([], { kind: "encrypt", id: "request" });
    expect(on).toEqual([{ kind: "encrypt", id: "request" }]);
    expect(toggleChange(on, { kind: "remove", id: "request" })).toHaveLength(2);
    expect(toggleChange(on, { kind: "encrypt", id: "request" })).toEqual([]);
  });
});
