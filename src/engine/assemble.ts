import type { Consolidated } from "./consolidate";
import type { World } from "./facts/world";
import type { RawQuestion } from "./findings";
import type { Questionnaire, QuestionGroup } from "./questionnaire";
import { buildQuestions } from "./questions";
import type { EvaluationResult, Finding } from "./types";

/**
 * Puts per-target results together, each target's raw results already merged by root cause (see
 * `consolidate.ts`): findings come in a fixed order (model, then elements in document order, then
 * flows in document order; within a target, rule order), and the remaining questions become the
 * questionnaire. `perElement` and `perFlow` are parallel to `world.elements` and `world.flows`;
 * an evaluator of successive versions passes the questionnaire it keeps.
 */
export function assemble(
  world: World,
  model: Consolidated,
  perElement: readonly Consolidated[],
  perFlow: readonly Consolidated[],
  questionnaire: Questionnaire | null = null,
): EvaluationResult {
  let total = model.findings.length;
  for (const c of perElement) total += c.findings.length;
  for (const c of perFlow) total += c.findings.length;
  const findings = new Array<Finding>(total);
  let next = copyInto(findings, 0, model.findings);
  for (let i = 0; i < perElement.length; i++)
    next = copyInto(findings, next, perElement[i]!.findings);
  for (let i = 0; i < perFlow.length; i++) next = copyInto(findings, next, perFlow[i]!.findings);

  const { questions, bySubject } = questionnaire
    ? questionnaire.update(groupsOf(model, perElement, perFlow))
    : buildQuestions(asksOf(model, perElement, perFlow), world.distinctIds);
  return {
    findings,
    questions,
    byTarget: groupByTarget(world, model.findings, perElement, perFlow),
    questionsBySubject: bySubject,
  };
}

/** Every raw question, in result order, in a list made at its size. */
function asksOf(
  model: Consolidated,
  perElement: readonly Consolidated[],
  perFlow: readonly Consolidated[],
): RawQuestion[] {
  let total = model.asks.length;
  for (let i = 0; i < perElement.length; i++) total += perElement[i]!.asks.length;
  for (let i = 0; i < perFlow.length; i++) total += perFlow[i]!.asks.length;
  const asks = new Array<RawQuestion>(total);
  let next = copyInto(asks, 0, model.asks);
  for (let i = 0; i < perElement.length; i++) next = copyInto(asks, next, perElement[i]!.asks);
  for (let i = 0; i < perFlow.length; i++) next = copyInto(asks, next, perFlow[i]!.asks);
  return asks;
}

function copyInto<T>(out: T[], at: number, items: readonly T[]): number {
  for (let i = 0; i < items.length; i++) out[at + i] = items[i]!;
  return at + items.length;
}

/** The targets that raise questions, in result order. */
function groupsOf(
  model: Consolidated,
  perElement: readonly Consolidated[],
  perFlow: readonly Consolidated[],
): QuestionGroup[] {
  const groups: QuestionGroup[] = [];
  if (model.asks.length > 0) groups.push(model);
  for (let i = 0; i < perElement.length; i++) {
    if (perElement[i]!.asks.length > 0) groups.push(perElement[i]!);
  }
  for (let i = 0; i < perFlow.length; i++)
    if (perFlow[i]!.asks.length > 0) groups.push(perFlow[i]!);
  return groups;
}

/**
 * Findings by every id they name, each list in result order. A flow's list is its own findings;
 * an element's list is its own findings followed by the interaction findings of flows that
 * start or end at it, in flow order. Lists are shared, not copied, where nothing is added.
 */
function groupByTarget(
  world: World,
  modelFindings: readonly Finding[],
  perElement: readonly Consolidated[],
  perFlow: readonly Consolidated[],
): Map<string, readonly Finding[]> {
  const extra = new Array<number>(world.elements.length).fill(0);
  for (let i = 0; i < world.flows.length; i++) {
    const interactions = interactionCount(perFlow[i]!.findings);
    if (interactions === 0) continue;
    extra[world.flows[i]!.source.order]! += interactions;
    extra[world.flows[i]!.target.order]! += interactions;
  }
  const elementLists: (readonly Finding[])[] = perElement.map((c, order) => {
    const own = c.findings;
    if (extra[order] === 0) return own;
    const list = new Array<Finding>(own.length + extra[order]!);
    for (let i = 0; i < own.length; i++) list[i] = own[i]!;
    extra[order] = own.length; // from here on: the next free slot
    return list;
  });
  for (let i = 0; i < world.flows.length; i++) {
    const list = perFlow[i]!.findings;
    const flow = world.flows[i]!;
    for (let j = 0; j < list.length; j++) {
      const finding = list[j]!;
      if (finding.scope === "element") continue;
      (elementLists[flow.source.order] as Finding[])[extra[flow.source.order]!++] = finding;
      (elementLists[flow.target.order] as Finding[])[extra[flow.target.order]!++] = finding;
    }
  }
  const byTarget = new Map<string, readonly Finding[]>();
  if (modelFindings.length > 0) byTarget.set("model", modelFindings);
  for (let i = 0; i < elementLists.length; i++) {
    if (elementLists[i]!.length > 0) byTarget.set(world.elements[i]!.id, elementLists[i]!);
  }
  for (let i = 0; i < perFlow.length; i++) {
    if (perFlow[i]!.findings.length > 0) byTarget.set(world.flows[i]!.id, perFlow[i]!.findings);
  }
  return byTarget;
}

function interactionCount(list: readonly Finding[]): number {
  let count = 0;
  for (let i = 0; i < list.length; i++) if (list[i]!.scope !== "element") count++;
  return count;
}
