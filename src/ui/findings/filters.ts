import type { Finding, Question, Severity } from "../../engine/types";
import { categoryKeysOf, type Framework } from "./categories";
import { referenceLinks } from "./references";
import { concerns, MODEL_TARGET, nameOf, targetLabel, type TargetIndex } from "./targets";

export interface FindingsFilter {
  framework: "all" | Framework;
  /** A category key ("stride:T", "linddun:DD"), or "" for every category. */
  category: string;
  severity: "" | Severity;
  /** An element or flow id, or "" for all. */
  element: string;
  search: string;
}

export const NO_FILTER: FindingsFilter = Object.freeze({
  framework: "all",
  category: "",
  severity: "",
  element: "",
  search: "",
});

export function isFiltering(filter: FindingsFilter): boolean {
  return (
    filter.framework !== "all" ||
    filter.category !== "" ||
    filter.severity !== "" ||
    filter.element !== "" ||
    filter.search.trim() !== ""
  );
}

/** Changing the framework drops a category of the other framework. */
export function withFramework(
  filter: FindingsFilter,
  framework: FindingsFilter["framework"],
): FindingsFilter {
  const keep = framework === "all" || filter.category.startsWith(`${framework}:`);
  return { ...filter, framework, category: keep ? filter.category : "" };
}

/**
 * Lower-case text a search matches against: title, description, the names of the elements it
 * is about, rule id and the ids folded into it, and references (ids and names).
 */
export function searchText(finding: Finding, index: TargetIndex): string {
  const parts = [
    finding.title,
    finding.description,
    finding.ruleId,
    targetLabel(finding.targetIds, index),
  ];
  for (const id of finding.targetIds) parts.push(nameOf(index, id));
  for (const ref of referenceLinks(finding.references)) parts.push(ref.text);
  for (const folded of finding.folded) parts.push(folded.ruleId, folded.title);
  return parts.join("\n").toLowerCase();
}

/** Search words: every one must occur (in any order). */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesFilter(
  finding: Finding,
  filter: FindingsFilter,
  terms: readonly string[],
  text: () => string,
): boolean {
  if (filter.severity !== "" && finding.severity !== filter.severity) return false;
  if (filter.framework === "stride" && finding.categories.stride.length === 0) return false;
  if (filter.framework === "linddun" && finding.categories.linddun.length === 0) return false;
  if (filter.framework === "ai" && finding.categories.ai.length === 0) return false;
  if (filter.category !== "" && !categoryKeysOf(finding).includes(filter.category)) return false;
  if (filter.element !== "" && !concerns(finding, filter.element)) return false;
  if (terms.length > 0) {
    const haystack = text();
    if (!terms.every((t) => haystack.includes(t))) return false;
  }
  return true;
}

/**
 * Applies the filters. `textOf` gives (and may cache) a finding's search text, so that typing
 * in the search box does not rebuild every finding's text on every key.
 */
export function filterFindings(
  findings: readonly Finding[],
  filter: FindingsFilter,
  textOf: (finding: Finding) => string,
): Finding[] {
  if (!isFiltering(filter)) return findings.slice();
  const terms = searchTerms(filter.search);
  return findings.filter((f) => matchesFilter(f, filter, terms, () => textOf(f)));
}

/** Findings that concern any of `ids` (the canvas selection), or all when `ids` is null. */
export function inScope(
  findings: readonly Finding[],
  ids: readonly string[] | null,
): readonly Finding[] {
  if (ids === null) return findings;
  if (ids.length === 0) return [];
  return findings.filter((f) => ids.some((id) => concerns(f, id)));
}

/**
 * Questions about any of `ids`, or whose findings would concern one of them; all when `ids` is
 * null (the whole model).
 */
export function questionsInScope(
  questions: readonly Question[],
  ids: readonly string[] | null,
): readonly Question[] {
  if (ids === null) return questions;
  if (ids.length === 0) return [];
  return questions.filter(
    (q) =>
      ids.includes(q.subjectId) ||
      q.dependents.some((d) => d.targetIds.some((t) => ids.includes(t))),
  );
}

/** How many filters (search aside) narrow the list: shown on the Filters button. */
export function activeFilterCount(filter: FindingsFilter): number {
  return (
    (filter.framework !== "all" ? 1 : 0) +
    (filter.category !== "" ? 1 : 0) +
    (filter.severity !== "" ? 1 : 0) +
    (filter.element !== "" ? 1 : 0)
  );
}

export interface ElementOption {
  id: string;
  label: string;
  count: number;
}

/**
 * Options of the Element filter: every element or flow some finding concerns, with how many,
 * by name.
 */
export function elementOptions(findings: readonly Finding[], index: TargetIndex): ElementOption[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    // Target ids of one finding are distinct (a flow never connects an element to itself).
    for (const id of f.targetIds) {
      if (id === MODEL_TARGET && !index.has(id)) continue;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, count]) => {
      const info = index.get(id);
      const label = info?.kind === "flow" ? `Flow: ${targetLabel([id], index)}` : nameOf(index, id);
      return { id, label, count };
    })
    .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
}
