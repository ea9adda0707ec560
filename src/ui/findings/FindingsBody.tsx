import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from "react";
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
import { FilterBar, GroupBy } from "./FilterBar";
import { FindingItem } from "./FindingItem";
import { groupFindings, type GroupMode } from "./grouping";
import { pageOf } from "./layout";
import { nameOf, targetLabel, type TargetIndex } from "./targets";
import { BulkBar, SelectAllShown } from "../triage/BulkBar";
import { useReveal } from "../triage/ListExtras";
import {
  CellFilterChip,
  clearTriageFilters,
  StatusFilterSelect,
  useTriageFilter,
} from "../triage/listFilters";

export interface BodyProps {
  id: string;
  /** Findings in scope (the focused element's, or all). */
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
  focusId: string | null;
  onShowAll(): void;
  limit: number;
  onShowMore(): void;
}

export function FindingsBody({
  id,
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

  // A new view of the list starts at its top (not where the previous view was scrolled to).
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [focusId, filter, groupMode]);
  useReveal(scrollRef, shown, allFindings, filtering ? clearAll : null, onShowAll);

  return (
    <div className="tc-findings-body" id={id} role="tabpanel" aria-label="Threats list">
      <BulkBar all={allFindings} />
      {/* The controls scroll away with the list, so a short panel (a projector at 720 px)
          still shows a screenful of findings. */}
      <div className="tc-findings-scroll" ref={scrollRef}>
        <div className="tc-findings-controls">
          <div className="tc-findings-countbar">
            <span className="tc-findings-spacer" />
            <StatusFilterSelect />
          </div>
          <FilterBar filter={filter} onFilter={onFilter} options={options} index={index} />
          <div className="tc-findings-status">
            <SelectAllShown shown={shown} />
            <span className="tc-shown" role="status">
              {shown.length} of {findings.length} shown
            </span>
            <button
              type="button"
              className="tc-findings-clear"
              onClick={clearAll}
              disabled={!filtering}
            >
              Clear filters
            </button>
            <CellFilterChip />
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
        </div>
        {findings.length === 0 ? (
          <p className="tc-findings-empty">
            {focusId !== null
              ? `No threats for ${nameOf(index, focusId)} yet.`
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
