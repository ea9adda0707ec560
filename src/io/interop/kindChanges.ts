import { kindChangeText, type KindChange, type KindedType } from "../../domain/kindFit";
import { quoteUserText } from "../../domain/validation";
import type { ReportEntry } from "./types";

const TYPE_WORDS: Record<KindedType, string> = {
  process: "Process",
  dataStore: "Data store",
  externalEntity: "External entity",
};

/** Import report lines for the ML kinds that were fitted to their element types on opening. */
export function kindChangeEntries(changes: readonly KindChange[]): ReportEntry[] {
  return changes.map((change) => ({
    kind: "approximated",
    item: `${TYPE_WORDS[change.elementType]} ${quoteUserText(change.elementName.trim() || change.elementId)}`,
    text: kindChangeText(change),
  }));
}
