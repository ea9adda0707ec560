import { FACTS, type FactName } from "../rules/facts";
import type { Subject } from "./world";

/** A fact read where it does not apply (a process property on a data store): never matches. */
export const ABSENT: unique symbol = Symbol("absent");
export type FactValue = string | number | boolean | null | typeof ABSENT;

// Numeric codes for facts, so reading one is a switch on constants rather than a lookup by name.
const TYPE = 0;
const ML_KIND = 1;
const OUT_OF_SCOPE = 2;
const ZONE_KIND = 3;
const TRUST_LEVEL = 4;
const IN_BOUNDARY = 5;
const INTERNET_EXPOSED = 6;
const AUTHENTICATES_CALLERS = 7;
const AUTHORIZES_ACTIONS = 8;
const RATE_LIMITED = 9;
const VALIDATES_INPUT = 10;
const RUNS_PRIVILEGED = 11;
const EXECUTES_INPUT_CODE = 12;
const ENCRYPTED_AT_REST = 13;
const INTEGRITY_VERIFIED = 14;
const STORES_CREDENTIALS = 15;
const STORES_LOGS = 16;
const CONTAINS_PERSONAL_DATA = 17;
const CLASSIFICATION = 18;
const RETENTION_DAYS = 19;
const ENTITY_KIND = 20;
const AUTHENTICATED = 21;
const ENCRYPTED_IN_TRANSIT = 22;
const CARRIES_PERSONAL_DATA = 23;
const BIDIRECTIONAL = 24;
const CROSSES_BOUNDARY = 25;
const TRUST_DIRECTION = 26;
const REACHABLE_FROM_INTERNET = 27;
const HANDLES_PERSONAL_DATA = 28;
const IN_DEGREE = 29;
const OUT_DEGREE = 30;

export const FACT_CODES: Readonly<Record<FactName, number>> = {
  type: TYPE,
  mlKind: ML_KIND,
  outOfScope: OUT_OF_SCOPE,
  zoneKind: ZONE_KIND,
  trustLevel: TRUST_LEVEL,
  inBoundary: IN_BOUNDARY,
  internetExposed: INTERNET_EXPOSED,
  authenticatesCallers: AUTHENTICATES_CALLERS,
  authorizesActions: AUTHORIZES_ACTIONS,
  rateLimited: RATE_LIMITED,
  validatesInput: VALIDATES_INPUT,
  runsPrivileged: RUNS_PRIVILEGED,
  executesInputCode: EXECUTES_INPUT_CODE,
  encryptedAtRest: ENCRYPTED_AT_REST,
  integrityVerified: INTEGRITY_VERIFIED,
  storesCredentials: STORES_CREDENTIALS,
  storesLogs: STORES_LOGS,
  containsPersonalData: CONTAINS_PERSONAL_DATA,
  classification: CLASSIFICATION,
  retentionDays: RETENTION_DAYS,
  entityKind: ENTITY_KIND,
  authenticated: AUTHENTICATED,
  encryptedInTransit: ENCRYPTED_IN_TRANSIT,
  carriesPersonalData: CARRIES_PERSONAL_DATA,
  bidirectional: BIDIRECTIONAL,
  crossesBoundary: CROSSES_BOUNDARY,
  trustDirection: TRUST_DIRECTION,
  reachableFromInternet: REACHABLE_FROM_INTERNET,
  handlesPersonalData: HANDLES_PERSONAL_DATA,
  inDegree: IN_DEGREE,
  outDegree: OUT_DEGREE,
};

/**
 * Reads a whitelisted fact on a subject (element or flow info), by code. Semantics are those
 * documented in `rules/facts.ts`; a fact that does not apply to the subject is ABSENT.
 */
export function readFactCode(s: Subject, code: number): FactValue {
  if (s.kind === "flow") {
    const props = s.flow.props;
    switch (code) {
      case TYPE:
        return "flow";
      case OUT_OF_SCOPE:
        return s.outOfScope;
      case INTEGRITY_VERIFIED:
        return props.integrityVerified;
      case CLASSIFICATION:
        return props.classification;
      case AUTHENTICATED:
        return props.authenticated;
      case ENCRYPTED_IN_TRANSIT:
        return props.encryptedInTransit;
      case CARRIES_PERSONAL_DATA:
        return props.carriesPersonalData;
      case BIDIRECTIONAL:
        return s.flow.bidirectional;
      case CROSSES_BOUNDARY:
        return s.crossesBoundary;
      case TRUST_DIRECTION:
        return s.trustDirection;
      default:
        return ABSENT;
    }
  }
  const element = s.element;
  switch (code) {
    case TYPE:
      return element.type;
    case OUT_OF_SCOPE:
      return s.outOfScope;
    case ZONE_KIND:
      return s.zoneKind;
    case TRUST_LEVEL:
      return s.trustLevel === undefined ? ABSENT : s.trustLevel;
    case IN_BOUNDARY:
      return s.chain.length > 0;
  }
  if (element.type === "trustBoundary") return ABSENT;
  switch (code) {
    case ML_KIND:
      return element.mlKind;
    case REACHABLE_FROM_INTERNET:
      return s.reachableFromInternet;
    case HANDLES_PERSONAL_DATA:
      return s.handlesPersonalData;
    case IN_DEGREE:
      return s.inDegree;
    case OUT_DEGREE:
      return s.outDegree;
  }
  if (element.type === "process") {
    const props = element.props;
    switch (code) {
      case INTERNET_EXPOSED:
        return props.internetExposed;
      case AUTHENTICATES_CALLERS:
        return props.authenticatesCallers;
      case AUTHORIZES_ACTIONS:
        return props.authorizesActions;
      case RATE_LIMITED:
        return props.rateLimited;
      case VALIDATES_INPUT:
        return props.validatesInput;
      case RUNS_PRIVILEGED:
        return props.runsPrivileged;
      case EXECUTES_INPUT_CODE:
        return props.executesInputCode;
      default:
        return ABSENT;
    }
  }
  if (element.type === "dataStore") {
    const props = element.props;
    switch (code) {
      case ENCRYPTED_AT_REST:
        return props.encryptedAtRest;
      case INTEGRITY_VERIFIED:
        return props.integrityVerified;
      case STORES_CREDENTIALS:
        return props.storesCredentials;
      case STORES_LOGS:
        return props.storesLogs;
      case CONTAINS_PERSONAL_DATA:
        return props.containsPersonalData;
      case CLASSIFICATION:
        return props.classification;
      case RETENTION_DAYS:
        return props.retentionDays;
      default:
        return ABSENT;
    }
  }
  const props = element.props;
  switch (code) {
    case ENTITY_KIND:
      return props.entityKind;
    case AUTHENTICATED:
      return props.authenticated;
    default:
      return ABSENT;
  }
}

export function readFact(subject: Subject, fact: FactName): FactValue {
  return readFactCode(subject, FACT_CODES[fact]);
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
