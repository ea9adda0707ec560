import { useCallback, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from "react";
import type { Finding } from "../../engine/types";
import { ALL_CATEGORIES } from "./categories";
import {
  elementOptions,
  filterFindings,
  isFiltering,
  NO_FILTER,
  searchText,
  type FindingsFilter,
} from "./filters";
import { FilterBar } from "./FilterBar";
import { FindingItem } from "./FindingItem";
import { groupFindings, type GroupMode } from "./grouping";
import { pageOf } from "./layout";
import { targetLabel, type TargetIndex } from "./targets";
import { AddThreatButton } from "../triage/AddThreatButton";
import { BulkBar, SelectAllShown } from "../triage/BulkBar";
import { KeyHintsToggle, useReveal } from "../triage/ListExtras";
import { CellFilterChip, clearTriageFilters, useTriageFilter } from "../triage/listFilters";
import { useStaleCount } from "../triage/staleHooks";
import { useTriageView } from "../triage/triageView";

export interface BodyProps {
  /** Findings in scope (the selection's, or all). */
  findings: readonly Finding[];
  allFindings: readonly Finding[];
  index: TargetIndex;
  filter: FindingsFilter;
  onFilter(next: FindingsFilter): void;
  groupMode: GroupMode;
  onGroupMode(mode: GroupMode): void;
  expanded: ReadonlySet<string>;
  onToggle(id: string): void;
  onActivate(finding: Finding): void;
  /** The selection listed (scope "Selection"), or null for the whole model. */
  focusIds: readonly string[] | null;
  /** What is selected while the whole model is listed (offered as "only its threats"). */
  selected: readonly string[];
  /** List the selection's threats. */
  onOnlySelection(): void;
  /** List the whole model's threats. */
  onShowAll(): void;
  limit: number;
  onShowMore(): void;
  /** Whole model or selection: the top of the tab. */
  scopeSwitch: ReactNode;
  /** What the tab counts. */
  counts: ReactNode;
}

/**
 * The Threats tab's body: scope and counts, the one-line filters, what narrows the list (said,
 * with a way out), the bulk bar while findings are ticked, and the grouped list. Everything but
 * the list is kept to a few short lines so that a projector's 720 px still shows several cards.
 */
export function FindingsBody({
  findings,
  allFindings,
  index,
  filter,
  onFilter,
  groupMode,
  onGroupMode,
  expanded,
  onToggle,
  onActivate,
  focusIds,
  selected,
  onOnlySelection,
  onShowAll,
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

  const filtered = useMemo(
    () => filterFindings(findings, { ...filter, search }, textOf),
    [findings, filter, search, textOf],
  );
  const { shown, active: triageFiltering } = useTriageFilter(filtered);
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
  const filtering = isFiltering(filter) || triageFiltering;
  const clearAll = useCallback(() => {
    onFilter(NO_FILTER);
    clearTriageFilters();
  }, [onFilter]);
  const stale = useStaleCount();

  // A new view of the list starts at its top (not where the previous view was scrolled to).
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [focusIds, filter, groupMode]);
  useReveal(scrollRef, shown, allFindings, filtering ? clearAll : null, onShowAll);

  return (
    <div className="tc-findings-body">
      <header className="tc-findings-bar">
        <div className="tc-findings-row">
          {scopeSwitch}
          <span className="tc-findings-spacer" />
          <AddThreatButton />
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
      <div className="tc-findings-status">
        <SelectAllShown shown={shown} />
        <span className="tc-shown" role="status">
          {shown.length} of {findings.length} shown
        </span>
        {filtering && (
          <button type="button" className="tc-findings-clear" onClick={clearAll}>
            Clear filters
          </button>
        )}
        <CellFilterChip />
        {selected.length > 0 && (
          <button type="button" className="tc-focus-clear" onClick={onOnlySelection}>
            Only {targetLabel(selected, index)}
          </button>
        )}
        {stale > 0 && (
          <button
            type="button"
            className="tc-link-button"
            onClick={() => useTriageView.getState().show("stale")}
          >
            {stale === 1 ? "1 decision no longer applies" : `${stale} decisions no longer apply`}
          </button>
        )}
        <span className="tc-findings-spacer" />
        <KeyHintsToggle />
      </div>
      <BulkBar all={allFindings} />
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
            <button type="button" className="tc-link-button" onClick={clearAll}>
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
