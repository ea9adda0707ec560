import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { useReactFlow } from "@xyflow/react";
import type { Finding, Severity } from "../../engine/types";
import { editorStore, useEditor } from "../../store/editorStore";
import { buildSubjectIndex } from "./answers";
import {
  ALL_CATEGORIES,
  LINDDUN_CATEGORIES,
  STRIDE_CATEGORIES,
  type CategoryInfo,
} from "./categories";
import { setPrefs, usePrefs } from "../shell/prefsStore";
import type { ThreatScope } from "../shell/layoutPrefs";
import { countFindings, plural, SEVERITIES_DESC, type FindingCounts } from "./counts";
import {
  activeFilterCount,
  elementOptions,
  filterFindings,
  inScope,
  isFiltering,
  NO_FILTER,
  searchText,
  withFramework,
  type FindingsFilter,
} from "./filters";
import { FindingItem } from "./FindingItem";
import { GROUP_MODE_LABELS, groupFindings, type GroupMode } from "./grouping";
import { pageOf } from "./layout";
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
 * The "Threats" tab of the side panel: every finding and open question of the live evaluation,
 * for the whole model or for the selection (the user chooses, and the counts say which), with
 * grouping, search and a filter menu. It subscribes to the evaluation (which changes only when
 * elements or flows do) and to the selection; drag frames never re-render it.
 */
