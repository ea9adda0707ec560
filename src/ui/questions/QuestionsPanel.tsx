import { useMemo } from "react";
import { useReactFlow } from "@xyflow/react";
import { editorStore, useEditor } from "../../store/editorStore";
import { answerable, answerCommand, buildSubjectIndex, type Answer } from "../findings/answers";
import { plural } from "../findings/counts";
import { useEngineStatus } from "../findings/evaluation";
import { SEVERITY_LABELS } from "../findings/severity";
import { buildTargetIndex, nameOf } from "../findings/targets";
import { useEvaluation } from "../findings/useFindings";
import { openQuestions, type OpenQuestion } from "./openQuestions";
import "../findings/findings.css";
import "./questions.css";

const NO_ELEMENTS = { elements: [], flows: [] };

/**
 * The Questions tab: what the engine cannot decide until someone in the room answers, one
 * entry per element and fact, most consequential first, each with the threats that hinge on
 * it. Yes / No answers a stored property in place (one undoable edit).
 */
export function QuestionsPanel() {
  const evaluation = useEvaluation();
  const engine = useEngineStatus();
  const elements = useEditor((s) => s.doc?.elements);
  const flows = useEditor((s) => s.doc?.flows);
  const doc = useMemo(
    () => (elements && flows ? { elements, flows } : NO_ELEMENTS),
    [elements, flows],
  );
  const index = useMemo(() => buildTargetIndex(doc), [doc]);
  const subjects = useMemo(() => buildSubjectIndex(doc), [doc]);
  const questions = useMemo(() => openQuestions(evaluation), [evaluation]);
  const about = new Set(questions.map((q) => q.subjectId)).size;
  const decided = new Set(questions.flatMap((q) => q.dependents.map((d) => d.findingId))).size;

  return (
    <section
      className="tc-pane tc-questions"
      aria-labelledby="tc-questions-title"
      // Scrolls on its own: focusable so that keyboard users can scroll it.
      tabIndex={0}
    >
      <h2 id="tc-questions-title" className="tc-visually-hidden">
        Questions
      </h2>
      {!engine.ready ? (
        <p role={engine.error ? "alert" : "status"}>
          {engine.error ?? "Loading the threat engine…"}
        </p>
      ) : (
        <p className="tc-questions-count">
          <strong>Whole model:</strong>{" "}
          {plural(questions.length, "open question", "open questions")}
          {questions.length > 0 &&
            ` about ${plural(about, "element or flow", "elements and flows")}, deciding ${plural(decided, "unconfirmed threat", "unconfirmed threats")}`}
        </p>
      )}
      {engine.ready && questions.length === 0 && (
        <p className="tc-pane-lead">
          Nothing left to ask: every property the threats depend on is answered.
        </p>
      )}
      <ul className="tc-question-list">
        {questions.map((q) => (
          <QuestionItem
            key={q.key}
            question={q}
            subjectName={nameOf(index, q.subjectId)}
            canAnswer={answerable(q, subjects) !== null}
            onAnswer={(answer) => {
              const target = answerable(q, subjects);
              if (target) editorStore.getState().execute(answerCommand(target, answer));
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function QuestionItem({
  question,
  subjectName,
  canAnswer,
  onAnswer,
}: {
  question: OpenQuestion;
  subjectName: string;
  canAnswer: boolean;
  onAnswer(answer: Answer): void;
}) {
  const reactFlow = useReactFlow();
  const show = () => {
    editorStore.getState().select([question.subjectId]);
    const node = reactFlow.getNode(question.subjectId);
    if (node)
      void reactFlow.fitView({
        nodes: [{ id: node.id }],
        duration: 300,
        padding: 0.5,
        maxZoom: 1.2,
      });
  };
  const n = question.dependents.length;
  return (
    <li className="tc-question" data-severity={question.highest}>
      <p className="tc-question-ask">{question.text}</p>
      <p className="tc-question-meta">
        <button type="button" className="tc-link-button" onClick={show}>
          {subjectName}
        </button>
        <span aria-hidden="true"> · </span>
        <span>
          decides {plural(n, "threat", "threats")}, up to {SEVERITY_LABELS[question.highest]}
        </span>
      </p>
      {canAnswer ? (
        <span className="tc-answer" role="group" aria-label={`Answer: ${question.text}`}>
          <button type="button" className="tc-answer-btn" onClick={() => onAnswer("yes")}>
            Yes
          </button>
          <button type="button" className="tc-answer-btn" onClick={() => onAnswer("no")}>
            No
          </button>
        </span>
      ) : (
        <p className="tc-question-how">
          Answered by how the diagram is drawn: change it on the canvas.
        </p>
      )}
      <details className="tc-question-deps">
        <summary>Which threats</summary>
        <ul>
          {question.dependents.map((d) => (
            <li key={d.findingId}>
              <span className={`tc-chip tc-sev-chip tc-sev-${d.severity}`}>
                {SEVERITY_LABELS[d.severity]}
              </span>{" "}
              {d.title}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
