import type { DataFlow, DfdElement, ThreatModel } from "../domain/schema";
import { assemble } from "./assemble";
import { compileRules, type CompiledRuleSet } from "./compiledRules";
import type { Consolidated } from "./consolidate";
import { EvalContext } from "./conditions/context";
import { evaluateElement, evaluateFlow, evaluateModelRules } from "./evaluateTargets";
import type { EvaluateOptions } from "./evaluate";
import { deriveWorld } from "./facts/derive";
import { REACH_FACTS, type Cause } from "./facts/exposure";
import type { ElementInfo, FlowInfo, World } from "./facts/world";
import { Questionnaire } from "./questionnaire";
import { ALL_RULES } from "./rules";
import type { EvaluationResult } from "./types";

/** Evaluates successive versions of one document, reusing what an edit cannot have changed. */
export interface Evaluator {
  evaluate(model: ThreatModel): EvaluationResult;
}

interface Snapshot {
  elements: readonly DfdElement[];
  flows: readonly DataFlow[];
  world: World;
  /** Findings per element and per flow, parallel to `world.elements` / `world.flows`. */
  perElement: readonly Consolidated[];
  perFlow: readonly Consolidated[];
  globalSignature: string;
  result: EvaluationResult;
}

/**
 * An evaluator that remembers the last version it saw. Documents are immutable with structural
 * sharing, so an unchanged element or flow keeps its object identity; the evaluator re-runs the
 * rules of a target only when the target, its derived facts, or anything within reach of its
 * rules' quantifiers changed. The result is always identical to `evaluate(model)`.
 */
export function createEvaluator(options: EvaluateOptions = {}): Evaluator {
  const rules = compileRules(options.rules ?? ALL_RULES);
  const questionnaire = new Questionnaire();
  let last: Snapshot | null = null;
  return {
    evaluate(model) {
      if (last && last.elements === model.elements && last.flows === model.flows) {
        return last.result;
      }
      last = evaluateFrom(last, model, rules, questionnaire);
      return last.result;
    },
  };
}

function evaluateFrom(
  previous: Snapshot | null,
  model: ThreatModel,
  rules: CompiledRuleSet,
  questionnaire: Questionnaire,
): Snapshot {
  const world = deriveWorld(model, previous?.world);
  const ctx = new EvalContext(world);
  const globalSignature =
    rules.globalProbes.length > 0 || rules.hasGlobal ? signatureOf(ctx, rules) : "";
  const reusable = previous !== null && !rules.hasVolatile;
  const globalChanged = previous !== null && previous.globalSignature !== globalSignature;
  const change = reusable ? changesBetween(previous.world, world) : null;
  const distance = change ? distancesFrom(world, change.elements, rules.maxHops) : null;
  const near = (id: string, hops: number) => (distance?.get(id) ?? Infinity) <= hops;

  const perElement = world.elements.map((info) => {
    const old = previous?.world.elementsById.get(info.id);
    if (old === undefined || change === null) return elementFindings(rules, info, ctx);
    const applicable = rules.forElement(info);
    const stale =
      near(info.id, rules.maxHopsOf(applicable)) ||
      (globalChanged && !info.outOfScope && rules.usesGlobals(applicable));
    return stale ? elementFindings(rules, info, ctx) : previous!.perElement[old.order]!;
  });
  const flowRulesGlobal = rules.usesGlobals(rules.flowRules);
  const perFlow = world.flows.map((info) => {
    const old = previous?.world.flowsById.get(info.id);
    if (old === undefined || change === null || change.flows.has(info.id)) {
      return flowFindings(rules, info, ctx);
    }
    const reach = rules.flowMaxHops(info);
    const stale =
      near(info.source.id, reach) ||
      near(info.target.id, reach) ||
      (globalChanged && flowRulesGlobal);
    return stale ? flowFindings(rules, info, ctx) : previous!.perFlow[old.index]!;
  });
  const modelFindings = evaluateModelRules(rules, ctx);
  const result = assemble(world, modelFindings, perElement, perFlow, questionnaire);
  return {
    elements: model.elements,
    flows: model.flows,
    world,
    perElement,
    perFlow,
    globalSignature,
    result,
  };
}

function elementFindings(
  rules: CompiledRuleSet,
  info: ElementInfo,
  ctx: EvalContext,
): Consolidated {
  return evaluateElement(rules, info, ctx);
}

function flowFindings(rules: CompiledRuleSet, info: FlowInfo, ctx: EvalContext): Consolidated {
  return evaluateFlow(rules, info, ctx);
}

