import { useId, useState } from "react";
import type { Severity } from "../../engine/types";
import {
  AI_HARM_CATEGORIES,
  LINDDUN_CATEGORIES,
  STRIDE_CATEGORIES,
  type CategoryInfo,
} from "./categories";
import { SEVERITIES_DESC } from "./counts";
import {
  activeFilterCount,
  withFramework,
  type elementOptions,
  type FindingsFilter,
} from "./filters";
import { GROUP_MODE_LABELS, type GroupMode } from "./grouping";
import { SEVERITY_LABELS } from "./severity";
import { nameOf, type TargetIndex } from "./targets";
import { StatusFilterSelect } from "../triage/listFilters";
import { useTriageView } from "../triage/triageView";

/** How the list is grouped: by element or by category. */
export function GroupBy({
  value,
  onChange,
}: {
  value: GroupMode;
  onChange(mode: GroupMode): void;
}) {
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

/**
 * The list's filters on one line: search, and a Filters menu (framework, category, severity,
 * triage status, element, grouping) whose button says how many are on. The menu opens in the
 * flow of the panel, so the list moves down rather than being covered.
 */
export function FilterBar({
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
  const [menuOpen, setMenuOpen] = useState(false);
  const statusFiltering = useTriageView((s) => s.status !== "");
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
  const active = activeFilterCount(filter) + (statusFiltering ? 1 : 0);
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
        <div
          className="tc-filter-menu"
          id={`${uid}-menu`}
          role="group"
          aria-label="Filters"
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            e.preventDefault();
            setMenuOpen(false);
            document.querySelector<HTMLElement>(`[aria-controls="${uid}-menu"]`)?.focus();
          }}
        >
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
          <StatusFilterSelect />
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
