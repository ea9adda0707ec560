import type { World } from "./facts/world";
import type { EvaluationResult, Finding } from "./types";

/**
 * Puts per-target findings together in a fixed order: model findings, then elements in
 * document order, then flows in document order; within a target, rule order. `perElement` and
 * `perFlow` are parallel to `world.elements` and `world.flows`.
 */
export function assemble(
  world: World,
  modelFindings: readonly Finding[],
  perElement: readonly (readonly Finding[])[],
  perFlow: readonly (readonly Finding[])[],
): EvaluationResult {
  let total = modelFindings.length;
  for (let i = 0; i < perElement.length; i++) total += perElement[i]!.length;
  for (let i = 0; i < perFlow.length; i++) total += perFlow[i]!.length;
  const findings = new Array<Finding>(total);
  let next = 0;
  for (let i = 0; i < modelFindings.length; i++) findings[next++] = modelFindings[i]!;
  for (const list of perElement) for (let i = 0; i < list.length; i++) findings[next++] = list[i]!;
  for (const list of perFlow) for (let i = 0; i < list.length; i++) findings[next++] = list[i]!;
  return { findings, byTarget: groupByTarget(world, modelFindings, perElement, perFlow) };
}

/**
 * Findings by every id they name, each list in result order. A flow's list is its own findings;
 * an element's list is its own findings followed by the interaction findings of flows that
 * start or end at it, in flow order. Lists are shared, not copied, where nothing is added.
 */
function groupByTarget(
  world: World,
  modelFindings: readonly Finding[],
  perElement: readonly (readonly Finding[])[],
  perFlow: readonly (readonly Finding[])[],
): Map<string, readonly Finding[]> {
  const extra = new Array<number>(world.elements.length).fill(0);
  for (let i = 0; i < world.flows.length; i++) {
    const interactions = interactionCount(perFlow[i]!);
    if (interactions === 0) continue;
    extra[world.flows[i]!.source.order]! += interactions;
    extra[world.flows[i]!.target.order]! += interactions;
  }
  const elementLists: (readonly Finding[])[] = perElement.map((own, order) => {
    if (extra[order] === 0) return own;
    const list = new Array<Finding>(own.length + extra[order]!);
    for (let i = 0; i < own.length; i++) list[i] = own[i]!;
    extra[order] = own.length; // from here on: the next free slot
    return list;
  });
  for (let i = 0; i < world.flows.length; i++) {
    const list = perFlow[i]!;
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
    if (perFlow[i]!.length > 0) byTarget.set(world.flows[i]!.id, perFlow[i]!);
  }
  return byTarget;
}

function interactionCount(list: readonly Finding[]): number {
  let count = 0;
  for (let i = 0; i < list.length; i++) if (list[i]!.scope !== "element") count++;
  return count;
}
