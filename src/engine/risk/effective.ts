import type { TriageRecord } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { changedDecisionIds, decisionFor } from "../../domain/triage/target";
import { plainFinding } from "../plainFinding";
import type { Finding } from "../types";
import { assessRisk, type ScoringMethod } from "./assess";

type Figures = Pick<Finding, "likelihood" | "impact" | "score" | "severity">;

/** Effective copies -> the engine's finding they were made from. */
const originals = new WeakMap<object, Figures>();

/** The engine's own likelihood, impact, score and severity of a finding (or of its copy). */
export function computedOf<T extends Figures>(finding: T): Figures {
  return originals.get(finding) ?? finding;
}

/**
 * The finding as the team scored it: likelihood, impact, score and severity replaced by the
 * chosen ones (overrides, or the DREAD-AI priority under DREAD scoring). The same object when
 * nothing differs, so lists, sorting, counts and filters work on effective figures and the
 * engine's are still at hand (`computedOf`, `assessRisk`).
 */
export function effectiveFinding(
  finding: Finding,
  record: TriageRecord | undefined,
  method: ScoringMethod,
): Finding {
  const original = originals.has(finding) ? null : finding;
  const risk = assessRisk(finding, record, method);
  const same =
    risk.chosen.likelihood === finding.likelihood &&
    risk.chosen.impact === finding.impact &&
    risk.chosen.score === finding.score &&
    risk.severity === finding.severity;
  if (same) return finding;
  const copy: Finding = {
    ...plainFinding(finding),
    likelihood: risk.chosen.likelihood,
    impact: risk.chosen.impact,
    score: risk.chosen.score,
    severity: risk.severity,
  };
  originals.set(copy, original ?? computedOf(finding));
  return copy;
}

/** Every finding with the model's decisions applied (see `effectiveFinding`). */
export function effectiveFindings(model: ThreatModel, findings: readonly Finding[]): Finding[] {
  const method = model.settings.scoring;
  return findings.map((f) => effectiveFinding(f, decisionFor(model.triage, f), method));
}

/**
 * The same, for a view that re-applies on every change of the triage: a finding keeps its
 * effective object while its finding, record and the scoring method stay the same, and the
 * list keeps its identity when no finding changed, so a status change (which moves no figure)
 * re-renders nothing that lists findings. With no score to apply it returns its input.
 */
export function createDecisionApplier() {
  let cache = new WeakMap<Finding, { record: TriageRecord | undefined; out: Finding }>();
  let lastIn: readonly Finding[] | null = null;
  let lastOut: Finding[] = [];
  let lastMethod: ScoringMethod | null = null;
  let lastTriage: ThreatModel["triage"] | null = null;
  let positions: Map<string, number[]> | null = null;

  const effectiveAt = (model: ThreatModel, finding: Finding, method: ScoringMethod) => {
    const record = decisionFor(model.triage, finding);
    const cached = cache.get(finding);
    if (cached && cached.record === record) return cached.out;
    const out = effectiveFinding(finding, record, method);
    cache.set(finding, { record, out });
    return out;
  };

  return function apply(model: ThreatModel, findings: readonly Finding[]): Finding[] {
    const method = model.settings.scoring;
    if (findings === lastIn && method === lastMethod && lastTriage !== null) {
      if (model.triage === lastTriage) return lastOut;
      // Same findings, other decisions: look again only at the findings whose decision changed.
      const changed = changedDecisionIds(lastTriage, model.triage);
      lastTriage = model.triage;
      if (changed.length * 4 < findings.length) {
        positions ??= positionsById(findings);
        let next: Finding[] | null = null;
        for (const id of changed) {
          for (const i of positions.get(id) ?? []) {
            const effective = effectiveAt(model, findings[i]!, method);
            if (effective === (next ?? lastOut)[i]) continue;
            next ??= lastOut.slice();
            next[i] = effective;
          }
        }
        if (next)
          lastOut = next.every((f, i) => f === findings[i]) ? (findings as Finding[]) : next;
        return lastOut;
      }
    }
    if (method !== lastMethod) cache = new WeakMap();
    if (findings !== lastIn) positions = null;
    const out = new Array<Finding>(findings.length);
    let same = findings === lastIn && method === lastMethod;
    let untouched = true;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i]!;
      const effective = effectiveAt(model, finding, method);
      out[i] = effective;
      if (effective !== finding) untouched = false;
      if (same && lastOut[i] !== effective) same = false;
    }
    lastMethod = method;
    lastTriage = model.triage;
    if (same) return lastOut;
    lastIn = findings;
    // Nothing scored differently: the input list itself, so callers can tell nothing changed.
    lastOut = untouched ? (findings as Finding[]) : out;
    return lastOut;
  };
}

/** Positions of the findings in a list by every id they answer to. */
function positionsById(findings: readonly Finding[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (id: string, i: number) => {
    const list = out.get(id);
    if (list) list.push(i);
    else out.set(id, [i]);
  };
  findings.forEach((f, i) => {
    add(f.id, i);
    for (const alias of (f as { aliases?: readonly string[] }).aliases ?? []) add(alias, i);
  });
  return out;
}
