import { memo, useId, useState } from "react";
import type { Question } from "../../engine/types";
import { editorStore } from "../../store/editorStore";
import { evaluationOf, whatIfEvaluation } from "../findings/evaluation";
import { SEVERITY_LABELS } from "../findings/severity";
import { targetLabel, type TargetIndex } from "../findings/targets";
import {
  answerable,
  answerCommand,
  withAnswer,
  type AnswerableQuestion,
  type SubjectIndex,
} from "./answers";
import { ChecklistSection } from "./ChecklistSection";
import { describeDiff, diffEvaluations } from "./diff";
import "./questions.css";

export interface QuestionsListProps {
  questions: readonly Question[];
  index: TargetIndex;
  subjects: SubjectIndex;
  /** Select (and reveal) the element or flow a question is about. */
  onReveal(subjectId: string): void;
  /** Show the model-level checklist (the panel is not focused on one element or flow). */
  showChecklist?: boolean;
}

const SHOWN_DEPENDENTS = 3;

/**
 * The questionnaire: one question per unknown fact of one element or flow, the most consequential
 * first, each answerable where it is shown. Answering says what appeared or went away.
 */
export function QuestionsList({
  questions,
  index,
  subjects,
  onReveal,
  showChecklist = true,
}: QuestionsListProps) {
  const [outcome, setOutcome] = useState<string>("");

  const answer = (question: Question, target: AnswerableQuestion, value: string | number) => {
    const store = editorStore.getState();
    const before = store.doc ? evaluationOf(store.doc) : null;
    if (!store.execute(answerCommand(target, value))) return;
    const after = editorStore.getState().doc;
    if (before && after) {
      const diff = diffEvaluations(before, evaluationOf(after));
      setOutcome(`Answered “${question.text}” — ${describeDiff(diff)}`);
    }
  };

  return (
    <div className="tc-questions">
      <p className="tc-questions-outcome" role="status" aria-live="polite">
        {outcome}
      </p>
      {questions.length === 0 ? (
        <p className="tc-findings-empty">
          No open questions: everything the threats depend on is answered or inferred.
        </p>
      ) : (
        <ol className="tc-questions-list">
          {questions.map((question) => (
            <QuestionCard
              key={question.id}
              question={question}
              index={index}
              subjects={subjects}
              onReveal={onReveal}
              onAnswer={answer}
            />
          ))}
        </ol>
      )}
      {showChecklist && <ChecklistSection />}
    </div>
  );
}

interface CardProps {
  question: Question;
  index: TargetIndex;
  subjects: SubjectIndex;
  onReveal(subjectId: string): void;
  onAnswer(question: Question, target: AnswerableQuestion, value: string | number): void;
}

const QuestionCard = memo(function QuestionCard({
  question,
  index,
  subjects,
  onReveal,
  onAnswer,
}: CardProps) {
  const uid = useId();
  const [showAll, setShowAll] = useState(false);
  const [previews, setPreviews] = useState<ReadonlyArray<[string, string]> | null>(null);
  const target = answerable(question, subjects);
  const dependents = showAll ? question.dependents : question.dependents.slice(0, SHOWN_DEPENDENTS);
  const hidden = question.dependents.length - dependents.length;

  const preview = () => {
    const doc = editorStore.getState().doc;
    if (!doc || !target || target.control.kind !== "choice") return;
    const before = whatIfEvaluation(doc);
    if (!before) return;
    const lines: Array<[string, string]> = [];
    for (const option of target.control.options) {
      const variant = withAnswer(doc, target, option.value);
      const after = variant ? whatIfEvaluation(variant) : null;
      if (after) lines.push([option.label, describeDiff(diffEvaluations(before, after))]);
    }
    setPreviews(lines);
  };

  return (
    <li className="tc-question" aria-labelledby={`${uid}-text`}>
      <p className="tc-question-text" id={`${uid}-text`}>
        {question.text}
      </p>
      <p className="tc-question-subject">
        About{" "}
        <button
          type="button"
          className="tc-link-button"
          onClick={() => onReveal(question.subjectId)}
        >
          {targetLabel([question.subjectId], index)}
        </button>
      </p>
      <div className="tc-question-depends">
        <span className="tc-question-depends-label" id={`${uid}-deps`}>
          Could add:
        </span>
        <ul aria-labelledby={`${uid}-deps`}>
          {dependents.map((d) => (
            <li key={`${d.rootCause}@${d.findingId}`}>
              <span className={`tc-chip tc-sev-chip tc-sev-${d.severity}`}>
                {SEVERITY_LABELS[d.severity]}
              </span>{" "}
              {d.title}
            </li>
          ))}
        </ul>
        {hidden > 0 && (
          <button type="button" className="tc-link-button" onClick={() => setShowAll(true)}>
            and {hidden} more
          </button>
        )}
      </div>
      {target ? (
        <AnswerControls
          label={question.text}
          target={target}
          onAnswer={(value) => onAnswer(question, target, value)}
        />
      ) : (
        <p className="tc-question-hint">Answer it by editing the diagram.</p>
      )}
      {target?.control.kind === "choice" &&
        (previews === null ? (
          <button type="button" className="tc-link-button" onClick={preview}>
            What would each answer change?
          </button>
        ) : (
          <ul className="tc-question-previews" aria-label="What each answer would change">
            {previews.map(([label, text]) => (
              <li key={label}>
                <strong>{label}:</strong> {text}
              </li>
            ))}
          </ul>
        ))}
    </li>
  );
});

function AnswerControls({
  label,
  target,
  onAnswer,
}: {
  label: string;
  target: AnswerableQuestion;
  onAnswer(value: string | number): void;
}) {
  const uid = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const control = target.control;
  if (control.kind === "choice") {
    return (
      <div className="tc-answer" role="group" aria-label={`Answer: ${label}`}>
        {control.options.map((option) => (
          <button
            key={option.value}
            type="button"
            className="tc-answer-btn"
            onClick={() => onAnswer(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    );
  }
  const submit = () => {
    const value = Number(text);
    if (
      text.trim() === "" ||
      !Number.isInteger(value) ||
      value < control.min ||
      value > control.max
    ) {
      setError(`Enter a whole number of ${control.unit} from ${control.min} to ${control.max}.`);
      return;
    }
    setError(null);
    onAnswer(value);
  };
  return (
    <div className="tc-answer" role="group" aria-label={`Answer: ${label}`}>
      <label htmlFor={`${uid}-n`} className="tc-answer-label">
        {control.unit}
      </label>
      <input
        id={`${uid}-n`}
        type="number"
        inputMode="numeric"
        min={control.min}
        max={control.max}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${uid}-err` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") submit();
        }}
      />
      <button type="button" className="tc-answer-btn" onClick={submit}>
        Set
      </button>
      {error && (
        <span id={`${uid}-err`} role="alert" className="tc-insp-error">
          {error}
        </span>
      )}
    </div>
  );
}
