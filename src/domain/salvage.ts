import { z } from "zod";
import { nowIso, parseThreatModel } from "./document";
import { formatJsonProblems, jsonValueProblems, MAX_NESTING } from "./jsonValue";
import { migrateToCurrent } from "./migrations";
import { orderParentsFirst } from "./operations/membership";
import { newId } from "./ids";
import { IdSchema, ThreatModelSchema, ThreatModelShape, type ThreatModel } from "./schema";
import { formatIssues, formatPath } from "./validation";

/**
 * Open what can be opened of a document the loader rejects. A model stored by an older, buggier
 * version (or damaged some other way) must never be a dead end: everything the loader refuses is
 * set aside — listed, with its raw value, for the user to download — and everything else is kept
 * exactly, unknown keys included.
 *
 * Repairs, repeated until the loader accepts the rest (each round removes something, so it ends):
 * - a value that is not plain JSON data (a BigInt, a Date, a Map, a cycle, a `__proto__` key, too
 *   deep a nesting: IndexedDB can hold them): set aside, as text;
 * - an invalid element or flow, a flow with a missing or wrong end, a duplicate id: set aside;
 * - an element whose parent is missing, not a boundary, or in a cycle: its parent link is set
 *   aside and the element kept at the same place on screen (top level);
 * - more elements or flows than a model may hold: the ones past the limit are set aside;
 * - an invalid entry of a list or record (a triage record, a mitigation ...): set aside;
 * - an invalid field: set aside, so its default applies (a missing id, created or updated time
 *   is filled in).
 */

export type SetAsideKind = "element" | "flow" | "parentLink" | "entry" | "field";

export interface SetAsideItem {
  kind: SetAsideKind;
  /** Where it was in the stored document: `elements[3]`, `triage.r@x`, `name`. */
  path: string;
  /** The element's or flow's id, when it has one. */
  id: string | null;
  /** Something a person recognises: a name or label, else the id or the path. */
  label: string;
  /** Why the loader refused it. */
  reason: string;
  /** The raw stored value (for a parent link: the parent id). */
  value: unknown;
}

export type SalvageResult =
  | { ok: true; model: ThreatModel; setAside: SetAsideItem[] }
  /** Nothing can be opened (not an object, a schema version from a newer app ...). */
  | { ok: false; errors: string[] };

export interface SalvageOptions {
  /**
   * The id to use when the document has none that is valid (the storage key); when that cannot
   * be an id either, a fresh one (the caller then stores the result as a new model).
   */
  id?: string;
  /** The time to use for a missing created/updated time. */
  now?: string;
}

const MAX_ROUNDS = 64;

export function salvageThreatModel(input: unknown, options: SalvageOptions = {}): SalvageResult {
  const setAside: SetAsideItem[] = [];
  const plain = plainJson(input, setAside);
  if (!plain.ok) return plain;
  const result = salvagePlain(plain.value, options, setAside);
  if (!result.ok) return result;
  // What comes out must open as the loader opens it; anything else is a bug here, said plainly.
  const check = parseThreatModel(result.model);
  return check.ok ? result : { ok: false, errors: check.errors };
}

function salvagePlain(
  input: unknown,
  options: SalvageOptions,
  setAside: SetAsideItem[],
): SalvageResult {
  const migrated = migrateToCurrent(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const doc: Record<string, unknown> = { ...migrated.value };
  const original = rawElementIndex(doc.elements);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = ThreatModelSchema.safeParse(doc);
    if (parsed.success) {
      return { ok: true, model: orderParentsFirst(parsed.data), setAside };
    }
    const repaired = repair(doc, parsed.error.issues, original, options, setAside);
    if (!repaired) return { ok: false, errors: formatIssues(parsed.error) };
  }
  const last = ThreatModelSchema.safeParse(doc);
  return { ok: false, errors: last.success ? ["could not be repaired"] : formatIssues(last.error) };
}

/**
 * The input with every value that is not plain JSON data taken out (a key removed, an array slot
 * set to null so other indices stay), each set aside as text. The input is never modified: only
 * the objects on the path to a removed value are copied.
 */
