import { ThreatModelSchema, type ThreatModel } from "../../domain/schema";
import { formatIssues } from "../../domain/validation";

/** The native file: the document itself, pretty-printed, keys in schema order, ending in a newline. */
export interface NativeExport {
  text: string;
  /**
   * Problems the loader would report for this document (empty for every model the app itself
   * made). The text is written anyway: an export is how a person gets their work out, and
   * refusing it would lose the work instead of saving it.
   */
  problems: string[];
}

/**
 * Exports a model exactly: every field, decisions included, unknown keys kept. The document is
 * passed through the schema first, so key order and defaults are the ones every import gives
 * back: export, import, export yields the same text.
 */
export function exportModelJson(model: ThreatModel): NativeExport {
  const parsed = ThreatModelSchema.safeParse(model);
  if (!parsed.success) return { text: toJsonText(model), problems: formatIssues(parsed.error) };
  return { text: toJsonText(parsed.data), problems: [] };
}

export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
