import type { EvaluationResult } from "../../engine/types";
import type { Severity } from "../../engine/types";
import { useEditor } from "../../store/editorStore";
import { evaluationOf, summaryOf, useEngineStatus } from "./evaluation";

const EMPTY: EvaluationResult = {
  findings: [],
  questions: [],
  byTarget: new Map(),
  questionsBySubject: new Map(),
};

/**
 * The evaluation of the open document. The selector returns the cached result, whose identity
 * changes only when elements or flows do: drag frames, selection and viewport changes do not
 * re-render the caller.
 */
export function useEvaluation(): EvaluationResult {
  // Subscribing here re-renders the caller once the engine chunk has arrived.
  useEngineStatus((s) => s.ready);
  return useEditor((s) => (s.doc ? evaluationOf(s.doc) : EMPTY));
}

/**
 * One element's badge data. The selector returns a primitive so that a badge re-renders only
 * when its own count or severity changes, not on every edit elsewhere.
 */
export function useElementFindingSummary(
  elementId: string,
): { count: number; highest: Severity } | null {
  useEngineStatus((s) => s.ready);
  const key = useEditor((s) => {
    if (!s.doc) return "";
    const summary = summaryOf(s.doc, elementId);
    return summary ? `${summary.count}:${summary.highest}` : "";
  });
  if (!key) return null;
  const [count, highest] = key.split(":");
  return { count: Number(count), highest: highest as Severity };
}
