import { kindsOfProperty } from "../../domain/kindProperties";
import type { MlAssetKind } from "../../domain/mlKinds";
import { FACT_NAMES, FACTS, propertyTypesOf, type FactName } from "../rules/facts";
import { REACH_FACTS, type Cause, type ReachFact } from "./exposure";
import { TYPE_BITS } from "./kinds";
import type { Subject } from "./world";

/** A fact read where it does not apply (a process property on a data store): never matches. */
export const ABSENT: unique symbol = Symbol("absent");
export type FactValue = string | number | boolean | null | typeof ABSENT;

/** Numeric codes for facts (their index in FACT_NAMES), so a read is a switch on constants. */
export const FACT_CODES: Readonly<Record<FactName, number>> = Object.fromEntries(
  FACT_NAMES.map((name, code) => [name, code]),
) as Record<FactName, number>;

const TYPE = FACT_CODES.type;
const ML_KIND = FACT_CODES.mlKind;
const OUT_OF_SCOPE = FACT_CODES.outOfScope;
const ZONE_KIND = FACT_CODES.zoneKind;
const TRUST_LEVEL = FACT_CODES.trustLevel;
const IN_BOUNDARY = FACT_CODES.inBoundary;
const BIDIRECTIONAL = FACT_CODES.bidirectional;
const CROSSES_BOUNDARY = FACT_CODES.crossesBoundary;
const TRUST_DIRECTION = FACT_CODES.trustDirection;
const HANDLES_PERSONAL_DATA = FACT_CODES.handlesPersonalData;
const HANDLES_SENSITIVE_DATA = FACT_CODES.handlesSensitiveData;
const IN_DEGREE = FACT_CODES.inDegree;
const OUT_DEGREE = FACT_CODES.outDegree;

const FLOW_BIT = TYPE_BITS.flow;

/** Per code: the item types that carry it as a property (bit mask; 0 = not a property). */
const PROPERTY_MASK: readonly number[] = FACT_NAMES.map((name) =>
  (propertyTypesOf(name) ?? []).reduce((mask, type) => mask | TYPE_BITS[type], 0),
);
/** Per code and element type: the ML kinds a kind-specific property belongs to. */
const KINDS_ON_PROCESS: readonly (readonly MlAssetKind[] | undefined)[] = FACT_NAMES.map((name) =>
  kindsOfProperty("process", name),
);
const KINDS_ON_STORE: readonly (readonly MlAssetKind[] | undefined)[] = FACT_NAMES.map((name) =>
  kindsOfProperty("dataStore", name),
);

/** Per code: the value an absent optional property reads as. */
const MISSING: readonly (string | null)[] = FACT_NAMES.map((name) =>
  FACTS[name].kind === "number" ? null : "unknown",
);
/** Per code: the reach fact it reads, if it is one. */
const REACH: readonly (ReachFact | null)[] = FACT_NAMES.map((name) =>
  (REACH_FACTS as readonly string[]).includes(name) ? (name as ReachFact) : null,
);

/**
 * Reads a whitelisted fact on a subject (element or flow info), by code. Semantics are those
 * documented in `rules/facts.ts`; a fact that does not apply to the subject is ABSENT. Property
 * facts read the effective props (answers plus evidence).
 */
export function readFactCode(s: Subject, code: number): FactValue {
  const mask = PROPERTY_MASK[code]!;
  if (mask !== 0) {
    const bit = s.kind === "flow" ? FLOW_BIT : s.typeBit;
    if ((mask & bit) === 0) return ABSENT;
    const value = s.props[FACT_NAMES[code]!];
    if (value !== undefined) return value as FactValue;
    // Unset on a kind it does not belong to: it does not apply (never asked), rather than unknown.
    if (s.kind === "element" && (bit === 1 || bit === 2)) {
      const kinds = (bit === 1 ? KINDS_ON_PROCESS : KINDS_ON_STORE)[code];
      const mlKind = s.mlKind;
      if (kinds !== undefined && (mlKind === null || !kinds.includes(mlKind))) return ABSENT;
    }
    return MISSING[code]!;
  }
  if (s.kind === "flow") {
    switch (code) {
      case TYPE:
        return "flow";
      case OUT_OF_SCOPE:
        return s.outOfScope;
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
  switch (code) {
    case TYPE:
      return s.type;
    case OUT_OF_SCOPE:
      return s.outOfScope;
    case ZONE_KIND:
      return s.zoneKind;
    case TRUST_LEVEL:
      return s.trustLevel === undefined ? ABSENT : s.trustLevel;
    case IN_BOUNDARY:
      return s.chain.length > 0;
  }
  if (s.type === "trustBoundary") return ABSENT;
  switch (code) {
    case ML_KIND:
      return s.mlKind;
    case HANDLES_PERSONAL_DATA:
      return s.handlesPersonalData;
    case HANDLES_SENSITIVE_DATA:
      return s.handlesSensitiveData;
    case IN_DEGREE:
      return s.inDegree;
    case OUT_DEGREE:
      return s.outDegree;
  }
  const reach = REACH[code];
  return reach === null || reach === undefined ? ABSENT : s.reach[reach].value;
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

/**
 * What a derived fact that reads "unknown" hinges on: the stored properties whose answers would
 * settle it (empty for facts that are not derived).
 */
export function causesOf(s: Subject, code: number): readonly Cause[] {
  if (s.kind === "flow" || s.type === "trustBoundary") return NO_CAUSES;
  if (code === HANDLES_PERSONAL_DATA) return s.personalDataCauses;
  const reach = REACH[code];
  return reach === null || reach === undefined ? NO_CAUSES : s.reach[reach].causes;
}

const NO_CAUSES: readonly Cause[] = Object.freeze([]);
