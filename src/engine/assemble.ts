import type { Consolidated } from "./consolidate";
import type { World } from "./facts/world";
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
  const findings = inResultOrder(model, perElement, perFlow, "findings");

  const { questions, bySubject } = questionnaire
    ? questionnaire.update(groupsOf(model, perElement, perFlow))
    : buildQuestions(inResultOrder(model, perElement, perFlow, "asks"), world.distinctIds);
  return {
    findings,
    questions,
    byTarget: groupByTarget(world, model.findings, perElement, perFlow),
    questionsBySubject: bySubject,
  };
}

/**
 * One kind of per-target result of every target, in result order (model, elements, flows), in a
 * list made at its size.
 */
function inResultOrder<K extends "findings" | "asks">(
  model: Consolidated,
  perElement: readonly Consolidated[],
  perFlow: readonly Consolidated[],
  field: K,
): Consolidated[K][number][] {
  type T = Consolidated[K][number];
  const of = (c: Consolidated): readonly T[] => c[field];
  let total = of(model).length;
  for (let i = 0; i < perElement.length; i++) total += of(perElement[i]!).length;
  for (let i = 0; i < perFlow.length; i++) total += of(perFlow[i]!).length;
  const out = new Array<T>(total);
  let next = copyInto(out, 0, of(model));
  for (let i = 0; i < perElement.length; i++) next = copyInto(out, next, of(perElement[i]!));
  for (let i = 0; i < perFlow.length; i++) next = copyInto(out, next, of(perFlow[i]!));
  return out;
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
