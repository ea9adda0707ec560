import {
  AGENTIC_ID_PATTERN,
  AI_EXCHANGE_ID_PATTERN,
  COSAI_ID_PATTERN,
  DASF_ID_PATTERN,
  NIST_ID_PATTERN,
  OWASP_ID_PATTERN,
  REFERENCE_FIELDS,
  type MaestroLayer,
  type ReferenceField,
} from "../rules/references";
import type { FindingReferences } from "../types";
import { llmCounterpart } from "./owasp2026";
import { referenceEntry, referenceEntryIn } from "./registry";

/** How the codes a finding or a custom threat cites are put in order, checked and sorted. */

/** One code a finding cites, in display order; `via` marks an edition counterpart added. */
export interface CitedReference {
  readonly field: ReferenceField;
  readonly code: string;
  /** The cited code this one was added for (`LLM01:2025` for `LLM01:2026`), else null. */
  readonly via: string | null;
}

/**
 * The codes of a finding in display order (by catalog family, then as the rule lists them),
 * each once. After each OWASP LLM code comes its counterpart in the other edition, unless the
 * rule cites that too, so every finding shows both LLM editions.
 */
export function citedReferences(references: FindingReferences): CitedReference[] {
  const out: CitedReference[] = [];
  const seen = new Set<string>();
  const push = (field: ReferenceField, code: string, via: string | null) => {
    if (seen.has(code)) return;
    seen.add(code);
    out.push({ field, code, via });
  };
  for (const field of REFERENCE_FIELDS) {
    const codes: readonly string[] = references[field] ?? [];
    for (const code of codes) {
      push(field, code, null);
      if (field !== "owasp") continue;
      const counterpart = llmCounterpart(code);
      if (counterpart && !codes.includes(counterpart)) push(field, counterpart, code);
    }
  }
  return out;
}

/** Codes a rule's references name that no shipped catalog has (a typo, a retired id). */
export function unknownReferences(references: FindingReferences): string[] {
  const unknown: string[] = [];
  for (const field of REFERENCE_FIELDS) {
    for (const code of references[field] ?? []) {
      if (!referenceEntryIn(field, code)) unknown.push(`${field} ${code}`);
    }
  }
  return unknown;
}

const FIELD_PATTERNS: ReadonlyArray<readonly [ReferenceField, RegExp]> = [
  ["atlas", /^AML\.(T\d{4}(\.\d{3})?|M\d{4}|TA\d{4})$/],
  ["owasp", OWASP_ID_PATTERN],
  ["agentic", AGENTIC_ID_PATTERN],
  ["dasf", DASF_ID_PATTERN],
  ["cosai", COSAI_ID_PATTERN],
  ["aiExchange", AI_EXCHANGE_ID_PATTERN],
  ["nist", NIST_ID_PATTERN],
  ["maestro", /^L[1-7]$/],
];

/**
 * Sorts a flat list of codes (a custom threat's references) into the arrays a finding
 * carries, by the shape of each code, so it can be shown like a finding's references. Codes of
 * no known shape come back apart, to be shown as plain text.
 */
export function referencesFromCodes(codes: readonly string[]): {
  references: FindingReferences;
  unrecognised: string[];
} {
  const references: Required<FindingReferences> = {
    atlas: [],
    owasp: [],
    agentic: [],
    dasf: [],
    cosai: [],
    aiExchange: [],
    nist: [],
    maestro: [],
  };
  const unrecognised: string[] = [];
  for (const raw of codes) {
    const code = raw.trim();
    const field = referenceEntry(code)?.field ?? FIELD_PATTERNS.find(([, p]) => p.test(code))?.[0];
    if (!field) unrecognised.push(raw);
    else if (field === "maestro") references.maestro.push(code as MaestroLayer);
    else references[field].push(code);
  }
  return { references, unrecognised };
}
