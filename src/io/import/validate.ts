import { newId } from "../../domain/ids";
import { migrateToCurrent } from "../../domain/migrations";
import { orderParentsFirst } from "../../domain/operations/membership";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema, type ThreatModel } from "../../domain/schema";
import { describeKindChange, fitKindsToTypes } from "../../domain/kindFit";
import { explainIssues } from "./explainIssues";
import type { ImportNotice } from "./types";

export type ValidatedModel =
  { ok: true; model: ThreatModel; notices: ImportNotice[] } | { ok: false; errors: string[] };

/**
 * The one gate every imported document passes, whatever format it came from: migrate, validate,
 * order parents first — what the loader does, so an accepted import always opens.
 */
export function validateImportedModel(raw: unknown): ValidatedModel {
  const migrated = migrateToCurrent(raw);
  if (!migrated.ok) return { ok: false, errors: [sentence(migrated.error)] };
  const parsed = ThreatModelSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return { ok: false, errors: explainIssues(migrated.value, parsed.error.issues) };
  }
  const notices: ImportNotice[] = [];
  if (migrated.fromVersion < CURRENT_SCHEMA_VERSION) {
    notices.push({
      kind: "info",
      text: `Written by an older version of ThreatCanvas (schema ${migrated.fromVersion}); brought up to schema ${CURRENT_SCHEMA_VERSION}.`,
    });
  }
  if (Object.hasOwn(parsed.data, "legacyTriage")) {
    notices.push({
      kind: "approximation",
      text: "The file has a 'triage' section from before decisions were part of the model. It is kept (as legacyTriage) but not used: triage the findings again.",
    });
  }
  // Kinds of another element type (older versions allowed them) get the nearest fitting kind.
  const fitted = fitKindsToTypes(parsed.data);
  for (const change of fitted.changes) {
    notices.push({ kind: "approximation", text: describeKindChange(change) });
  }
  return { ok: true, model: orderParentsFirst(fitted.value), notices };
}

/** Validate every model of an import; a file is accepted whole or not at all. */
export function validateImportedModels(
  raws: readonly unknown[],
): { ok: true; models: ThreatModel[]; notices: ImportNotice[] } | { ok: false; errors: string[] } {
  if (raws.length === 0) return { ok: false, errors: ["The file holds no model."] };
  const models: ThreatModel[] = [];
  const notices: ImportNotice[] = [];
  const errors: string[] = [];
  const seenIds = new Set<string>();
  raws.forEach((raw, index) => {
    const label = raws.length > 1 ? `Model ${index + 1}${nameOf(raw)}: ` : "";
    const result = validateImportedModel(raw);
    if (!result.ok) {
      errors.push(...result.errors.map((error) => label + error));
      return;
    }
    let model = result.model;
    if (seenIds.has(model.id)) {
      const fresh = newId("model");
      notices.push({
        kind: "info",
        text: `${label}has the same id as an earlier model in the file; imported with a new id.`,
      });
      model = { ...model, id: fresh };
    }
    seenIds.add(model.id);
    models.push(model);
    notices.push(...result.notices.map((n) => ({ ...n, text: label + n.text })));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, models, notices };
}

function nameOf(raw: unknown): string {
  const name = (raw as { name?: unknown } | null)?.name;
  return typeof name === "string" && name.trim() ? ` "${name.trim().slice(0, 60)}"` : "";
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? "" : ".");
}
