import { commands } from "../../../store/commands";
import { editorStore } from "../../../store/editorStore";
import { announce } from "../../shell/workspaceStore";

let running = false;

/**
 * Auto layout of the selection (or of the whole model when nothing is selected): ELK's layered
 * algorithm, left to right along the flows, boundaries kept as containers. The layout code is
 * fetched on first use. The result is one undoable "Auto layout" step; if the model changed
 * while the layout was computed, nothing is applied.
 */
export async function runAutoLayout(): Promise<boolean> {
  if (running) return false;
  const state = editorStore.getState();
  const doc = state.doc;
  if (!doc || doc.elements.length === 0) return false;
  const ids = state.selection.filter((id) => doc.elements.some((e) => e.id === id));
  running = true;
  const scope = ids.length > 0 ? "the selection" : "the whole model";
  announce(`Laying out ${scope}…`);
  try {
    const { computeLayout } = await import("./computeLayout");
    const { result, placed } = await computeLayout(doc, ids);
    const now = editorStore.getState();
    if (!result.ok) {
      now.notify("error", `Auto layout failed: ${result.error}`);
      return false;
    }
    if (placed === 0 || result.doc === doc) return false;
    const name = ids.length > 0 ? "Auto layout selection" : "Auto layout";
    const ok = now.execute(commands.autoLayout(doc, result.doc.elements, name));
    if (ok) now.notify("info", `Laid out ${scope} (${placed} elements). Undo puts it back.`);
    return ok;
  } catch (error) {
    editorStore
      .getState()
      .notify(
        "error",
        `Auto layout failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    return false;
  } finally {
    running = false;
  }
}
