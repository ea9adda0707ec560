import { FACTS, type FactName } from "../rules/facts";
import type { Subject } from "./world";

/** A fact read where it does not apply (a process property on a data store): never matches. */
export const ABSENT: unique symbol = Symbol("absent");
export type FactValue = string | number | boolean | null | typeof ABSENT;

type Reader = (subject: Subject) => FactValue;

function onType<T extends "process" | "dataStore" | "externalEntity">(
  type: T,
  read: (props: Record<string, unknown>) => unknown,
): Reader {
  return (s) =>
    s.kind === "element" && s.element.type === type ? scalar(read(s.element.props)) : ABSENT;
}

function onFlow(read: (s: Extract<Subject, { kind: "flow" }>) => unknown): Reader {
  return (s) => (s.kind === "flow" ? scalar(read(s)) : ABSENT);
}

/** Non-boundary elements only (boundaries are not flow endpoints). */
function onNode(read: (s: Extract<Subject, { kind: "element" }>) => unknown): Reader {
  return (s) =>
    s.kind === "element" && s.element.type !== "trustBoundary" ? scalar(read(s)) : ABSENT;
}

function scalar(value: unknown): FactValue {
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value;
  return ABSENT;
}

const processProp = (name: string) => onType("process", (p) => p[name]);
const storeProp = (name: string) => onType("dataStore", (p) => p[name]);

/** How each whitelisted fact is read on a subject. */
export const FACT_READERS: Readonly<Record<FactName, Reader>> = {
  type: (s) => (s.kind === "flow" ? "flow" : s.element.type),
  mlKind: onNode((s) => ("mlKind" in s.element ? (s.element.mlKind ?? null) : null)),
  outOfScope: (s) => s.outOfScope,

  zoneKind: (s) => (s.kind === "element" ? s.zoneKind : ABSENT),
  trustLevel: (s) => (s.kind === "element" && s.trustLevel !== undefined ? s.trustLevel : ABSENT),
  inBoundary: (s) => (s.kind === "element" ? s.chain.length > 0 : ABSENT),

  internetExposed: processProp("internetExposed"),
  authenticatesCallers: processProp("authenticatesCallers"),
  authorizesActions: processProp("authorizesActions"),
  rateLimited: processProp("rateLimited"),
  validatesInput: processProp("validatesInput"),
  runsPrivileged: processProp("runsPrivileged"),
  executesInputCode: processProp("executesInputCode"),

  encryptedAtRest: storeProp("encryptedAtRest"),
  integrityVerified: (s) =>
    s.kind === "flow" ? scalar(s.flow.props.integrityVerified) : storeProp("integrityVerified")(s),
  storesCredentials: storeProp("storesCredentials"),
  storesLogs: storeProp("storesLogs"),
  containsPersonalData: storeProp("containsPersonalData"),
  classification: (s) =>
    s.kind === "flow" ? scalar(s.flow.props.classification) : storeProp("classification")(s),
  retentionDays: storeProp("retentionDays"),

  entityKind: onType("externalEntity", (p) => p.entityKind),
  authenticated: (s) =>
    s.kind === "flow"
      ? scalar(s.flow.props.authenticated)
      : onType("externalEntity", (p) => p.authenticated)(s),

  encryptedInTransit: onFlow((s) => s.flow.props.encryptedInTransit),
  carriesPersonalData: onFlow((s) => s.flow.props.carriesPersonalData),
  bidirectional: onFlow((s) => s.flow.bidirectional),
  crossesBoundary: onFlow((s) => s.crossesBoundary),
  trustDirection: onFlow((s) => s.trustDirection),

  reachableFromInternet: onNode((s) => s.reachableFromInternet),
  handlesPersonalData: onNode((s) => s.handlesPersonalData),
  inDegree: onNode((s) => s.inDegree),
  outDegree: onNode((s) => s.outDegree),
};

export function readFact(subject: Subject, fact: FactName): FactValue {
  return FACT_READERS[fact](subject);
}

/** No such value: the fact is never "unknown" (identity and graph facts). */
export const NEVER_UNKNOWN: unique symbol = Symbol("never unknown");

/**
 * The value that means "nobody has said" for a fact: "unknown" for tri-states and enums that
 * carry a question, null for numbers that carry one (retention), none for facts without a
 * question.
 */
export function unknownMarker(fact: FactName): string | null | typeof NEVER_UNKNOWN {
  const spec = FACTS[fact];
  if (spec.question === null) return NEVER_UNKNOWN;
  return spec.kind === "number" ? null : "unknown";
}
