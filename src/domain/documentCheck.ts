import { z } from "zod";
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
    since === null || typeof doc !== "object" || doc === null
      ? fullIssues(doc)
      : changedIssues(since, doc);
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

/** Fields whose change can break a cross-reference (see checkReferences). */
const REFERENCE_FIELDS = ["id", "elements", "flows", "customThreats", "mitigations", "assumptions"];

function changedIssues(since: ThreatModel, doc: ThreatModel): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const before = since as unknown as Record<string, unknown>;
  const after = doc as unknown as Record<string, unknown>;
  const shape = ThreatModelShape.shape as Record<string, z.ZodType>;
  for (const [key, schema] of Object.entries(shape)) {
    if (before[key] === after[key]) continue;
    checkField(schema, before[key], after[key], [key], issues);
  }
  // The body must be sound before references can be followed (the schema's refinement only runs
  // on a document that parsed, too).
  if (issues.length > 0) return issues;
  if (REFERENCE_FIELDS.some((key) => before[key] !== after[key])) {
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
