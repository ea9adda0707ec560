import type { Finding } from "../types";

/**
 * Whether something in a findings list takes a triage decision. Findings all do now that the
 * engine lists questions apart; a structural target that says it is a question does not.
 */
export function isTriageable(finding: object): boolean {
  return (finding as { kind?: unknown }).kind !== "question";
}

/** The findings of a list that take a decision. */
export function triageable(findings: readonly Finding[]): Finding[] {
  return findings.filter(isTriageable);
}

/** Ids of the open questions among a findings list (none since questions are listed apart). */
export function questionIds(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) if (!isTriageable(f)) out.add(f.id);
  return out;
}
