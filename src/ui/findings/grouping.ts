import type { Finding } from "../../engine/types";
import { ALL_CATEGORIES, categoryByKey, categoryKeysOf } from "./categories";
import { SEVERITY_RANK } from "./severity";
import { MODEL_LABEL, primaryTargetId, targetLabel, type TargetIndex } from "./targets";

export type GroupMode = "element" | "category";

export const GROUP_MODE_LABELS: Readonly<Record<GroupMode, string>> = {
  element: "Element",
  category: "Category",
};

export interface FindingGroup {
  key: string;
  label: string;
  findings: Finding[];
}

/** Most severe first; higher score; then by title. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    b.score - a.score ||
    compareText(a.title, b.title) ||
    compareText(a.id, b.id)
  );
}

/** Plain code-unit order: stable and fast (localeCompare is ~10x slower on 10,000s of items). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const UNCATEGORISED = "none";

/**
 * Groups findings by the element / flow they are about (document order, whole-model findings
 * first) or by framework category (catalog order; a finding with two categories is listed under
 * both). `categoryKeys` limits the category groups (the framework / category filters).
 */
export function groupFindings(
  findings: readonly Finding[],
  mode: GroupMode,
  index: TargetIndex,
  categoryKeys?: ReadonlySet<string>,
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const add = (key: string, finding: Finding) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: "", findings: [] }));
    group.findings.push(finding);
  };
  if (mode === "element") {
    for (const f of findings) add(primaryTargetId(f), f);
  } else {
    for (const f of findings) {
      const keys = categoryKeysOf(f);
      if (keys.length === 0) add(UNCATEGORISED, f);
      for (const key of keys) if (!categoryKeys || categoryKeys.has(key)) add(key, f);
    }
  }
  const out = [...groups.values()];
  for (const group of out) group.findings.sort(compareFindings);
  if (mode === "element") {
    for (const group of out) {
      group.label = index.has(group.key) ? targetLabel([group.key], index) : MODEL_LABEL;
    }
    const order = (key: string) => index.get(key)?.order ?? -1;
    out.sort((a, b) => order(a.key) - order(b.key) || compareText(a.label, b.label));
  } else {
    const order = new Map(ALL_CATEGORIES.map((c, i) => [c.key, i]));
    for (const group of out) {
      group.label = categoryByKey(group.key)?.label ?? "No framework category";
    }
    out.sort((a, b) => (order.get(a.key) ?? 999) - (order.get(b.key) ?? 999));
  }
  return out;
}
