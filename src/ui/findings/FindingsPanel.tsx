import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from "react";
import { useReactFlow } from "@xyflow/react";
import type { Finding, Question, Severity } from "../../engine/types";
import { editorStore, useEditor } from "../../store/editorStore";
import { buildSubjectIndex } from "../questions/answers";
import { QuestionsList } from "../questions/QuestionsList";
import {
  AI_HARM_CATEGORIES,
  ALL_CATEGORIES,
  LINDDUN_CATEGORIES,
  STRIDE_CATEGORIES,
  type CategoryInfo,
} from "./categories";
import { countFindings, plural, SEVERITIES_DESC, type FindingCounts } from "./counts";
import {
  elementOptions,
  filterFindings,
  inFocus,
  isFiltering,
  NO_FILTER,
  searchText,
  withFramework,
  type FindingsFilter,
} from "./filters";
import { FindingItem } from "./FindingItem";
import { GROUP_MODE_LABELS, groupFindings, type GroupMode } from "./grouping";
import { clampHeight, PANEL_HEIGHTS, pageOf } from "./layout";
import { SEVERITY_LABELS } from "./severity";
import {
  buildTargetIndex,
  nameOf,
  revealNodeIds,
  selectionFor,
  targetLabel,
  type TargetIndex,
} from "./targets";
import { useEngineStatus } from "./evaluation";
import { useEvaluation } from "./useFindings";
import "./findings.css";

const PAGE_SIZE = 200;
const NO_ELEMENTS = { elements: [], flows: [] };

/**
 * The "Threats" panel under the canvas: the findings of the live evaluation, with counts,
 * grouping, filters and search, and beside them the questionnaire (what is still unknown), each
 * list with its own count. It subscribes to the evaluation (which changes only when elements or
 * flows do) and to the selection; drag frames never re-render it.
 */
