import { lazy, Suspense, useCallback, useMemo } from "react";
import { useReactFlow } from "@xyflow/react";
import { editorStore, useEditor } from "../../store/editorStore";
import { plural } from "../findings/counts";
import { useEngineStatus } from "../findings/evaluation";
import { questionsInScope } from "../findings/filters";
import { ScopeSwitch } from "../findings/ScopeSwitch";
import { buildTargetIndex, targetLabel } from "../findings/targets";
import { useThreats } from "../findings/useFindings";
import { usePrefs } from "../shell/prefsStore";
import { buildSubjectIndex } from "./subjects";
import "../findings/findings.css";

/** The questionnaire (answer controls, previews) loads when its tab is first opened. */
const QuestionsList = lazy(() =>
  import("./QuestionsList").then((m) => ({ default: m.QuestionsList })),
);

const NO_ELEMENTS = { elements: [], flows: [] };

/**
 * The side panel's Questions tab: what the engine cannot decide until someone answers, one
 * question per element or flow and fact, most consequential first, each answered in place. It
 * counts for the whole model or the selection, the same choice as the Threats tab.
 */
export function QuestionsTab() {
  const evaluation = useThreats();
  const engine = useEngineStatus();
  const elements = useEditor((s) => s.doc?.elements);
  const flows = useEditor((s) => s.doc?.flows);
  const selection = useEditor((s) => s.selection);
  const scope = usePrefs((s) => s.threatScope);
  const reactFlow = useReactFlow();
  const doc = useMemo(
    () => (elements && flows ? { elements, flows } : NO_ELEMENTS),
    [elements, flows],
  );
  const index = useMemo(() => buildTargetIndex(doc), [doc]);
  const subjects = useMemo(() => buildSubjectIndex(doc), [doc]);
  const focusIds = useMemo(
    () => (scope === "selection" ? selection.filter((id) => index.has(id)) : null),
    [scope, selection, index],
  );
  const questions = useMemo(
    () => questionsInScope(evaluation.questions, focusIds),
    [evaluation, focusIds],
  );
  const selectionLabel =
    focusIds !== null && focusIds.length > 0 ? targetLabel(focusIds, index) : null;
  const scopeLabel = focusIds === null ? "Whole model" : (selectionLabel ?? "Nothing selected");
  const decided = new Set(questions.flatMap((q) => q.dependents.map((d) => d.findingId))).size;

  const onReveal = useCallback(
    (subjectId: string) => {
      editorStore.getState().select([subjectId]);
      const info = index.get(subjectId);
      const nodes = info?.kind === "flow" ? [info.sourceId, info.targetId] : [subjectId];
      void reactFlow.fitView({
        duration: 300,
        padding: 0.5,
        maxZoom: 1.2,
        nodes: nodes.map((id) => ({ id })),
      });
    },
    [index, reactFlow],
  );

  return (
    <section className="tc-pane tc-questions-tab" aria-labelledby="tc-questions-title">
      <h2 id="tc-questions-title" className="tc-visually-hidden">
        Questions
      </h2>
      <header className="tc-findings-bar">
        <ScopeSwitch selectionLabel={selectionLabel} />
        {engine.ready ? (
          <p className="tc-findings-counts" role="status">
            <span className="tc-count-scope">{scopeLabel}:</span>
            <span className="tc-count-total">
              {plural(questions.length, "open question", "open questions")}
            </span>
            {questions.length > 0 && (
              <span>deciding {plural(decided, "possible finding", "possible findings")}</span>
            )}
          </p>
        ) : (
          <p role={engine.error ? "alert" : "status"}>
            {engine.error ?? "Loading the threat engine…"}
          </p>
        )}
      </header>
      <div
        className="tc-findings-scroll"
        // Scrolls on its own: focusable so that keyboard users can scroll it.
        tabIndex={0}
        aria-label="Open questions"
      >
        {engine.ready && (
          <Suspense fallback={<p className="tc-findings-empty">Loading the questions…</p>}>
            <QuestionsList
              questions={questions}
              index={index}
              subjects={subjects}
              onReveal={onReveal}
              showChecklist={focusIds === null}
            />
          </Suspense>
        )}
      </div>
    </section>
  );
}
