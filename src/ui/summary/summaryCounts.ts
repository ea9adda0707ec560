import type { Finding, Severity } from "../../engine/types";
import { ALL_CATEGORIES, categoryKeysOf } from "../findings/categories";
import { countFindings, SEVERITIES_DESC, type FindingCounts } from "../findings/counts";

export interface CategoryCount {
  key: string;
  label: string;
  count: number;
}

export interface SummaryCounts extends FindingCounts {
  /** Findings (not questions) per framework category that has any, in catalogue order. */
  byCategory: CategoryCount[];
  /** Elements and flows with at least one finding. */
  targets: number;
}

/** Counts the Summary tab shows for a set of findings (the whole model's, or the selection's). */
export function summaryCounts(findings: readonly Finding[]): SummaryCounts {
  const base = countFindings(findings);
  const perCategory = new Map<string, number>();
  const targets = new Set<string>();
  for (const f of findings) {
    if (f.kind === "question") continue;
    for (const key of categoryKeysOf(f)) perCategory.set(key, (perCategory.get(key) ?? 0) + 1);
    for (const id of f.targetIds) targets.add(id);
  }
  const byCategory = ALL_CATEGORIES.filter((c) => perCategory.has(c.key)).map((c) => ({
    key: c.key,
    label: c.label,
    count: perCategory.get(c.key)!,
  }));
  return { ...base, byCategory, targets: targets.size };
}

export const SUMMARY_SEVERITIES: readonly Severity[] = SEVERITIES_DESC;
