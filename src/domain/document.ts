import { newId } from "./ids";
import { fitKindsToTypes, type KindChange } from "./kindFit";
import { formatJsonProblems, jsonValueProblems } from "./jsonValue";
import { migrateToCurrent } from "./migrations";
import { orderParentsFirst } from "./operations/membership";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "./schema";
import { formatIssues } from "./validation";

export function nowIso(): string {
  return new Date().toISOString();
}

export function createEmptyModel(
  fields: { name?: string; description?: string; owner?: string; id?: string } = {},
): ThreatModel {
  const now = nowIso();
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: fields.id ?? newId("model"),
    name: fields.name ?? "Untitled model",
    description: fields.description ?? "",
    owner: fields.owner ?? "",
    createdAt: now,
    updatedAt: now,
    elements: [],
    flows: [],
    viewport: null,
  } satisfies ThreatModelInput);
}

/**
 * A model that opened, with the ML kinds that had to change to fit their element types (shown
 * to the user where the model was opened: the import report, a notice, standard error).
 */
export type ModelParseResult =
  { ok: true; value: ThreatModel; kindChanges: KindChange[] } | { ok: false; errors: string[] };

/**
 * Migrate then validate anything claiming to be a ThreatCanvas model (a file, a database row).
 * Errors name the field and say why, one line each. Elements come back parents-first (files
 * from other tools may list a child before its boundary; React Flow needs the parent first).
 * Anything that is not plain JSON data (a BigInt, a Date, a cycle from an IndexedDB row) is
 * refused with its path. An ML kind that does not fit its element's type (an "llm" external
 * entity, from before the editor refused that) becomes the nearest kind of the type, or none,
 * and is listed in `kindChanges`: refusing it would leave a stored model that cannot open.
 */
export function parseThreatModel(input: unknown): ModelParseResult {
  // Only plain JSON data opens: what opens must export (see jsonValue.ts).
  if (typeof input === "object" && input !== null) {
    const problems = jsonValueProblems(input);
    if (problems.length > 0) return { ok: false, errors: formatJsonProblems(problems) };
  }
  const migrated = migrateToCurrent(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const result = ThreatModelSchema.safeParse(migrated.value);
  if (!result.success) return { ok: false, errors: formatIssues(result.error) };
  const fitted = fitKindsToTypes(result.data);
  return { ok: true, value: orderParentsFirst(fitted.value), kindChanges: fitted.changes };
}

/** Parse JSON text as a model; malformed JSON is an error like any other, never a throw. */
export function parseThreatModelJson(text: string): ModelParseResult {
  let data: unknown;
  try {
    // Editors on Windows often save JSON with a UTF-8 byte-order mark.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  return parseThreatModel(data);
}
