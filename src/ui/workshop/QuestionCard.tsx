import { useId, useMemo } from "react";
import type { Question } from "../../engine/types";
import { editorStore, useEditor } from "../../store/editorStore";
import { SEVERITY_LABELS } from "../findings/severity";
import { answerable, answerCommand, buildSubjectIndex } from "../questions/answers";

/** An open question on the strip, answerable where it is shown. */
export function QuestionCard({ question }: { question: Question }) {
  const uid = useId();
  const elements = useEditor((s) => s.doc?.elements);
  const flows = useEditor((s) => s.doc?.flows);
  const subjects = useMemo(
    () => buildSubjectIndex({ elements: elements ?? [], flows: flows ?? [] }),
    [elements, flows],
  );
  const target = answerable(question, subjects);
  const first = question.dependents[0];
  return (
    <article className="tc-ws-card" aria-labelledby={`${uid}-q`}>
      <p className="tc-ws-card-kind">
        <span className="tc-chip">Open question</span>
      </p>
      <h3 className="tc-ws-card-title" id={`${uid}-q`}>
        {question.text}
      </h3>
      {first && (
        <p className="tc-ws-card-text">
          Could add: {SEVERITY_LABELS[first.severity]} — {first.title}
          {question.dependents.length > 1 ? ` (and ${question.dependents.length - 1} more)` : ""}
        </p>
      )}
      {target?.control.kind === "choice" ? (
        <div className="tc-ws-triage" role="group" aria-label={`Answer: ${question.text}`}>
          {target.control.options.map((option) => (
            <button
              key={option.value}
              type="button"
              className="tc-ws-status"
              onClick={() => editorStore.getState().execute(answerCommand(target, option.value))}
            >
              {option.label}
            </button>
          ))}
        </div>
      ) : (
        <p className="tc-muted">Answer it in the inspector after the session.</p>
      )}
    </article>
  );
}
