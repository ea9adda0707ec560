import type { DocumentChanges } from "../../domain/changes";
import { sameValue } from "../../domain/changes";
import type { SetAsideItem } from "../../domain/salvage";
import type { ThreatModel } from "../../domain/schema";

/**
 * Words for the recovery banners: what recovered changes would change in the version shown (item
 * by item, field by field, with both values where they are short text), and what salvage set
 * aside. Pure, so it is tested without a DOM.
 */

const MAX_LINES = 6;
const SHORT = 60;
/** Fields every edit touches, never worth telling. */
const QUIET = new Set(["updatedAt", "viewport"]);

export function describeRecoveredChanges(shown: ThreatModel, changes: DocumentChanges): string[] {
  const lines: string[] = [];
  lines.push(...itemLines("Element", shown.elements, changes.elements, elementLabel));
  lines.push(...itemLines("Flow", shown.flows, changes.flows, flowLabel(shown)));
  const fields = [...Object.keys(changes.fields), ...changes.removedFields].filter((key) => {
    if (QUIET.has(key)) return false;
    const current = (shown as unknown as Record<string, unknown>)[key];
    return !sameValue(current, changes.fields[key]);
  });
  for (const key of fields) {
    lines.push(
      `Model ${fieldName(key)}: ${comparison(changes.fields[key], (shown as unknown as Record<string, unknown>)[key])}`,
    );
  }
  if (lines.length === 0) return ["No difference from the version shown."];
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES - 1), `… and ${lines.length - MAX_LINES + 1} more`];
}

function itemLines<T extends { id: string }>(
  kind: "Element" | "Flow",
  current: readonly T[],
  changes: { put: readonly T[]; remove: readonly string[] },
  label: (item: T) => string,
): string[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  const lines: string[] = [];
  for (const item of changes.put) {
    const now = byId.get(item.id);
    if (!now) {
      lines.push(`${kind} “${label(item)}”: added`);
      continue;
    }
    const keys = changedKeys(now as Record<string, unknown>, item as Record<string, unknown>);
    if (keys.length === 0) continue;
    const details = keys.map((key) => {
      const a = (item as Record<string, unknown>)[key];
      const b = (now as Record<string, unknown>)[key];
      return `${fieldName(key)} ${comparison(a, b)}`;
    });
    lines.push(`${kind} “${label(now)}”: ${details.join("; ")}`);
  }
  for (const id of changes.remove) {
    const now = byId.get(id);
    if (now) lines.push(`${kind} “${label(now)}”: removed`);
  }
  return lines;
}

function changedKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => !sameValue(a[key], b[key]));
}

/** “recovered” value against the value shown, when both are short text; else just "changed". */
function comparison(recovered: unknown, shown: unknown): string {
  const short = (v: unknown) => typeof v === "string" && v.length <= SHORT;
  if (short(recovered) && short(shown))
    return `(recovered “${String(recovered)}”, now “${String(shown)}”)`;
  return "(changed)";
}

function fieldName(key: string): string {
  return key === "props" ? "properties" : key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function elementLabel(e: { name: string; id: string }): string {
  return e.name.trim() || e.id;
}

function flowLabel(doc: ThreatModel) {
  const names = new Map(doc.elements.map((e) => [e.id, elementLabel(e)]));
  return (f: { label: string; id: string; source: string; target: string }) =>
    f.label.trim() || `${names.get(f.source) ?? f.source} → ${names.get(f.target) ?? f.target}`;
}

const KIND_WORDS: Record<SetAsideItem["kind"], string> = {
  element: "Element",
  flow: "Flow",
  parentLink: "Boundary link of",
  entry: "Entry",
  field: "Field",
};

/** One line per set-aside item: what it is and why the loader refused it. */
export function describeSetAside(items: readonly SetAsideItem[], max = 8): string[] {
  const lines = items.slice(0, max).map((item) => {
    const what = item.kind === "entry" || item.kind === "field" ? item.path : `“${item.label}”`;
    return `${KIND_WORDS[item.kind]} ${what} — ${item.reason}`;
  });
  if (items.length > max) lines.push(`… and ${items.length - max} more`);
  return lines;
}

export function countSetAside(items: readonly SetAsideItem[]): string {
  return items.length === 1 ? "1 item" : `${items.length.toLocaleString("en-US")} items`;
}

/** A file name from a model name: letters, digits, dashes. */
export function fileNameFor(name: string, suffix: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "threat-model"}-${suffix}.json`;
}
