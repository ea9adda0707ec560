import { copyFragment, parseFragmentText, type Fragment } from "../../domain/operations";
import { commands } from "../../store/commands";
import { editorStore } from "../../store/editorStore";
import {
  keyboardResizeKey,
  isKeyboardResizing,
  startKeyboardResize,
} from "../canvas/keyboardResize";
import { runAutoLayout } from "../canvas/layout/autoLayout";
import { elementDisplayName } from "../labels";
import { cycleRegion } from "./regions";
import { announce, openConnect, setShortcutsOpen } from "./workspaceStore";
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
  if (event.defaultPrevented || inDialog(event.target)) return;
  const state = editorStore.getState();
  if (!state.doc) return;
  if (isTextEntry(event.target)) return;
  if (isKeyboardResizing()) {
    // While a boundary is resized from the keyboard, keys belong to the resize.
    if (keyboardResizeKey(event) || !["Shift", "Control", "Alt", "Meta"].includes(event.key)) {
      event.preventDefault();
    }
    return;
  }
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const plain = !mod && !event.altKey;

  if (plain && event.key === "?") {
    event.preventDefault();
    setShortcutsOpen(true);
  } else if (plain && key === "c" && !event.shiftKey) {
    const from = onlySelected("node");
    event.preventDefault();
    if (from) openConnect(from);
    else
      state.notify(
        "info",
        "Select one element (not a boundary) first, then press C to connect it.",
      );
  } else if (plain && key === "r" && !event.shiftKey) {
    const id = onlySelected("boundary");
    event.preventDefault();
    if (!id || !startKeyboardResize(id)) {
      state.notify(
        "info",
        "Select one trust boundary first, then press R to resize it with the arrow keys.",
      );
    }
  } else if (plain && key === "l" && event.shiftKey) {
    event.preventDefault();
    void runAutoLayout();
  } else if (mod && key === "z" && !event.shiftKey) {
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
    if (state.execute(commands.nudge(elementIds, { x: dx * step, y: dy * step }))) {
      announce(describeMove(elementIds));
    }
  }
}

/** The one selected element (a node, or a trust boundary), or null. */
function onlySelected(kind: "node" | "boundary"): string | null {
  const { doc, selection } = editorStore.getState();
  if (!doc || selection.length !== 1) return null;
  const element = doc.elements.find((e) => e.id === selection[0]);
  if (!element) return null;
  const isBoundary = element.type === "trustBoundary";
  return isBoundary === (kind === "boundary") ? element.id : null;
}

function describeMove(ids: readonly string[]): string {
  const doc = editorStore.getState().doc;
  const element = ids.length === 1 ? doc?.elements.find((e) => e.id === ids[0]) : undefined;
  if (!element) return `Moved ${ids.length} elements`;
  return `${elementDisplayName(element)} at ${Math.round(element.position.x)}, ${Math.round(element.position.y)}`;
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

/**
 * F6 / Shift+F6 move between regions from anywhere, a text field included (as in browsers and
 * editors). Listened for while capturing, before a panel keeps a field's keys to itself.
 */
export function handleRegionKey(event: KeyboardEvent): void {
  if (event.key !== "F6" || event.defaultPrevented || inDialog(event.target)) return;
  if (!editorStore.getState().doc) return;
  event.preventDefault();
  cycleRegion(event.target, event.shiftKey);
}

export function installShortcuts(target: Window = window): () => void {
  const onCopy = (e: ClipboardEvent) => handleCopy(e);
  const onCut = (e: ClipboardEvent) => handleCopy(e, true);
  target.addEventListener("keydown", handleShortcut);
  target.addEventListener("keydown", handleRegionKey, true);
  target.addEventListener("copy", onCopy);
  target.addEventListener("cut", onCut);
  target.addEventListener("paste", handlePaste);
  return () => {
    target.removeEventListener("keydown", handleShortcut);
    target.removeEventListener("keydown", handleRegionKey, true);
    target.removeEventListener("copy", onCopy);
    target.removeEventListener("cut", onCut);
    target.removeEventListener("paste", handlePaste);
  };
}