function plainJson(
  input: unknown,
  setAside: SetAsideItem[],
): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  let value = input;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (typeof value !== "object" || value === null) return { ok: true, value };
    const problems = jsonValueProblems(value, 200);
    if (problems.length === 0) return { ok: true, value };
    const lines = formatJsonProblems(problems);
    let changed = false;
    problems.forEach((problem, i) => {
      if (problem.path.length === 0) return;
      const next = withoutPath(value, problem.path);
      if (next.removed) {
        setAside.push({
          kind: problem.path.length === 1 ? "field" : "entry",
          path: formatPath(problem.path.slice(0, 12)),
          id: null,
          label: formatPath(problem.path.slice(0, 12)),
          reason: lines[i]!,
          value: asText(next.value),
        });
        value = next.root;
        changed = true;
      }
    });
    if (!changed) return { ok: false, errors: lines };
  }
  return { ok: false, errors: ["holds too many values that are not JSON data"] };
}

/** `root` without the value at `path` (copy on write); `removed` false when there is none. */
function withoutPath(
  root: unknown,
  path: ReadonlyArray<string | number>,
): { removed: boolean; root: unknown; value?: unknown } {
  const [head, ...rest] = path;
  if (typeof root !== "object" || root === null || head === undefined) {
    return { removed: false, root };
  }
  const holder = root as Record<PropertyKey, unknown>;
  if (!Object.hasOwn(holder, head)) {
    // An empty slot of an array is reported at its index: fill it.
    if (Array.isArray(holder) && typeof head === "number" && rest.length === 0) {
      const copy = holder.slice();
      copy[head] = null;
      return { removed: true, root: copy, value: undefined };
    }
    return { removed: false, root };
  }
  if (rest.length === 0) {
    const value = holder[head];
    if (Array.isArray(holder)) {
      const copy = holder.slice();
      copy[head as number] = null;
      return { removed: true, root: copy, value };
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(holder)) {
      if (key !== head)
        Object.defineProperty(copy, key, {
          value: holder[key],
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return { removed: true, root: copy, value };
  }
  const inner = withoutPath(holder[head], rest);
  if (!inner.removed) return inner.removed ? inner : { removed: false, root };
  if (Array.isArray(holder)) {
    const copy = holder.slice();
    copy[head as number] = inner.root;
    return { removed: true, root: copy, value: inner.value };
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(holder)) {
    Object.defineProperty(copy, key, {
      value: key === head ? inner.root : holder[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { removed: true, root: copy, value: inner.value };
}

/** A value that is not JSON data, as text for the download (never throws, never recurses deep). */
function asText(value: unknown): string {
  if (typeof value === "bigint") return `${value.toString()}n`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (typeof value !== "object" || value === null) return String(value);
  try {
    const seen = new Set<object>();
    let depth = 0;
    return (
      JSON.stringify(value, function (this: unknown, _key, v: unknown) {
        if (typeof v === "bigint") return `${v.toString()}n`;
        if (v instanceof Map) return [...v.entries()];
        if (v instanceof Set) return [...v.values()];
        if (typeof v === "object" && v !== null) {
          if (seen.has(v) || ++depth > MAX_NESTING * 4) return "[…]";
          seen.add(v);
        }
        return v;
      }) ?? String(value)
    );
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Raw elements by id, as first stored (to place an element whose parent link is set aside). */
function rawElementIndex(elements: unknown): Map<string, Record<string, unknown>> {
  const index = new Map<string, Record<string, unknown>>();
  if (!Array.isArray(elements)) return index;
  for (const e of elements) {
    if (isObject(e) && typeof e.id === "string" && !index.has(e.id)) index.set(e.id, e);
  }
  return index;
}

type Path = ReadonlyArray<PropertyKey>;

/** One round: act on every issue it can; false when nothing could be changed. */
function repair(
  doc: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
  original: Map<string, Record<string, unknown>>,
  options: SalvageOptions,
  setAside: SetAsideItem[],
): boolean {
  let changed = false;
  const drops = { elements: new Map<number, string>(), flows: new Map<number, string>() };
  const truncated = new Set<string>();
  const fieldIssues: Array<{ path: Path; reason: string }> = [];

  for (const issue of issues) {
    const [key, index, leaf] = issue.path;
    const reason = issueLine(issue);
    if (key === "elements" || key === "flows") {
      const list = doc[key];
      if (issue.path.length === 1) {
        if (!Array.isArray(list)) {
          setAside.push(field(key, reason, list));
          doc[key] = [];
          changed = true;
        } else if (issue.code === "too_big" && typeof issue.maximum === "number") {
          truncated.add(key);
          const kind = key === "elements" ? "element" : "flow";
          list.slice(Number(issue.maximum)).forEach((item, offset) => {
            const at = Number(issue.maximum) + offset;
            setAside.push(
              item_(
                kind,
                `${key}[${at}]`,
                item,
                `${key}: more than ${String(issue.maximum)} in one model`,
              ),
            );
          });
          doc[key] = list.slice(0, Number(issue.maximum));
          changed = true;
        }
        continue;
      }
      if (typeof index !== "number" || truncated.has(key)) continue;
      if (key === "elements" && leaf === "parentId" && issue.path.length === 3) {
        changed = detachFromParent(doc, index, reason, original, setAside) || changed;
        continue;
      }
      if (!drops[key].has(index)) drops[key].set(index, reason);
      continue;
    }
    fieldIssues.push({ path: issue.path, reason });
  }

  for (const key of ["elements", "flows"] as const) {
    const list = doc[key];
    if (drops[key].size === 0 || !Array.isArray(list)) continue;
    const kind = key === "elements" ? "element" : "flow";
    for (const [index, reason] of [...drops[key]].sort((a, b) => a[0] - b[0])) {
      setAside.push(item_(kind, `${key}[${index}]`, list[index], reason));
    }
    doc[key] = list.filter((_, i) => !drops[key].has(i));
    changed = true;
  }

  for (const { path, reason } of fieldIssues) {
    changed = removeAt(doc, path, reason, options, setAside) || changed;
  }
  return changed;
}

/** Put an element at the top level, where it was on screen; its parent link is set aside. */
function detachFromParent(
  doc: Record<string, unknown>,
  index: number,
  reason: string,
  original: Map<string, Record<string, unknown>>,
  setAside: SetAsideItem[],
): boolean {
  const list = doc.elements as unknown[];
  const element = list[index];
  if (!isObject(element) || element.parentId === null || element.parentId === undefined) {
    return false;
  }
  const position = absoluteRawPosition(element, original);
  setAside.push({
    kind: "parentLink",
    path: `elements[${index}].parentId`,
    id: typeof element.id === "string" ? element.id : null,
    label: labelOf(element, `elements[${index}]`),
    reason,
    value: element.parentId,
  });
  const copy = list.slice();
  copy[index] = { ...element, parentId: null, ...(position ? { position } : {}) };
  doc.elements = copy;
  return true;
}

/** Own position plus the positions of the ancestors it was stored relative to, if all finite. */
function absoluteRawPosition(
  element: Record<string, unknown>,
  original: Map<string, Record<string, unknown>>,
): { x: number; y: number } | null {
  const own = readPoint(element.position);
  if (!own) return null;
  let { x, y } = own;
  const seen = new Set<unknown>([element.id]);
  let parentId = element.parentId;
  while (typeof parentId === "string" && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = original.get(parentId);
    const at = parent ? readPoint(parent.position) : null;
    if (!parent || !at) break;
    x += at.x;
    y += at.y;
    parentId = parent.parentId;
  }
  return Number.isFinite(x) && Number.isFinite(y) ? { ...own, x, y } : own;
}

function readPoint(value: unknown): { x: number; y: number } | null {
  if (!isObject(value)) return null;
  const { x, y } = value;
  return typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)
    ? { ...value, x, y }
    : null;
}

/**
 * Remove the smallest thing that holds the problem: the entry of a list or record it is in, else
 * the field itself (so its default applies). A required top-level field is filled in instead.
 */
function removeAt(
  doc: Record<string, unknown>,
  path: Path,
  reason: string,
  options: SalvageOptions,
  setAside: SetAsideItem[],
): boolean {
  const [key] = path;
  if (typeof key !== "string") return false;
  // `schema` describes `container`, the object or list that holds the next step of the path.
  let schema: z.ZodType | undefined = ThreatModelShape;
  let container: unknown = doc;
  for (let depth = 0; depth < path.length; depth++) {
    const step = path[depth]!;
    if (!isObject(container) && !Array.isArray(container)) return false;
    const holder = container as Record<PropertyKey, unknown>;
    const inner: z.ZodType | undefined = schema ? unwrap(schema) : undefined;
    const isEntry =
      depth > 0 &&
      ((Array.isArray(container) && typeof step === "number") ||
        (inner instanceof z.ZodRecord && typeof step === "string"));
    const isLeaf = depth === path.length - 1 || !(step in holder);
    if (isEntry || isLeaf) {
      if (!(step in holder)) {
        // A required field is missing: fill it in at the top, else remove what holds it.
        if (depth === 0) return fillRequired(doc, key, reason, options, setAside);
        return removeAt(doc, path.slice(0, depth), reason, options, setAside);
      }
      const where = formatPath(path.slice(0, depth + 1));
      setAside.push({
        kind: depth === 0 ? "field" : "entry",
        path: where,
        id: null,
        label: where,
        reason,
        value: holder[step],
      });
      setParent(doc, path.slice(0, depth), (parent) => {
        if (Array.isArray(parent)) return parent.filter((_, i) => i !== step);
        const { [step as string]: _dropped, ...rest } = parent as Record<string, unknown>;
        return rest;
      });
      return true;
    }
    container = holder[step];
    schema = inner ? childSchema(inner, step) : undefined;
  }
  return false;
}

/** The top-level fields without a default: filled in so the rest of the model can open. */
function fillRequired(
  doc: Record<string, unknown>,
  key: string,
  reason: string,
  options: SalvageOptions,
  setAside: SetAsideItem[],
): boolean {
  const now = options.now ?? nowIso();
  // The storage key, when it can be an id; else a fresh one (the repaired model is then a copy).
  const id =
    options.id !== undefined && IdSchema.safeParse(options.id).success
      ? options.id
      : newId("model");
  const fills: Record<string, unknown> = {
    id,
    createdAt: now,
    updatedAt: now,
  };
  if (!(key in fills) || fills[key] === undefined || key in doc) return false;
  setAside.push({ kind: "field", path: key, id: null, label: key, reason, value: undefined });
  doc[key] = fills[key];
  return true;
}

/** Replace the container at `path` (copying every level above it, never mutating the input). */
function setParent(
  doc: Record<string, unknown>,
  path: Path,
  update: (parent: unknown) => unknown,
): void {
  if (path.length === 0) {
    const next = update(doc) as Record<string, unknown>;
    for (const key of Object.keys(doc)) if (!(key in next)) delete doc[key];
    return;
  }
  const [head, ...rest] = path;
  const replace = (value: unknown, remaining: Path): unknown => {
    if (remaining.length === 0) return update(value);
    const [step, ...tail] = remaining;
    if (Array.isArray(value)) {
      const copy = value.slice();
      copy[step as number] = replace(value[step as number], tail);
      return copy;
    }
    const record = value as Record<PropertyKey, unknown>;
    return { ...record, [step as string]: replace(record[step as string], tail) };
  };
  doc[head as string] = replace(doc[head as string], rest);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable
    ) {
      current = current.unwrap() as z.ZodType;
    } else {
      return current;
    }
  }
}

function childSchema(schema: z.ZodType, step: PropertyKey): z.ZodType | undefined {
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  if (schema instanceof z.ZodObject && typeof step === "string") {
    return (schema.shape as Record<string, z.ZodType>)[step];
  }
  return undefined;
}

function item_(
  kind: "element" | "flow",
  path: string,
  value: unknown,
  reason: string,
): SetAsideItem {
  const id = isObject(value) && typeof value.id === "string" ? value.id : null;
  return { kind, path, id, label: labelOf(value, path), reason, value };
}

function field(key: string, reason: string, value: unknown): SetAsideItem {
  return { kind: "field", path: key, id: null, label: key, reason, value };
}

function labelOf(value: unknown, fallback: string): string {
  if (!isObject(value)) return fallback;
  for (const key of ["name", "label", "id"]) {
    const text = value[key];
    if (typeof text === "string" && text.trim() !== "") return text;
  }
  return fallback;
}

function issueLine(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  return path ? `${path}: ${issue.message}` : issue.message;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
