import { z } from "zod";
import { parseThreatModel } from "../domain/document";
import { templateOf } from "../domain/templates";
import type { ThreatModel } from "../domain/schema";
import { formatIssues } from "../domain/validation";
import type { ModelRepository } from "./modelRepository";

/**
 * The user's own templates ("save my model as a template"), kept in this browser next to the
 * models: one `meta` row per template, `template:<id>` -> { savedAt, model }, where `model` is the
 * design only (see templateOf). Rows are read as outside data: one that no longer parses is
 * listed as unreadable with the reason, never dropped.
 */

const KEY_PREFIX = "template:";
const keyOf = (id: string) => `${KEY_PREFIX}${id}`;

export const TEMPLATE_NAME_MAX = 200;
export const TEMPLATE_DESCRIPTION_MAX = 2000;

export interface UserTemplate {
  id: string;
  savedAt: string;
  /** The template's design; its name and description are the template's. */
  model: ThreatModel;
}

export interface UnreadableTemplate {
  id: string;
  /** Why it cannot be used, field first. */
  errors: string[];
}

const StoredTemplateSchema = z.object({
  savedAt: z.string().max(40),
  model: z.unknown(),
});

const DetailsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "give the template a name")
    .max(TEMPLATE_NAME_MAX, `is longer than ${TEMPLATE_NAME_MAX} characters`),
  description: z
    .string()
    .trim()
    .max(TEMPLATE_DESCRIPTION_MAX, `is longer than ${TEMPLATE_DESCRIPTION_MAX} characters`),
});

export type SaveTemplateResult =
  { ok: true; template: UserTemplate } | { ok: false; errors: string[] };

/** Read one stored row: a template, or why it is not one. */
export function readTemplateRow(key: string, value: unknown): UserTemplate | UnreadableTemplate {
  const id = key.slice(KEY_PREFIX.length);
  const row = StoredTemplateSchema.safeParse(value);
  if (!row.success) return { id, errors: formatIssues(row.error) };
  const parsed = parseThreatModel(row.data.model);
  if (!parsed.ok) return { id, errors: parsed.errors.map((e) => `model.${e}`) };
  return { id, savedAt: row.data.savedAt, model: parsed.value };
}

export function isReadable(entry: UserTemplate | UnreadableTemplate): entry is UserTemplate {
  return "model" in entry;
}

export class UserTemplates {
  constructor(private readonly repository: ModelRepository) {}

  /** Every stored template, newest first, and the rows that could not be read. */
  async list(): Promise<{ templates: UserTemplate[]; unreadable: UnreadableTemplate[] }> {
    const rows = await this.repository.readMetaRows(KEY_PREFIX);
    const entries = rows.map((row) => readTemplateRow(row.key, row.value));
    const templates = entries.filter(isReadable);
    templates.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    const unreadable = entries.filter((e): e is UnreadableTemplate => !isReadable(e));
    return { templates, unreadable };
  }

  /** Store `model`'s design as a new template; invalid details are refused, naming the field. */
  async save(
    model: ThreatModel,
    details: { name: string; description: string },
    options: { id?: string; now?: string } = {},
  ): Promise<SaveTemplateResult> {
    const checked = DetailsSchema.safeParse(details);
    if (!checked.success) return { ok: false, errors: formatIssues(checked.error) };
    const design = templateOf(model, checked.data, options);
    const template: UserTemplate = { id: design.id, savedAt: design.createdAt, model: design };
    await this.repository.putMetaRow(keyOf(template.id), {
      savedAt: template.savedAt,
      model: template.model,
    });
    return { ok: true, template };
  }

  async remove(id: string): Promise<void> {
    await this.repository.deleteMetaRow(keyOf(id));
  }
}
