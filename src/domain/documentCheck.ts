import { z } from "zod";
import { diffDocuments, positionsOf, touchesStructure } from "./changes";
import { checkReferences, ThreatModelSchema, ThreatModelShape, type ThreatModel } from "./schema";
import { formatPath } from "./validation";

/**
 * Would the loader accept this document? The answer the save path and every command that takes
 * outside data (paste, import, migration) must have before a document is kept.
 *
 * A full parse costs ~12 ms at 1,000 elements and ~45 ms at 5,000 (`npm run bench:persistence`),
 * too much for every save of a large model. So when the document was derived from one already
 * known to be valid (`since`), only what differs from it is parsed: documents share structure,
 * and an element or flow that is the same object as in `since` was valid there. The
 * cross-reference checks (ids, flow ends, parents) always run over the whole document; they are
 * cheap map lookups.
 */

export interface DocumentIssue {
  path: Array<string | number>;
  message: string;
}

export type DocumentCheck = { ok: true } | { ok: false; issues: DocumentIssue[]; errors: string[] };

/** At most this many lines in `errors` (the full list is in `issues`). */
const MAX_LINES = 8;

export function checkDocument(
  doc: ThreatModel,
  options: { since?: ThreatModel | null } = {},
): DocumentCheck {
  const since = options.since ?? null;
  if (doc === since) return { ok: true };
  const issues: DocumentIssue[] =
    since === null || !hasItemLists(doc) ? fullIssues(doc) : changedIssues(since, doc);
  if (issues.length === 0) return { ok: true };
  return { ok: false, issues, errors: formatDocumentIssues(issues) };
}

/** One line per problem, `path: message`, capped like the loader's own messages. */
export function formatDocumentIssues(issues: readonly DocumentIssue[]): string[] {
  const lines = issues.slice(0, MAX_LINES).map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > MAX_LINES) lines.push(`… and ${issues.length - MAX_LINES} more problems`);
  return lines;
}

function fullIssues(doc: unknown): DocumentIssue[] {
  const result = ThreatModelSchema.safeParse(doc);
  return result.success ? [] : fromZod(result.error, []);
}

function changedIssues(since: ThreatModel, doc: ThreatModel): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const before = since as unknown as Record<string, unknown>;
  const after = doc as unknown as Record<string, unknown>;
  const shape = ThreatModelShape.shape as Record<string, z.ZodType>;
  // What differs, by identity: a slot-by-slot scan for the usual edit.
  const changes = diffDocuments(since, doc);
  for (const [key, schema] of Object.entries(shape)) {
    if (key === "elements" || key === "flows" || before[key] === after[key]) continue;
    checkField(schema, before[key], after[key], [key], issues);
  }
  for (const key of ["elements", "flows"] as const) {
    const items = changes[key];
    if (items.put.length === 0 && items.remove.length === 0 && items.order === null) continue;
    const list = doc[key];
    const max = maxLengthOf(unwrapDefaults(shape[key]!) as z.ZodArray);
    if (max === undefined) {
      parseInto(shape[key]!, list, [key], issues);
      continue;
    }
    if (max !== null && list.length > max) {
      issues.push({
        path: [key],
        message: `Too big: expected array to have <=${max} items (it has ${list.length})`,
      });
    }
    const element = (unwrapDefaults(shape[key]!) as z.ZodArray).element as z.ZodType;
    const at = positionsOf(list);
    for (const item of items.put) parseInto(element, item, [key, at.get(item.id) ?? -1], issues);
  }
  // The body must be sound before references can be followed (the schema's refinement only runs
  // on a document that parsed, too). A change that re-wires nothing cannot break one.
  if (issues.length > 0) return issues;
  if (touchesStructure(since, changes)) {
    checkReferences(doc, (path, message) => issues.push({ path, message }));
  }
  return issues;
}

function checkField(
  schema: z.ZodType,
  before: unknown,
  after: unknown,
  path: Array<string | number>,
  issues: DocumentIssue[],
): void {
  const inner = unwrapDefaults(schema);
  if (inner instanceof z.ZodArray && Array.isArray(before) && Array.isArray(after)) {
    const max = maxLengthOf(inner);
    if (max !== undefined) {
      if (max !== null && after.length > max) {
        issues.push({
          path,
          message: `Too big: expected array to have <=${max} items (it has ${after.length})`,
        });
      }
      const known = new Set<unknown>(before);
      after.forEach((item, index) => {
        if (!known.has(item)) parseInto(inner.element as z.ZodType, item, [...path, index], issues);
      });
      return;
    }
  }
  if (inner instanceof z.ZodRecord && isPlainObject(before) && isPlainObject(after)) {
    for (const [key, value] of Object.entries(after)) {
      if (Object.hasOwn(before, key) && before[key] === value) continue;
      parseInto(inner.keyType as z.ZodType, key, [...path, key], issues);
      parseInto(inner.valueType as z.ZodType, value, [...path, key], issues);
    }
    return;
  }
  parseInto(schema, after, path, issues);
}

function parseInto(
  schema: z.ZodType,
  value: unknown,
  path: Array<string | number>,
  issues: DocumentIssue[],
): void {
  const result = schema.safeParse(value);
  if (!result.success) issues.push(...fromZod(result.error, path));
}

function fromZod(error: z.ZodError, prefix: Array<string | number>): DocumentIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    message: issue.message,
  }));
}

function unwrapDefaults(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodPrefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/**
 * The `.max()` of an array schema: a number, null when it has none, undefined when its checks
 * cannot be read (then the caller parses the whole field, which is always correct, only slower).
 * zod keeps checks in `_zod.def.checks`; a test pins the limits read here.
 */
export function maxLengthOf(schema: z.ZodArray): number | null | undefined {
  const checks: unknown = schema._zod.def.checks;
  if (checks === undefined) return null;
  if (!Array.isArray(checks)) return undefined;
  let max: number | null = null;
  for (const check of checks as Array<{ _zod?: { def?: Record<string, unknown> } }>) {
    const def = check._zod?.def;
    if (!def || typeof def.check !== "string") return undefined;
    if (def.check === "max_length") {
      if (typeof def.maximum !== "number") return undefined;
      max = max === null ? def.maximum : Math.min(max, def.maximum);
    } else {
      return undefined; // A check this function does not know: let the schema decide.
    }
  }
  return max;
}

/** Elements and flows are lists of objects with string ids (else only a full parse can tell). */
function hasItemLists(doc: unknown): doc is ThreatModel {
  if (!isPlainObject(doc)) return false;
  const ok = (list: unknown) =>
    Array.isArray(list) && list.every((item) => isPlainObject(item) && typeof item.id === "string");
  return ok(doc.elements) && ok(doc.flows);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
