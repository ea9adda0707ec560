import type { EvaluationResult } from "../../engine/types";
import type { Severity } from "../../engine/types";
import { useMemo } from "react";
import { useEditor, type EditorState } from "../../store/editorStore";
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
  const ready = useEngineStatus((s) => s.ready);
  // Every badge's selector runs on every store change (each drag frame: ~1,000 of them at 200
  // elements / 300 flows); the figures depend on the document and the engine only, so each
  // selector answers from its last document at once. A new engine status makes a new selector.
  const select = useMemo(() => {
    let seen: EditorState["doc"] | undefined;
    let key = "";
    return (s: EditorState): string => {
      if (s.doc !== seen) {
        seen = s.doc;
        key = summaryKey(s.doc, elementId);
      }
      return key;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ready: the engine's arrival changes the figures
  }, [elementId, ready]);
  const key = useEditor(select);
  if (!key) return null;
  const [count, highest, untriaged] = key.split(":");
  return { count: Number(count), highest: highest as Severity, untriaged: Number(untriaged) };
}

function summaryKey(doc: EditorState["doc"], elementId: string): string {
  if (!doc) return "";
  const summary = threatSummaryOf(doc, elementId);
  return summary ? `${summary.count}:${summary.highest}:${summary.untriaged}` : "";
}