/** Model facts and the outcomes of whole-model quantifiers, as one comparable string. */
function signatureOf(ctx: EvalContext, rules: CompiledRuleSet): string {
  const parts: string[] = [JSON.stringify(ctx.world.modelFacts)];
  for (const probe of rules.globalProbes) {
    const { truth, reasons } = probe(ctx);
    const support = reasons.supportSubjects
      .slice(0, reasons.supportCount)
      .map((s, i) => [s.id, s.name, reasons.supportFacts[i], reasons.supportValues[i]]);
    const unknown = reasons.unknownSubjects
      .slice(0, reasons.unknownCount)
      .map((s, i) => [s.id, s.name, reasons.unknownFacts[i]]);
    parts.push(
      JSON.stringify([
        truth,
        reasons.other?.id ?? null,
        reasons.other?.name ?? null,
        support,
        unknown,
      ]),
    );
  }
  return parts.join("\n");
}

interface Changes {
  /** Elements that are new, gone, edited, or whose derived facts or flows changed. */
  elements: Set<string>;
  /** Flows that are new or edited. */
  flows: Set<string>;
}

function changesBetween(before: World, after: World): Changes {
  const elements = new Set<string>();
  const flows = new Set<string>();
  const boundaries: string[] = [];
  for (const info of after.elements) {
    const old = before.elementsById.get(info.id);
    if (old !== undefined && old.element === info.element && sameDerivedFacts(old, info)) continue;
    elements.add(info.id);
    if (info.element.type === "trustBoundary") boundaries.push(info.id);
  }
  for (const old of before.elements) if (!after.elementsById.has(old.id)) elements.add(old.id);
  // A renamed or re-parented boundary changes texts and crossings of everything inside it.
  if (boundaries.length > 0) {
    for (const info of after.elements) {
      if (info.chain.some((b) => boundaries.includes(b.id))) elements.add(info.id);
    }
  }
  for (const info of after.flows) {
    const old = before.flowsById.get(info.id);
    if (old !== undefined && old.flow === info.flow) continue;
    flows.add(info.id);
    const flow = info.flow;
    if (
      old === undefined ||
      old.flow.source !== flow.source ||
      old.flow.target !== flow.target ||
      old.flow.bidirectional !== flow.bidirectional
    ) {
      // The graph changed shape: quantifiers around both ends may now see something else.
      elements.add(flow.source).add(flow.target);
      if (old) elements.add(old.flow.source).add(old.flow.target);
    }
  }
  for (const old of before.flows) {
    if (!after.flowsById.has(old.id)) elements.add(old.flow.source).add(old.flow.target);
  }
  return { elements, flows };
}

function sameDerivedFacts(a: ElementInfo, b: ElementInfo): boolean {
  return (
    a.zoneKind === b.zoneKind &&
    a.trustLevel === b.trustLevel &&
    a.outOfScope === b.outOfScope &&
    a.handlesPersonalData === b.handlesPersonalData &&
    a.handlesSensitiveData === b.handlesSensitiveData &&
    a.inDegree === b.inDegree &&
    a.outDegree === b.outDegree &&
    a.chain.length === b.chain.length &&
    a.chain.every((boundary, i) => boundary === b.chain[i]) &&
    sameCauses(a.personalDataCauses, b.personalDataCauses) &&
    REACH_FACTS.every(
      (fact) =>
        a.reach[fact].value === b.reach[fact].value &&
        sameCauses(a.reach[fact].causes, b.reach[fact].causes),
    )
  );
}

/** Causes name subjects of different evaluations: compare them by id, fact and name. */
function sameCauses(a: readonly Cause[], b: readonly Cause[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every(
    (cause, i) =>
      cause.fact === b[i]!.fact &&
      cause.subject.id === b[i]!.subject.id &&
      cause.subject.name === b[i]!.subject.name,
  );
}

/**
 * Distance, in flows taken in either direction, from the nearest changed element to every
 * element within `hops` of one (changed elements: 0; ids of removed elements included).
 */
function distancesFrom(
  world: World,
  changed: ReadonlySet<string>,
  hops: number,
): Map<string, number> {
  const distance = new Map<string, number>();
  let frontier: ElementInfo[] = [];
  for (const id of changed) {
    distance.set(id, 0);
    const info = world.elementsById.get(id);
    if (info) frontier.push(info);
  }
  for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
    const next: ElementInfo[] = [];
    for (const info of frontier) {
      for (const neighbour of info.neighbours) {
        if (distance.has(neighbour.id)) continue;
        distance.set(neighbour.id, hop);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return distance;
}

// The UI loads the engine as one chunk through this module: what else it needs from it comes along.
export { inferencesOf } from "./facts/inferencesOf";
export { citedReferences } from "./catalog/citations";
export { referenceEntryIn } from "./catalog/registry";
export { withCustomThreats } from "./risk/customFindings";
export { formatBecause } from "./factLabels";
