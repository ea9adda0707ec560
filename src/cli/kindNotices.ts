import { kindChangeText, type KindChange } from "../domain/kindFit";
import { TerminalText, forTerminal, term } from "./terminalText";

/**
 * One stderr line per ML kind the loader fitted to its element type:
 * `analyze: note: "OpenAI": ML kind "llm" does not fit an external entity; changed to …`.
 * The element's name is user text and is neutralised; the rest is ours (kind codes, words).
 */
export function kindChangeNotices(command: string, changes: readonly KindChange[]): string {
  const prefix = TerminalText.own(`${command}: note:`);
  const lines = changes.map((change) => {
    const what = TerminalText.own(kindChangeText(change));
    return change.elementName.trim() === ""
      ? term`${prefix} unnamed element ${change.elementId}: ${what}\n`
      : term`${prefix} "${change.elementName}": ${what}\n`;
  });
  return forTerminal(TerminalText.join(lines).text);
}
