/**
 * Keyboard rules for inspector fields, as pure functions of the key event's fields so they can be
 * tested without a DOM.
 */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** True while an IME composition is in progress (Enter then confirms the composition). */
  isComposing?: boolean;
}

export type FieldKeyAction = "commit" | "revert" | null;

/**
 * What a key does in a text field. Single-line: Enter commits. Multi-line: Enter is a newline and
 * Ctrl/Cmd+Enter commits. Escape reverts in both.
 */
export function fieldKeyAction(event: KeyLike, multiline: boolean): FieldKeyAction {
  if (event.isComposing) return null;
  if (event.key === "Escape") return "revert";
  if (event.key !== "Enter") return null;
  const mod = event.ctrlKey || event.metaKey;
  if (multiline) return mod ? "commit" : null;
  return event.altKey ? null : "commit";
}

/** Keys that edit text or move the caret, and would do damage if a canvas shortcut also saw them. */
const EDITING_MOD_KEYS = new Set(["a", "c", "v", "x", "z", "y", "d"]);

/**
 * Should a key pressed in an inspector control stay inside the inspector (stopPropagation)?
 * The canvas listens for Delete, arrows, Ctrl/Cmd+Z/A/C/V/D ... on the document; while someone
 * types a name those keys belong to the text field (Delete must delete a character, not the
 * element; Ctrl+Z must undo typing; arrows must move the caret or the radio choice).
 * App-wide combos that do not edit text (Ctrl+S, Ctrl+K, F-keys) still reach the app, and so does
 * Escape, unless the field used it to revert.
 */
export function keepKeyInField(event: KeyLike): boolean {
  if (event.key === "Escape" || event.key === "Tab") return false;
  if (/^F\d{1,2}$/.test(event.key)) return false;
  if (event.ctrlKey || event.metaKey) return EDITING_MOD_KEYS.has(event.key.toLowerCase());
  return true;
}

/** Tag input: Enter or comma finishes a tag. */
export function isTagSeparatorKey(event: KeyLike): boolean {
  if (event.isComposing) return false;
  return event.key === "Enter" || event.key === ",";
}