export function FindingsPanel() {
  const evaluation = useEvaluation();
  const engine = useEngineStatus();
  const elements = useEditor((s) => s.doc?.elements);
  const flows = useEditor((s) => s.doc?.flows);
  const selection = useEditor((s) => s.selection);
  const scope = usePrefs((s) => s.threatScope);
  const reactFlow = useReactFlow();

  const [filter, setFilter] = useState<FindingsFilter>(NO_FILTER);
  const [groupMode, setGroupMode] = useState<GroupMode>("element");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [limit, setLimit] = useState(PAGE_SIZE);
  /** A selection the panel made itself (by opening a finding): it does not change the list. */
  const [ignored, setIgnored] = useState<readonly string[] | null>(null);
  const [listedSelection, setListedSelection] = useState<readonly string[]>(selection);
  const [prevSelection, setPrevSelection] = useState(selection);
  if (prevSelection !== selection) {
    setPrevSelection(selection);
    const own = ignored !== null && sameIds(ignored, selection);
    if (!own) {
      setIgnored(null);
      setListedSelection(selection);
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

  const focusIds = useMemo(
    () => (scope === "selection" ? listedSelection.filter((id) => index.has(id)) : null),
    [scope, listedSelection, index],
  );
  const scoped = useMemo(() => inScope(evaluation.findings, focusIds), [evaluation, focusIds]);
  const counts = useMemo(() => countFindings(scoped), [scoped]);

  const sectionRef = useRef<HTMLElement>(null);
  const headingId = useId();

  const onActivate = useCallback(
    (finding: Finding) => {
      const ids = selectionFor(finding, index);
      setIgnored(ids);
      editorStore.getState().select(ids);
      const nodes = revealNodeIds(finding, index);
      const options = { duration: 300, padding: 0.5, maxZoom: 1.2 };
      void (nodes.length > 0
        ? reactFlow.fitView({ ...options, nodes: nodes.map((id) => ({ id })) })
        : reactFlow.fitView({ duration: 300, padding: 0.08 }));
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

  const setScope = useCallback((next: ThreatScope) => {
    setListedSelection(editorStore.getState().selection);
    setIgnored(null);
    setPrefs({ threatScope: next });
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
      aria-labelledby={headingId}
      onKeyDown={keepKeys}
    >
      <h2 id={headingId} className="tc-visually-hidden">
        Threats
      </h2>
      <FindingsBody
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
        focusIds={focusIds}
        selected={scope === "model" ? selection.filter((id) => index.has(id)) : []}
        onScope={setScope}
        limit={limit}
        onShowMore={() => setLimit((l) => l + PAGE_SIZE)}
        scopeSwitch={
          <ScopeSwitch
            scope={scope}
            onScope={setScope}
            selectionLabel={
              focusIds !== null && focusIds.length > 0 ? targetLabel(focusIds, index) : null
            }
          />
        }
        counts={
          engine.ready ? (
            <Counts
              counts={counts}
              filter={filter}
              onFilter={updateFilter}
              scopeLabel={
                focusIds === null
                  ? "Whole model"
                  : focusIds.length === 0
                    ? "Nothing selected"
                    : targetLabel(focusIds, index)
              }
            />
          ) : (
            <span role={engine.error ? "alert" : "status"}>
              {engine.error ?? "Loading the threat engine…"}
            </span>
          )
        }
      />
    </section>
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Whole model or the selection: said, and chosen by the user, never switched behind their back. */
function ScopeSwitch({
  scope,
  onScope,
  selectionLabel,
}: {
  scope: ThreatScope;
  onScope(scope: ThreatScope): void;
  selectionLabel: string | null;
}) {
  const name = useId();
  const options: Array<[ThreatScope, string]> = [
    ["model", "Whole model"],
    ["selection", "Selection"],
  ];
  return (
    <div className="tc-segmented tc-scope" role="radiogroup" aria-label="Threats of">
      {options.map(([value, label]) => (
        <label key={value} className="tc-segment" data-checked={scope === value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={scope === value}
            onChange={() => onScope(value)}
          />
          {label}
        </label>
      ))}
      {scope === "selection" && selectionLabel === null && (
        <span className="tc-scope-hint">Select an element or flow on the canvas</span>
      )}
    </div>
  );
}

function Counts({
  counts,
  filter,
  onFilter,
  scopeLabel,
}: {
  counts: FindingCounts;
  filter: FindingsFilter;
  onFilter(next: FindingsFilter): void;
  /** What is counted: "Whole model", or the selected element(s). */
  scopeLabel: string;
}) {
  const interactive = true;
  const toggleSeverity = (severity: Severity) =>
    onFilter({
      ...filter,
      severity: filter.severity === severity ? "" : severity,
      kind: filter.severity === severity ? "all" : "finding",
    });
  const questionsOnly = filter.kind === "question";
  return (
    <p className="tc-findings-counts">
      <span className="tc-count-scope">{scopeLabel}:</span>
      <span className="tc-count-total">{plural(counts.findings, "finding", "findings")}</span>
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
                aria-pressed={filter.severity === s}
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
      <span className="tc-count-item">
        <span className="tc-count-sep" aria-hidden="true">
          ·
        </span>
        {interactive ? (
          <button
            type="button"
            className="tc-count-chip tc-count-questions"
            aria-pressed={questionsOnly}
            title="Show only open questions"
            onClick={() =>
              onFilter({ ...filter, kind: questionsOnly ? "all" : "question", severity: "" })
            }
          >
            {plural(counts.questions, "question", "questions")}
          </button>
        ) : (
          <span className="tc-count-chip tc-count-questions">
            {plural(counts.questions, "question", "questions")}
          </span>
        )}
      </span>
    </p>
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

interface BodyProps {
  /** Findings in scope (the selection's, or all). */
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
  /** The selection listed (scope "Selection"), or null for the whole model. */
  focusIds: readonly string[] | null;
  /** What is selected while the whole model is listed (offered as "show its threats"). */
  selected: readonly string[];
  onScope(scope: ThreatScope): void;
  limit: number;
  onShowMore(): void;
  /** Whole model or selection, and what it counts: the top of the tab. */
  scopeSwitch: ReactNode;
  counts: ReactNode;
}

function FindingsBody({
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
  focusIds,
  selected,
  onScope,
  limit,
  onShowMore,
  scopeSwitch,
  counts,
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
          : (filter.framework === "stride" ? STRIDE_CATEGORIES : LINDDUN_CATEGORIES).map(
              (c) => c.key,
            );
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
  }, [focusIds, filter, groupMode]);

  return (
    <div className="tc-findings-body">
      <header className="tc-findings-bar">
        <div className="tc-findings-row">
          {scopeSwitch}
          <span className="tc-shown" role="status">
            {shown.length} of {findings.length} shown
          </span>
        </div>
        {counts}
      </header>
      <FilterBar
        filter={filter}
        onFilter={onFilter}
        options={options}
        index={index}
        groupMode={groupMode}
        onGroupMode={onGroupMode}
      />
      {(filtering || selected.length > 0) && (
        <div className="tc-findings-status">
          {filtering && (
            <button type="button" className="tc-findings-clear" onClick={() => onFilter(NO_FILTER)}>
              Clear filters
            </button>
          )}
          {selected.length > 0 && (
            <button type="button" className="tc-focus-clear" onClick={() => onScope("selection")}>
              Only {targetLabel(selected, index)}
            </button>
          )}
        </div>
      )}
      <div className="tc-findings-scroll" ref={scrollRef}>
        {findings.length === 0 ? (
          <p className="tc-findings-empty">
            {focusIds !== null && focusIds.length > 0
              ? `No threats for ${targetLabel(focusIds, index)} yet.`
              : focusIds !== null
                ? "Nothing is selected. Select an element or flow on the canvas to list its threats, or list the whole model."
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
                    subjects={subjects}
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
  groupMode,
  onGroupMode,
}: {
  filter: FindingsFilter;
  onFilter(next: FindingsFilter): void;
  options: ReturnType<typeof elementOptions>;
  index: TargetIndex;
  groupMode: GroupMode;
  onGroupMode(mode: GroupMode): void;
}) {
  const uid = useId();
  const categoryGroups: Array<[string, readonly CategoryInfo[]]> = [];
  if (filter.framework !== "linddun") categoryGroups.push(["STRIDE", STRIDE_CATEGORIES]);
  if (filter.framework !== "stride") categoryGroups.push(["LINDDUN", LINDDUN_CATEGORIES]);
  const elementMissing = filter.element !== "" && !options.some((o) => o.id === filter.element);
  const [menuOpen, setMenuOpen] = useState(false);
  const active = activeFilterCount(filter);
  return (
    <div className="tc-findings-filters">
      <div className="tc-filter-line">
        <label htmlFor={`${uid}-search`} className="tc-visually-hidden">
          Search threats
        </label>
        <input
          id={`${uid}-search`}
          className="tc-filter-search"
          type="search"
          value={filter.search}
          placeholder="Search: title, element, AML.T0020, LLM01…"
          onChange={(e) => onFilter({ ...filter, search: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === "Escape" && filter.search !== "") {
              e.preventDefault();
              onFilter({ ...filter, search: "" });
            }
          }}
        />
        <button
          type="button"
          className="tc-filter-toggle"
          aria-expanded={menuOpen}
          aria-controls={`${uid}-menu`}
          onClick={() => setMenuOpen((o) => !o)}
        >
          Filters{active > 0 ? ` (${active})` : ""}
          <span aria-hidden="true">{menuOpen ? " ▴" : " ▾"}</span>
        </button>
      </div>
      {menuOpen && (
        <div className="tc-filter-menu" id={`${uid}-menu`} role="group" aria-label="Filters">
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
          <div className="tc-ffield">
            <label htmlFor={`${uid}-kind`}>Kind</label>
            <select
              id={`${uid}-kind`}
              value={filter.kind}
              onChange={(e) =>
                onFilter({ ...filter, kind: e.target.value as FindingsFilter["kind"] })
              }
            >
              <option value="all">All</option>
              <option value="finding">Findings</option>
              <option value="question">Questions</option>
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
          <GroupBy value={groupMode} onChange={onGroupMode} />
        </div>
      )}
    </div>
  );
}
