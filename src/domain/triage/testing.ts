import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../schema";
import type { Actor } from "./log";
import type { TriageTarget } from "./target";

/** Test data for the triage operations: a small model, findings as plain targets. */

export const AT = "2026-03-04T05:06:07.000Z";
export const DANA: Actor = { by: "Dana Kim", at: AT };

export function triageModel(extra: Partial<ThreatModelInput> = {}): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m1",
    name: "Triage test",
    createdAt: AT,
    updatedAt: AT,
    elements: [
      { id: "gateway", type: "process", name: "Gateway", position: { x: 0, y: 0 } },
      { id: "server", type: "process", name: "Server", position: { x: 200, y: 0 } },
      { id: "bucket", type: "dataStore", name: "Bucket", position: { x: 400, y: 0 } },
    ],
    flows: [
      { id: "f1", source: "gateway", target: "server" },
      { id: "f2", source: "server", target: "bucket" },
    ],
    ...extra,
  } satisfies ThreatModelInput);
}

export function target(id: string, extra: Partial<TriageTarget> = {}): TriageTarget {
  const at = id.indexOf("@");
  return {
    id,
    title: `Title of ${id}`,
    targetIds: at === -1 ? [] : id.slice(at + 1).split(">"),
    kind: "finding",
    ...extra,
  };
}

export const ON_SERVER = target("RULE-A@server");
export const ON_FLOW = target("RULE-B@gateway>f1>server");
export const ON_BUCKET = target("RULE-C@bucket");

/** The document of a result that must have succeeded. */
export function must(result: { ok: true; doc: ThreatModel } | { ok: false; error: string }) {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.doc;
}

export function refused(result: { ok: true; doc: ThreatModel } | { ok: false; error: string }) {
  if (result.ok) throw new Error("expected a refusal");
  return result.error;
}
