import { copyFragment, parseFragmentText, type Fragment } from "../../domain/operations";
import { commands } from "../../store/commands";
import { editorStore } from "../../store/editorStore";
import { importPastedText, isWholeDocumentText } from "../import/importFlow";

/**
 * Keyboard shortcuts of the editor, matching the diagram tools people know. They act only when
 * focus is not in a text field, so typing in the inspector never deletes a node.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "range", "color"].includes(target.type);
  }
  return false;
}

/** Inside a dialog, keys belong to the dialog. */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("dialog, [role='dialog']") !== null;
}

let pasteCount = 0;
let lastPasted: Fragment | null = null;

function pasteOffset(fragment: Fragment): { x: number; y: number } {
  pasteCount = fragment === lastPasted ? pasteCount + 1 : 1;
  lastPasted = fragment;
  return { x: 40 * pasteCount, y: 40 * pasteCount };
}

export function copySelection(): Fragment | null {
  const { doc, selection, setClipboard } = editorStore.getState();
  if (!doc || selection.length === 0) return null;
  const fragment = copyFragment(doc, selection);
  if (fragment.elements.length === 0) return null;
  setClipboard(fragment);
  return fragment;
}

/** Paste a fragment; false when the paste was refused (the notice says why). */
export function pasteFragmentNow(fragment: Fragment): boolean {
  return editorStore.getState().execute(commands.paste(fragment, pasteOffset(fragment)));
}

/** Paste clipboard text; anything that is not a valid fragment is refused and says why. */
export function pasteText(text: string): void {
  const parsed = parseFragmentText(text);
  if (!parsed.ok) {
    editorStore.getState().notify("error", `Nothing pasted: ${parsed.errors.join("; ")}`);
    return;
  }
  editorStore.getState().setClipboard(parsed.value);
  if (pasteFragmentNow(parsed.value) && parsed.kindChanges.length > 0) {
    editorStore.getState().notify("info", KIND_CHANGES_ON_PASTE, {
      kindChanges: parsed.kindChanges,
    });
  }
}

export const KIND_CHANGES_ON_PASTE =
  "Pasted. Some ML kinds did not fit their element type and were changed:";

const NUDGE: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

export function handleShortcut(event: KeyboardEvent): void {
  if (event.defaultPrevented || isTextEntry(event.target) || inDialog(event.target)) return;
  const state = editorStore.getState();
  if (!state.doc) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;

  if (mod && key === "z" && !event.shiftKey) {
    event.preventDefault();
    state.undo();
  } else if ((mod && key === "z" && event.shiftKey) || (event.ctrlKey && key === "y")) {
    event.preventDefault();
    state.redo();
  } else if (mod && key === "a") {
    event.preventDefault();
    state.select([...state.doc.elements.map((e) => e.id), ...state.doc.flows.map((f) => f.id)]);
  } else if (mod && key === "d") {
    event.preventDefault();
    if (state.selection.length > 0) state.execute(commands.duplicate(state.selection));
  } else if ((key === "Delete" || key === "Backspace") && !mod) {
    if (state.selection.length === 0) return;
    event.preventDefault();
    state.execute(commands.deleteItems(state.selection));
  } else if (key === "Escape") {
    if (state.selection.length > 0) state.select([]);
  } else if (key in NUDGE && !mod && !event.altKey) {
    const elementIds = state.selection.filter((id) => state.doc!.elements.some((e) => e.id === id));
    if (elementIds.length === 0) return;
    event.preventDefault();
    const [dx, dy] = NUDGE[key]!;
    const step = event.shiftKey ? 10 : 1;
    state.execute(commands.nudge(elementIds, { x: dx * step, y: dy * step }));
  }
}

/** Copy writes the fragment to the system clipboard (so it pastes into other tabs and models). */
export function handleCopy(event: ClipboardEvent, cut = false): void {
  if (isTextEntry(event.target) || inDialog(event.target)) return;
  const fragment = copySelection();
  if (!fragment) return;
  event.clipboardData?.setData("text/plain", JSON.stringify(fragment));
  event.preventDefault();
  if (cut) {
    const state = editorStore.getState();
    state.execute(commands.deleteItems(state.selection));
  }
}

export function handlePaste(event: ClipboardEvent): void {
  if (isTextEntry(event.target) || inDialog(event.target)) return;
  const text = event.clipboardData?.getData("text/plain") ?? "";
  if (isWholeDocumentText(text)) {
    // A whole model (or backup) is imported, not pasted into the open one.
    event.preventDefault();
    void importPastedText(text);
    return;
  }
  if (!editorStore.getState().doc) return;
  event.preventDefault();
  if (text.trim()) {
    pasteText(text);
    return;
  }
  const fallback = editorStore.getState().clipboard;
  if (fallback) pasteFragmentNow(fallback);
}

export function installShortcuts(target: Window = window): () => void {
  const onCopy = (e: ClipboardEvent) => handleCopy(e);
  const onCut = (e: ClipboardEvent) => handleCopy(e, true);
  target.addEventListener("keydown", handleShortcut);
  target.addEventListener("copy", onCopy);
  target.addEventListener("cut", onCut);
  target.addEventListener("paste", handlePaste);
  return () => {
    target.removeEventListener("keydown", handleShortcut);
    target.removeEventListener("copy", onCopy);
    target.removeEventListener("cut", onCut);
    target.removeEventListener("paste", handlePaste);
  };
}
