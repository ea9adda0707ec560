import type { TriageRecord } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { decisionTargetIds, hasDecision, idsOf } from "../../domain/triage/target";
import type { Finding, Question } from "../types";
import { MODEL_TARGET_ID } from "./modelTarget";

export type StaleReason =
  /** An element, boundary or flow it was about is gone. */
  | "elementDeleted"
  /** Its element is there, but the rule's condition no longer holds. */
  | "conditionNotMet"
  /** A property it depends on is unknown again: it is a question now. */
  | "nowAQuestion"
  /** Not a generated finding nor a custom threat of this model. */
  | "threatGone";

/** A decision whose finding does not fire now; it applies again as soon as the finding does. */
export interface StaleDecision {
  findingId: string;
  record: TriageRecord;
  reason: StaleReason;
  /** For `elementDeleted`: the ids that are gone. */
  missingIds: string[];
}

/**
 * The decisions that no longer apply, with why, in the order they were made. `findings` is
 * everything that fires now (the engine's output, questions included, and custom threats).
 * A record nobody put anything into is not a decision and is not listed.
 */
export function staleDecisions(
  model: ThreatModel,
  findings: readonly Finding[],
  questions: readonly Question[] = [],
): StaleDecision[] {
  const { covered } = firingIds(findings);
  const asQuestion = questionDependents(questions);
  const known = new Set<string>([MODEL_TARGET_ID]);
  for (const e of model.elements) known.add(e.id);
  for (const f of model.flows) known.add(f.id);
  const customIds = new Set(model.customThreats.map((t) => t.id));

  const out: StaleDecision[] = [];
  for (const [findingId, record] of Object.entries(model.triage)) {
    if (covered.has(findingId) || !hasDecision(record)) continue;
    const missingIds = decisionTargetIds(model, findingId).filter((id) => !known.has(id));
    let reason: StaleReason;
    if (missingIds.length > 0) reason = "elementDeleted";
    else if (asQuestion.has(findingId)) reason = "nowAQuestion";
    else if (findingId.includes("@") || customIds.has(findingId)) reason = "conditionNotMet";
    else reason = "threatGone";
    out.push({ findingId, record, reason, missingIds });
  }
  return out;
}

interface FiringIds {
  covered: ReadonlySet<string>;
}

const dependents = new WeakMap<readonly Question[], ReadonlySet<string>>();

/** The ids of the findings the open questions could add: a decision on one waits for an answer. */
function questionDependents(questions: readonly Question[]): ReadonlySet<string> {
  let ids = dependents.get(questions);
  if (!ids) {
    const out = new Set<string>();
    for (const q of questions) for (const d of q.dependents) out.add(d.findingId);
    dependents.set(questions, (ids = out));
  }
  return ids;
}

/** Per list of findings (views pass the same list until it changes), built once. */
const firing = new WeakMap<readonly Finding[], FiringIds>();

function firingIds(findings: readonly Finding[]): FiringIds {
  let ids = firing.get(findings);
  if (!ids) {
    const covered = new Set<string>();
    for (const f of findings) for (const id of idsOf(f)) covered.add(id);
    ids = { covered };
    firing.set(findings, ids);
  }
  return ids;
}
