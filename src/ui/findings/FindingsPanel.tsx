import {
  lazy,
  Suspense,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { useReactFlow } from "@xyflow/react";
import type { Finding, Question } from "../../engine/types";
import { editorStore, useEditor } from "../../store/editorStore";
import { buildSubjectIndex } from "../questions/subjects";

/** The questionnaire (answer controls, previews) loads when its tab is first opened. */
const QuestionsList = lazy(() =>
  import("../questions/QuestionsList").then((m) => ({ default: m.QuestionsList })),
);
import { countFindings } from "./counts";
import { inFocus, NO_FILTER, type FindingsFilter } from "./filters";
import { type GroupMode } from "./grouping";
import { PANEL_HEIGHTS } from "./layout";
import { buildTargetIndex, revealNodeIds, selectionFor, targetLabel } from "./targets";
import { useEngineStatus } from "./evaluation";
import { FindingsBody } from "./FindingsBody";
import { PanelCounts, type PanelView } from "./PanelCounts";
import { ResizeHandle } from "./ResizeHandle";
import { useThreats } from "./useFindings";
import { AddThreatButton } from "../triage/AddThreatButton";
import { KeyHintsToggle } from "../triage/ListExtras";
import { handleTriageKey } from "../triage/listKeys";
import { OfferBanner } from "../triage/OfferBanner";
import { OtherView, PanelTabs } from "../triage/PanelTabs";
import { useTriageView } from "../triage/triageView";
import { UserNameDialog } from "../triage/UserNameDialog";
import "./findings.css";
import "../triage/triage.css";

const PAGE_SIZE = 200;
const NO_ELEMENTS = { elements: [], flows: [] };

/**
 * The "Threats" panel under the canvas: the findings of the live evaluation, with counts,
 * grouping, filters and search, and beside them the questionnaire (what is still unknown), each
 * list with its own count. It subscribes to the evaluation (which changes only when elements or
 * flows do) and to the selection; drag frames never re-render it.
 */

/** Questions about an item, or whose findings would concern it. */
function questionsInFocus(
  questions: readonly Question[],
  focusId: string | null,
): readonly Question[] {
  if (focusId === null) return questions;
  return questions.filter(
    (q) => q.subjectId === focusId || q.dependents.some((d) => d.targetIds.includes(focusId)),
  );
}
export function FindingsPanel() {
  // Findings with the model's custom threats and the team's scores.
  const evaluation = useThreats();
  const triageView = useTriageView((s) => s.view);
  const engine = useEngineStatus();
  const elements = useEditor((s) => s.doc?.elements);
  const flows = useEditor((s) => s.doc?.flows);
  const selection = useEditor((s) => s.selection);
  const reactFlow = useReactFlow();

  const [open, setOpen] = useState(true);
  const [height, setHeight] = useState<number>(PANEL_HEIGHTS.default);
  const [filter, setFilter] = useState<FindingsFilter>(NO_FILTER);
  const [groupMode, setGroupMode] = useState<GroupMode>("element");
  const [view, setView] = useState<PanelView>("findings");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [limit, setLimit] = useState(PAGE_SIZE);
  /** A selection the panel made itself (or was told to ignore): it does not narrow the list. */
  const [ignored, setIgnored] = useState<string | null>(null);
  const [prevSelection, setPrevSelection] = useState(selection);
  if (prevSelection !== selection) {
    setPrevSelection(selection);
    if (ignored !== null && !(selection.length === 1 && selection[0] === ignored)) {
      setIgnored(null);
    }
  }

  const index = useMemo(
    () => buildTargetIndex(elements && flows ? { elements, flows } : NO_ELEMENTS),
    [elements, flows],
  );
  const subjects = useMemo(
    () => buildSubjectIndex(elements && flows ? { elements, flows } : NO_ELEMENTS),
    [elements, flows],
  );

  const only = selection.length === 1 ? selection[0]! : null;
  const focusId = only !== null && only !== ignored && index.has(only) ? only : null;

  const scoped = useMemo(() => inFocus(evaluation.findings, focusId), [evaluation, focusId]);
  const scopedQuestions = useMemo(
    () => questionsInFocus(evaluation.questions, focusId),
    [evaluation, focusId],
  );
  const counts = useMemo(
    () => countFindings(scoped, scopedQuestions.length),
    [scoped, scopedQuestions],
  );

  const sectionRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const bodyId = useId();

  const onActivate = useCallback(
    (finding: Finding) => {
      const ids = selectionFor(finding, index);
      setIgnored(ids.length === 1 ? ids[0]! : null);
      editorStore.getState().select(ids);
      const nodes = revealNodeIds(finding, index);
      const options = { duration: 300, padding: 0.5, maxZoom: 1.2 };
      void (nodes.length > 0
        ? reactFlow.fitView({ ...options, nodes: nodes.map((id) => ({ id })) })
        : reactFlow.fitView({ duration: 300, padding: 0.15 }));
    },
    [index, reactFlow],
  );

  const onReveal = useCallback(
    (subjectId: string) => {
      setIgnored(subjectId);
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

  const onToggle = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const updateFilter = useCallback((next: FindingsFilter) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  }, []);

  const findingById = useMemo(() => {
    const byId = new Map(evaluation.findings.map((f) => [f.id, f]));
    return (id: string) => byId.get(id);
  }, [evaluation]);

  // A heat-map cell or a status chosen in another view shows the findings list.
  const triageFilter = useTriageView((s) => `${s.status}|${s.riskCell ? "cell" : ""}`);
  const [seenFilter, setSeenFilter] = useState(triageFilter);
  if (seenFilter !== triageFilter) {
    setSeenFilter(triageFilter);
    if (triageFilter !== "|") setView("findings");
  }

  /** Keys pressed in the panel stay in the panel: Delete must not delete the selected node. */
  const keepKeys = (event: KeyboardEvent<HTMLElement>) => {
    if (handleTriageKey(event, sectionRef.current, findingById)) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, select, textarea")) return;
    if (event.key === "Delete" || event.key === "Backspace") event.preventDefault();
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const row = target.closest<HTMLElement>("[data-finding-row]");
      if (!row) return;
      event.preventDefault();
      const rows = [
        ...(sectionRef.current?.querySelectorAll<HTMLElement>("[data-finding-row]") ?? []),
      ];
      const at = rows.indexOf(row);
      rows[event.key === "ArrowDown" ? at + 1 : at - 1]?.focus();
    }
  };

  return (
    <section
      ref={sectionRef}
      className="tc-findings"
      data-open={open}
      aria-labelledby={headingId}
      style={open ? { height } : undefined}
      onKeyDown={keepKeys}
    >
      {open && <ResizeHandle height={height} setHeight={setHeight} panel={sectionRef} />}
      <header className="tc-findings-bar">
        <h2 id={headingId} className="tc-findings-heading">
          Threats
        </h2>
        {engine.ready && open && <PanelTabs panelId={bodyId} />}
        {engine.ready && open && triageView !== "threats" ? null : engine.ready ? (
          <PanelCounts
            counts={counts}
            filter={filter}
            onFilter={(next) => {
              updateFilter(next);
              setView("findings");
            }}
            interactive={open}
            view={view}
            onView={setView}
            scope={focusId === null ? "the whole model" : targetLabel([focusId], index)}
          />
        ) : (
          <span role={engine.error ? "alert" : "status"}>
            {engine.error ?? "Loading the threat engine…"}
          </span>
        )}
        <span className="tc-findings-spacer" />
        {open && triageView === "threats" && (
          <>
            <AddThreatButton />
            <KeyHintsToggle />
          </>
        )}
        <button
          type="button"
          className="tc-findings-collapse"
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? "Hide threats" : "Show threats"}
        </button>
      </header>
      {open && <OfferBanner />}
      <UserNameDialog />
      {open && triageView !== "threats" && (
        <div className="tc-findings-body tc-findings-other" id={bodyId} role="tabpanel">
          <OtherView view={triageView} />
        </div>
      )}
      {open && triageView === "threats" && view === "questions" && (
        <div className="tc-findings-body" id={bodyId}>
          {focusId !== null && (
            <div className="tc-findings-status">
              <span className="tc-focus-chip">
                <span>
                  Questions about <strong>{targetLabel([focusId], index)}</strong>
                </span>
                <span aria-hidden="true">·</span>
                <button
                  type="button"
                  className="tc-focus-clear"
                  onClick={() => setIgnored(focusId)}
                >
                  Show all
                </button>
              </span>
            </div>
          )}
          <div className="tc-findings-scroll">
            <Suspense fallback={<p className="tc-findings-empty">Loading the questions…</p>}>
              <QuestionsList
                questions={scopedQuestions}
                index={index}
                subjects={subjects}
                onReveal={onReveal}
              />
            </Suspense>
          </div>
        </div>
      )}
      {open && triageView === "threats" && view === "findings" && (
        <FindingsBody
          id={bodyId}
          findings={scoped}
          allFindings={evaluation.findings}
          index={index}
          filter={filter}
          onFilter={updateFilter}
          groupMode={groupMode}
          onGroupMode={setGroupMode}
          expanded={expanded}
          onToggle={onToggle}
          onActivate={onActivate}
          focusId={focusId}
          onShowAll={() => setIgnored(focusId)}
          limit={limit}
          onShowMore={() => setLimit((l) => l + PAGE_SIZE)}
        />
      )}
    </section>
  );
}
