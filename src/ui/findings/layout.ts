import type { FindingGroup } from "./grouping";

export interface PagedGroup extends FindingGroup {
  /** How many findings the whole group has (it may be cut short by the page). */
  total: number;
}

/**
 * The first `limit` rows of a grouped list (groups cut where the limit falls), and how many rows
 * are left for "Show more". Keeps the DOM small for a model with thousands of findings.
 */
export function pageOf(
  groups: readonly FindingGroup[],
  limit: number,
): { groups: PagedGroup[]; remaining: number } {
  const out: PagedGroup[] = [];
  let left = Math.max(0, limit);
  let remaining = 0;
  for (const group of groups) {
    const total = group.findings.length;
    if (left === 0) {
      remaining += total;
      continue;
    }
    const take = Math.min(left, total);
    out.push({
      ...group,
      findings: take === total ? group.findings : group.findings.slice(0, take),
      total,
    });
    left -= take;
    remaining += total - take;
  }
  return { groups: out, remaining };
}