type PanelView = "findings" | "questions";

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
  const evaluation = useEvaluation();
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

  /** Keys pressed in the panel stay in the panel: Delete must not delete the selected node. */
  const keepKeys = (event: KeyboardEvent<HTMLElement>) => {
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
        {engine.ready ? (
          <Counts
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
      {open && view === "questions" && (
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
            <QuestionsList
              questions={scopedQuestions}
              index={index}
              subjects={subjects}
              onReveal={onReveal}
            />
          </div>
        </div>
      )}
      {open && view === "findings" && (
        <FindingsBody
          id={bodyId}
          findings={scoped}
          allFindings={evaluation.findings}
          index={index}
          subjects={subjects}
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

function Counts({
  counts,
  filter,
  onFilter,
  interactive,
  view,
  onView,
  scope,
}: {
  counts: FindingCounts;
  filter: FindingsFilter;
  onFilter(next: FindingsFilter): void;
  interactive: boolean;
  view: PanelView;
  onView(view: PanelView): void;
  /** What the counts count: "the whole model", or the selected item's name. */
  scope: string;
}) {
  const toggleSeverity = (severity: Severity) =>
    onFilter({ ...filter, severity: filter.severity === severity ? "" : severity });
  const findingsLabel = plural(counts.findings, "finding", "findings");
  const questionsLabel = plural(counts.questions, "open question", "open questions");
  return (
    <div className="tc-findings-counts">
      <div className="tc-view-tabs" role="tablist" aria-label={`Threats of ${scope}`}>
        <button
          type="button"
          role="tab"
          className="tc-view-tab"
          aria-selected={view === "findings"}
          disabled={!interactive}
          onClick={() => onView("findings")}
        >
          <span className="tc-count-total">{findingsLabel}</span>
        </button>
        <button
          type="button"
          role="tab"
          className="tc-view-tab tc-count-questions"
          aria-selected={view === "questions"}
          disabled={!interactive}
          onClick={() => onView("questions")}
        >
          {questionsLabel}
        </button>
      </div>
      <span className="tc-count-scope">in {scope}</span>
      {SEVERITIES_DESC.filter((s) => counts.bySeverity[s] > 0).map((s) => {
        const text = `${counts.bySeverity[s]} ${SEVERITY_LABELS[s].toLowerCase()}`;
        return (
          <span key={s} className="tc-count-item">
            <span className="tc-count-sep" aria-hidden="true">
              ·
            </span>
            {interactive ? (
              <button
                type="button"
                className={`tc-count-chip tc-sev-${s}`}
                aria-pressed={view === "findings" && filter.severity === s}
                title={`Show only ${SEVERITY_LABELS[s].toLowerCase()} findings`}
                onClick={() => toggleSeverity(s)}
              >
                {text}
              </button>
            ) : (
              <span className={`tc-count-chip tc-sev-${s}`}>{text}</span>
            )}
          </span>
        );
      })}
    </div>
  );
}

function GroupBy({ value, onChange }: { value: GroupMode; onChange(mode: GroupMode): void }) {
  const name = useId();
  return (
    <div className="tc-segmented" role="radiogroup" aria-label="Group by">
      <span className="tc-segmented-label" aria-hidden="true">
        Group by
      </span>
      {(Object.keys(GROUP_MODE_LABELS) as GroupMode[]).map((mode) => (
        <label key={mode} className="tc-segment" data-checked={value === mode}>
          <input
            type="radio"
            name={name}
            value={mode}
            checked={value === mode}
            onChange={() => onChange(mode)}
          />
          {GROUP_MODE_LABELS[mode]}
        </label>
      ))}
    </div>
  );
}

type PanelRef = RefObject<HTMLElement | null>;

function availableHeight(panel: PanelRef): number {
  return panel.current?.parentElement?.clientHeight ?? window.innerHeight;
}

/** A window splitter above the panel: drag it, or focus it and use the arrow keys. */
function ResizeHandle({
  height,
  setHeight,
  panel,
}: {
  height: number;
  setHeight(height: number): void;
  panel: PanelRef;
}) {
  const drag = useRef<{ startY: number; startHeight: number; current: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: height, current: height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current;
    if (!state) return;
    state.current = clampHeight(
      state.startHeight + state.startY - event.clientY,
      availableHeight(panel),
    );
    // Move the panel's edge directly; React renders once, on release.
    if (panel.current) panel.current.style.height = `${state.current}px`;
  };
  const onPointerUp = () => {
    const state = drag.current;
    drag.current = null;
    if (state) setHeight(state.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 80 : 24;
    let next: number | null = null;
    if (event.key === "ArrowUp") next = height + step;
    else if (event.key === "ArrowDown") next = height - step;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = Number.MAX_SAFE_INTEGER;
    if (next === null) return;
    event.preventDefault();
    setHeight(clampHeight(next, availableHeight(panel)));
  };
  return (
    <div
      className="tc-findings-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize threats panel"
      aria-valuenow={Math.round(height)}
      aria-valuemin={PANEL_HEIGHTS.min}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}

interface BodyProps {
  id: string;
  /** Findings in scope (the focused element's, or all). */
  findings: readonly Finding[];
  allFindings: readonly Finding[];
  index: TargetIndex;
  subjects: ReturnType<typeof buildSubjectIndex>;
  filter: FindingsFilter;
  onFilter(next: FindingsFilter): void;
  groupMode: GroupMode;
  onGroupMode(mode: GroupMode): void;
  expanded: ReadonlySet<string>;
  onToggle(id: string): void;
  onActivate(finding: Finding): void;
  focusId: string | null;
  onShowAll(): void;
  limit: number;
  onShowMore(): void;
}

function FindingsBody({
  id,
  findings,
  allFindings,
  index,
  subjects,
  filter,
  onFilter,
  groupMode,
  onGroupMode,
  expanded,
  onToggle,
  onActivate,
  focusId,
  onShowAll,
  limit,
  onShowMore,
}: BodyProps) {
  const search = useDeferredValue(filter.search);
  const textOf = useMemo(() => {
    const cache = new Map<Finding, string>();
    return (finding: Finding) => {
      let text = cache.get(finding);
      if (text === undefined) cache.set(finding, (text = searchText(finding, index)));
      return text;
    };
  }, [index]);

  const shown = useMemo(
    () => filterFindings(findings, { ...filter, search }, textOf),
    [findings, filter, search, textOf],
  );
  const categoryKeys = useMemo(() => {
    const keys =
      filter.category !== ""
        ? [filter.category]
        : filter.framework === "all"
          ? ALL_CATEGORIES.map((c) => c.key)
          : ALL_CATEGORIES.filter((c) => c.framework === filter.framework).map((c) => c.key);
    return new Set(keys);
  }, [filter.category, filter.framework]);
  const groups = useMemo(
    () => groupFindings(shown, groupMode, index, categoryKeys),
    [shown, groupMode, index, categoryKeys],
  );
  const page = useMemo(() => pageOf(groups, limit), [groups, limit]);
  const options = useMemo(() => elementOptions(allFindings, index), [allFindings, index]);
  const filtering = isFiltering(filter);

  // A new view of the list starts at its top (not where the previous view was scrolled to).
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [focusId, filter, groupMode]);

  return (
    <div className="tc-findings-body" id={id}>
      <FilterBar filter={filter} onFilter={onFilter} options={options} index={index} />
      <div className="tc-findings-status">
        <span className="tc-shown" role="status">
          {shown.length} of {findings.length} shown
        </span>
        <button
          type="button"
          className="tc-findings-clear"
          onClick={() => onFilter(NO_FILTER)}
          disabled={!filtering}
        >
          Clear filters
        </button>
        {focusId !== null && (
          <span className="tc-focus-chip">
            <span>
              Showing threats for <strong>{targetLabel([focusId], index)}</strong>
            </span>
            <span aria-hidden="true">·</span>
            <button type="button" className="tc-focus-clear" onClick={onShowAll}>
              Show all
            </button>
          </span>
        )}
        <span className="tc-findings-spacer" />
        <GroupBy value={groupMode} onChange={onGroupMode} />
      </div>
      <div className="tc-findings-scroll" ref={scrollRef}>
        {findings.length === 0 ? (
          <p className="tc-findings-empty">
            {focusId !== null
              ? `No threats for ${nameOf(index, focusId)} yet.`
              : "No threats yet. Add elements and connect them with data flows: findings appear here as you draw."}
          </p>
        ) : shown.length === 0 ? (
          <p className="tc-findings-empty">
            No threats match these filters.{" "}
            <button type="button" className="tc-link-button" onClick={() => onFilter(NO_FILTER)}>
              Clear filters
            </button>
          </p>
        ) : (
          page.groups.map((group) => (
            <section key={group.key} className="tc-fgroup" aria-label={group.label}>
              <h3 className="tc-fgroup-title">
                <span className="tc-fgroup-name">{group.label}</span>
                <span className="tc-fgroup-count">{group.total}</span>
              </h3>
              <ul className="tc-fgroup-list">
                {group.findings.map((f) => (
                  <FindingItem
                    key={f.id}
                    finding={f}
                    index={index}
                    expanded={expanded.has(f.id)}
                    onToggle={onToggle}
                    onActivate={onActivate}
                  />
                ))}
              </ul>
            </section>
          ))
        )}
        {page.remaining > 0 && (
          <button type="button" className="tc-show-more" onClick={onShowMore}>
            Show more ({page.remaining} not shown yet)
          </button>
        )}
      </div>
    </div>
  );
}

function FilterBar({
  filter,
  onFilter,
  options,
  index,
}: {
  filter: FindingsFilter;
  onFilter(next: FindingsFilter): void;
  options: ReturnType<typeof elementOptions>;
  index: TargetIndex;
}) {
  const uid = useId();
  const categoryGroups: Array<[string, readonly CategoryInfo[]]> = [];
  if (filter.framework === "all" || filter.framework === "stride") {
    categoryGroups.push(["STRIDE", STRIDE_CATEGORIES]);
  }
  if (filter.framework === "all" || filter.framework === "linddun") {
    categoryGroups.push(["LINDDUN", LINDDUN_CATEGORIES]);
  }
  if (filter.framework === "all" || filter.framework === "ai") {
    categoryGroups.push(["AI harms", AI_HARM_CATEGORIES]);
  }
  const elementMissing = filter.element !== "" && !options.some((o) => o.id === filter.element);
  return (
    <div className="tc-findings-filters">
      <div className="tc-ffield">
        <label htmlFor={`${uid}-framework`}>Framework</label>
        <select
          id={`${uid}-framework`}
          value={filter.framework}
          onChange={(e) =>
            onFilter(withFramework(filter, e.target.value as FindingsFilter["framework"]))
          }
        >
          <option value="all">All</option>
          <option value="stride">STRIDE</option>
          <option value="linddun">LINDDUN</option>
          <option value="ai">AI harms</option>
        </select>
      </div>
      <div className="tc-ffield">
        <label htmlFor={`${uid}-category`}>Category</label>
        <select
          id={`${uid}-category`}
          value={filter.category}
          onChange={(e) => onFilter({ ...filter, category: e.target.value })}
        >
          <option value="">All</option>
          {categoryGroups.map(([label, list]) => (
            <optgroup key={label} label={label}>
              {list.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.code} · {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="tc-ffield">
        <label htmlFor={`${uid}-severity`}>Severity</label>
        <select
          id={`${uid}-severity`}
          value={filter.severity}
          onChange={(e) => onFilter({ ...filter, severity: e.target.value as "" | Severity })}
        >
          <option value="">All</option>
          {SEVERITIES_DESC.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="tc-ffield tc-ffield-element">
        <label htmlFor={`${uid}-element`}>Element</label>
        <select
          id={`${uid}-element`}
          value={filter.element}
          onChange={(e) => onFilter({ ...filter, element: e.target.value })}
        >
          <option value="">All</option>
          {elementMissing && (
            <option value={filter.element}>{nameOf(index, filter.element)} (0)</option>
          )}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label} ({o.count})
            </option>
          ))}
        </select>
      </div>
      <div className="tc-ffield tc-ffield-search">
        <label htmlFor={`${uid}-search`}>Search threats</label>
        <input
          id={`${uid}-search`}
          type="search"
          value={filter.search}
          placeholder="Title, element, rule, AML.T0020, LLM01…"
          onChange={(e) => onFilter({ ...filter, search: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === "Escape" && filter.search !== "") {
              e.preventDefault();
              onFilter({ ...filter, search: "" });
            }
          }}
        />
      </div>
    </div>
  );
}
