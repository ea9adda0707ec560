import { create } from "zustand";
import type { EvaluationResult } from "../../engine/types";
import type { ThreatModel } from "../../domain/schema";
import type { Inference } from "../../engine/facts/evidence";
import { differsOnlyInLayout } from "../../domain/layoutOnly";
import { engineChunk, installEngineChunk } from "./engineChunk";

/**
 * The live evaluation of the open document: recomputed whenever the document's elements or
 * flows change, synchronously, so findings are on screen in the same frame as the edit.
 *
 * The engine's incremental evaluator re-runs only the rules an edit can have affected, and keeps
 * the identity of unchanged findings. It reads only `elements` and `flows`, and every edit
 * replaces the array it touches, so a new document object whose two arrays are the same objects
 * (a pan or zoom saving the viewport, a rename of the model) reuses the last result: same
 * findings array, same objects, nothing downstream re-renders. So does a change of layout alone
 * (a drag, a nudge, a resize, their undo): no finding depends on where an element is drawn, and
 * at 5,000 elements re-running the engine for one took most of an undo's time.
 */
interface Evaluator {
  evaluate(doc: ThreatModel): EvaluationResult;
}
let evaluator: Evaluator | null = null;
/** A second evaluator for what-if previews, so they never disturb the live one's cache. */
let whatIfEvaluator: Evaluator | null = null;

/** Whether the engine's code has arrived; hooks re-render when it does. */
export const useEngineStatus = create<{ ready: boolean; error: string | null }>()(() => ({
  ready: false,
  error: null,
}));

/**
 * The engine (rules and evaluator, most of it rule text) is its own chunk, requested as soon as
 * the app starts, in parallel with reading the model from IndexedDB — which the first render
 * waits for anyway — so it never delays the editor's first paint.
 */
export const engineLoaded: Promise<void> = import("../../engine/incremental").then(
  (engine) => {
    installEngineChunk(engine);
    evaluator = engine.createEvaluator();
    whatIfEvaluator = engine.createEvaluator();
    lastResult = null;
    lastInputs = null;
    useEngineStatus.setState({ ready: true });
  },
  (error: unknown) => {
    useEngineStatus.setState({ error: `The threat engine failed to load: ${String(error)}` });
  },
);

const PENDING: EvaluationResult = {
  findings: [],
  questions: [],
  byTarget: new Map(),
  questionsBySubject: new Map(),
};

type Inputs = Pick<ThreatModel, "elements" | "flows">;
let lastInputs: Inputs | null = null;
let lastResult: EvaluationResult | null = null;

/**
 * The evaluation with the model's custom threats among its findings (as the engine's
 * `withCustomThreats`, which sorts their codes by catalog: it comes with the engine chunk).
 */
export function withCustomThreatsOf(result: EvaluationResult, doc: ThreatModel): EvaluationResult {
  const chunk = engineChunk();
  return chunk ? chunk.withCustomThreats(result, doc) : result;
}

/**
 * What the engine infers for an element or flow the user left unknown (none until the engine
 * chunk has loaded; components re-render when it has, through `useEngineStatus`).
 */
export function inferencesFor(doc: ThreatModel, subjectId: string): readonly Inference[] {
  return engineChunk()?.inferencesOf(doc, subjectId) ?? NO_INFERENCES;
}
const NO_INFERENCES: readonly Inference[] = Object.freeze([]);

export function evaluationOf(doc: ThreatModel): EvaluationResult {
  if (
    lastResult &&
    lastInputs &&
    lastInputs.elements === doc.elements &&
    lastInputs.flows === doc.flows
  ) {
    return lastResult;
  }
  if (!evaluator) return PENDING;
  if (lastResult && lastInputs && differsOnlyInLayout(lastInputs, doc)) {
    lastInputs = { elements: doc.elements, flows: doc.flows };
    return lastResult;
  }
  const result = evaluator.evaluate(doc);
  lastResult = result;
  lastInputs = { elements: doc.elements, flows: doc.flows };
  return result;
}

/**
 * The evaluation of a document that is not the open one (a question answered hypothetically, a
 * what-if). Null until the engine has loaded. Successive previews of nearby variants are cheap:
 * the evaluator re-runs only what differs from the previous one.
 */
export function whatIfEvaluation(doc: ThreatModel): EvaluationResult | null {
  return whatIfEvaluator ? whatIfEvaluator.evaluate(doc) : null;
}
