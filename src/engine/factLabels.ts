import type { MlAssetKind } from "../domain/mlKinds";
import type { DataClassification, ElementType, ZoneKind } from "../domain/schema";
import type { FactName } from "./rules/facts";
import type { MatchedFact } from "./types";
import {
  CLASSIFICATION_LABELS,
  ELEMENT_TYPE_LABELS,
  ML_KIND_LABELS,
  ZONE_KIND_LABELS,
} from "../domain/labels";

/**
 * Plain words for the engine's fact names, as they read after a subject:
 * "Authenticated requests: encrypted in transit = no".
 */
export const FACT_LABELS: Readonly<Record<FactName, string>> = {
  type: "element type",
  mlKind: "ML asset kind",
  outOfScope: "out of scope",
  zoneKind: "trust zone",
  trustLevel: "trust level",
  inBoundary: "inside a trust boundary",
  internetExposed: "internet exposed",
  authenticatesCallers: "authenticates callers",
  authorizesActions: "checks what each caller may do",
  rateLimited: "rate limited",
  validatesInput: "validates input",
  runsPrivileged: "runs with elevated privileges",
  executesInputCode: "executes code from its input",
  encryptedAtRest: "encrypted at rest",
  integrityVerified: "integrity verified / signed",
  storesCredentials: "stores credentials",
  storesLogs: "holds logs or audit records",
  containsPersonalData: "contains personal data",
  classification: "data classification",
  retentionDays: "retention",
  entityKind: "person or system",
  authenticated: "authenticated",
  encryptedInTransit: "encrypted in transit",
  carriesPersonalData: "carries personal data",
  bidirectional: "two-way",
  crossesBoundary: "crosses a trust boundary",
  trustDirection: "trust direction",
  costLimited: "caps tokens or compute per caller",
  usesAccelerator: "runs on GPUs or accelerators",
  sharesAccelerator: "shares GPUs with other tenants",
  failsOpen: "caller proceeds when it fails",
  decidesAboutPeople: "decides about individual people",
  trainedOnPrivateData: "trained on non-public data",
  inputGuardrails: "screens its input",
  outputGuardrails: "screens its output",
  secretsInPrompt: "holds secrets in its prompt",
  outputHandling: "how its output is used",
  requiresHumanApproval: "a person approves its actions",
  changesState: "changes state",
  destructive: "can destroy data or systems",
  modelFormat: "model file format",
  provenance: "comes from",
  writeAccess: "who else can write to it",
  sourcesVetted: "sources vetted",
  enforcesDocumentPermissions: "enforces document permissions",
  multiTenant: "shared by several tenants",
  audience: "who is behind it",
  initiatedBy: "started by",
  overPublicNetwork: "over a public network",
  publicReach: "reachable by outsiders",
  insiderReach: "reachable by employees or partners",
  anonymousReach: "reachable by anyone on the internet",
  publicUnauthReach: "reachable by outsiders without authentication",
  publicUnlimitedReach: "reachable by outsiders without rate limits",
  publicUncappedReach: "reachable by outsiders without compute caps",
  publicInfluence: "receives data outsiders wrote",
  insiderInfluence: "receives data many insiders can edit",
  handlesPersonalData: "handles personal data",
  handlesSensitiveData: "handles sensitive data",
  inDegree: "incoming flows",
  outDegree: "outgoing flows",
};

const TRUST_DIRECTION_LABELS: Readonly<Record<string, string>> = {
  none: "stays within one zone",
  up: "into a more trusted zone",
  down: "into a less trusted zone",
  level: "across zones of equal trust",
};

const ENTITY_KIND_LABELS: Readonly<Record<string, string>> = {
  human: "person",
  system: "system",
  unknown: "unknown",
};

/** "internetExposed" -> "internet exposed", for a fact this map does not know yet. */
function fromCamelCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

export function factLabel(fact: string): string {
  return (FACT_LABELS as Readonly<Record<string, string>>)[fact] ?? fromCamelCase(fact);
}

function lookup(table: Readonly<Record<string, string>>, value: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
}

/** A fact's value in words: "yes", "LLM", "internal", "30 days", "not set". */
export function formatFactValue(fact: string, value: MatchedFact["value"]): string {
  if (value === null) return "not set";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") {
    if (fact === "retentionDays") return value === 1 ? "1 day" : `${value} days`;
    return String(value);
  }
  switch (fact) {
    case "mlKind":
      return lookup(ML_KIND_LABELS as Record<MlAssetKind, string>, value) ?? value;
    case "type":
      return (
        lookup(ELEMENT_TYPE_LABELS as Record<ElementType, string>, value) ?? value
      ).toLowerCase();
    case "zoneKind":
      return value === "none"
        ? "none"
        : (lookup(ZONE_KIND_LABELS as Record<ZoneKind, string>, value) ?? value);
    case "classification":
      return (
        lookup(CLASSIFICATION_LABELS as Record<DataClassification, string>, value) ?? value
      ).toLowerCase();
    case "trustDirection":
      return lookup(TRUST_DIRECTION_LABELS, value) ?? value;
    case "entityKind":
      return lookup(ENTITY_KIND_LABELS, value) ?? value;
    default:
      return value;
  }
}

/** One matched fact in plain words, e.g. "Authenticated requests: encrypted in transit = no". */
export function formatBecause(fact: MatchedFact, subjectName: string): string {
  return `${subjectName}: ${factLabel(fact.fact)} = ${formatFactValue(fact.fact, fact.value)}`;
}
