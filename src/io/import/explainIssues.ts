import type { z } from "zod";
import { PROPERTY_LABELS } from "../../domain/labels";
import { formatPath } from "../../domain/validation";

/**
 * Validation problems as sentences a person can act on: which item (by its position and name),
 * which field (by its label), and what is wrong — then the JSON path, for whoever edits the file.
 *
 *   Element 4 "Model store", property "Encrypted at rest": must be one of yes, no, unknown
 *   (at elements[3].props.encryptedAtRest)
 */

const COLLECTIONS: Record<string, { noun: string; nameKeys: string[] }> = {
  elements: { noun: "Element", nameKeys: ["name"] },
  flows: { noun: "Flow", nameKeys: ["label"] },
  mitigations: { noun: "Mitigation", nameKeys: ["title"] },
  customThreats: { noun: "Custom threat", nameKeys: ["title"] },
  assumptions: { noun: "Assumption", nameKeys: ["text"] },
  decisionLog: { noun: "Decision log entry", nameKeys: ["findingId"] },
};

const FIELD_WORDS: Record<string, string> = {
  ...PROPERTY_LABELS,
  id: "id",
  parentId: "containing boundary (parentId)",
  source: "source (where the flow starts)",
  target: "target (where the flow ends)",
  createdAt: "created date",
  updatedAt: "last changed date",
  schemaVersion: "schema version",
};

type Issue = z.core.$ZodIssue;

export function explainIssues(data: unknown, issues: readonly Issue[], max = 8): string[] {
  const lines = issues.slice(0, max).map((issue) => explainIssue(data, issue));
  if (issues.length > max) lines.push(`… and ${issues.length - max} more problems.`);
  return lines;
}

export function explainIssue(data: unknown, issue: Issue): string {
  const path = issue.path;
  const where = describeWhere(data, path);
  const what = describeProblem(issue, valueAt(data, path));
  const at = path.length ? ` (at ${formatPath(path)})` : "";
  return `${where}: ${what}${at}`;
}

function describeWhere(data: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return "The file";
  const [head, index, ...rest] = path;
  const collection = typeof head === "string" ? COLLECTIONS[head] : undefined;
  if (collection && typeof index === "number") {
    const item = valueAt(data, [head!, index]);
    const name = collection.nameKeys.map((key) => fieldOf(item, key)).find((v) => v);
    const label = `${collection.noun} ${index + 1}${name ? ` "${clip(name)}"` : ""}`;
    return rest.length ? `${label}, ${fieldWords(rest)}` : label;
  }
  if (head === "triage" && typeof index === "string") {
    const label = `The decision on finding "${clip(index)}"`;
    return rest.length ? `${label}, ${fieldWords(rest)}` : label;
  }
  if (head === "workshop") return `The workshop record, ${fieldWords(path.slice(1))}`;
  if (head === "settings") return `The model's settings, ${fieldWords(path.slice(1))}`;
  return `The model's ${fieldWords(path)}`;
}

/** `props.encryptedAtRest` -> `property "Encrypted at rest"`; `position.x` -> `field "position x"`. */
function fieldWords(path: readonly PropertyKey[]): string {
  const named = path.filter((part) => typeof part === "string");
  const last = named[named.length - 1];
  if (last === undefined) return `item ${Number(path[path.length - 1] ?? 0) + 1}`;
  if (named[0] === "props" && named.length === 2) {
    return `property "${FIELD_WORDS[last] ?? last}"`;
  }
  const words = named.map((part) => FIELD_WORDS[part] ?? part).join(" ");
  const index = path[path.length - 1];
  return typeof index === "number" ? `"${words}" item ${index + 1}` : `field "${words}"`;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null",
};

function describeProblem(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return "is missing";
      return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}, but is ${describeValue(value)}`;
    case "invalid_value":
      return `must be ${listOf(issue.values.map((v) => JSON.stringify(v)))}, but is ${describeValue(value)}`;
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) {
        return `must be ${listOf((issue.options as unknown[]).map((v) => JSON.stringify(v)))}, but is ${describeValue(value)}`;
      }
      return issue.message;
    case "invalid_format":
      if (issue.format === "datetime") {
        return `must be a date and time such as "2026-12-01T09:00:00Z", but is ${describeValue(value)}`;
      }
      return issue.message;
    default:
      return issue.message;
  }
}

function listOf(items: readonly string[]): string {
  const shown = items.length > 10 ? [...items.slice(0, 10), "…"] : items;
  if (shown.length <= 1) return shown.join("");
  return `one of ${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}

/** A short, safe description of a value for a message. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case "string":
      return `the text "${clip(value)}"`;
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value.toString()} (a BigInt)`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

function clip(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function fieldOf(item: unknown, key: string): string | null {
  if (typeof item !== "object" || item === null) return null;
  const value = (item as Record<string, unknown>)[key];
  return typeof value === "string" && value.trim() ? value : null;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cursor = data;
  for (const part of path) {
    if (typeof cursor !== "object" || cursor === null) return undefined;
    if (!Object.hasOwn(cursor, part)) return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[part];
  }
  return cursor;
}
