import { checkDocument } from "../domain/documentCheck";
import type { ThreatModel } from "../domain/schema";
import { isolateBidi } from "../domain/text/bidi";

/** What an import came to: opened, or why not (said in the import dialog). */
export type ImportOutcome = { ok: true } | { ok: false; message: string };

/**
 * Why imported models cannot be stored, or null: the first that would not open again, checked
 * as the loader checks a stored model, named with the fields at fault. Checked for all of them
 * before any is stored, so an import of several models is never stored in part.
 */
export function refusedImports(models: readonly ThreatModel[]): string | null {
  for (const model of models) {
    const check = checkDocument(model);
    if (!check.ok) {
      return `Nothing was imported: “${isolateBidi(model.name)}” would not open again (${check.errors.join("; ")}).`;
    }
  }
  return null;
}
