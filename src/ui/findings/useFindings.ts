import type { EvaluationResult } from "../../engine/types";
import type { Severity } from "../../engine/types";
import { useEditor } from "../../store/editorStore";
import { threatsOf, threatSummaryOf } from "../triage/threats";
import { evaluationOf, useEngineStatus } from "./evaluation";

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
 * What the threat views list: the evaluation with the model's custom threats and the team's
 * scores. Same identity as long as no finding or score changed (a status change keeps it).
 */
export function useThreats(): EvaluationResult {
  useEngineStatus((s) => s.ready);
  return useEditor((s) => (s.doc ? threatsOf(s.doc) : EMPTY));
}

/**
 * One element's badge data: findings (custom threats included), highest severity, how many are
 * untriaged. The selector returns a primitive so that a badge re-renders only when its own
 * figures change, not on every edit elsewhere.
 */
export function useElementFindingSummary(
  elementId: string,
): { count: number; highest: Severity; untriaged: number } | null {
  useEngineStatus((s) => s.ready);
  const key = useEditor((s) => {
    if (!s.doc) return "";
    const summary = threatSummaryOf(s.doc, elementId);
    return summary ? `${summary.count}:${summary.highest}:${summary.untriaged}` : "";
  });
  if (!key) return null;
  const [count, highest, untriaged] = key.split(":");
  return { count: Number(count), highest: highest as Severity, untriaged: Number(untriaged) };
}
