import type { FieldParser } from "./validation";

/**
 * Draft-versus-document logic for one text field.
 *
 * The document is the truth. A field holds a local draft only while the user is typing in it (or
 * after an invalid commit, so the typed text stays there to be fixed). Without a draft the field
 * shows the document's value, so undo/redo and edits made elsewhere appear at once.
 */
export interface DraftState {
  /** What the user typed, or null when the field mirrors the document. */
  text: string | null;
  /** Why the last commit was refused, or null. */
  error: string | null;
  /**
   * The document's text when typing began. When the document changes underneath (another tab
   * saved, an undo), the field keeps the typed text and says what changed (see changedUnder).
   */
  base?: string;
}

export const CLEAN: DraftState = { text: null, error: null };

export function shownText(state: DraftState, documentText: string): string {
  return state.text ?? documentText;
}

/** Typing: keep the text; a previous error stays until the next commit attempt or Escape. */
export function edit(state: DraftState, text: string, documentText?: string): DraftState {
  const base = state.text === null ? documentText : (state.base ?? documentText);
  return base === undefined ? { text, error: state.error } : { text, error: state.error, base };
}

/** A draft recovered from an unload draft: the text as it was left, over the text it was typed on. */
export function recovered(text: string, base: string): DraftState {
  return { text, error: null, base };
}

/** The document's value changed while this draft was being typed (show both, decide on commit). */
export function changedUnder(state: DraftState, documentText: string): boolean {
  return (
    state.text !== null &&
    state.base !== undefined &&
    state.base !== documentText &&
    state.text !== documentText
  );
}

/** Escape: drop the draft and its error; the field shows the document again. */
export function revert(): DraftState {
  return CLEAN;
}

export type CommitPlan<T> =
  /** Nothing to write: no draft, or the draft equals the document. */
  | { kind: "none"; next: DraftState }
  /** The draft is invalid: keep the text, show the message, write nothing. */
  | { kind: "invalid"; next: DraftState }
  /** Write this value (one command, one undo entry). */
  | { kind: "write"; value: T };

/** Decide what a commit (blur, Enter, Ctrl/Cmd+Enter) does with the current draft. */
export function planCommit<T>(
  state: DraftState,
  documentText: string,
  parse: FieldParser<T>,
): CommitPlan<T> {
  if (state.text === null || state.text === documentText) return { kind: "none", next: CLEAN };
  const parsed = parse(state.text);
  if (!parsed.ok) {
    return { kind: "invalid", next: { ...state, text: state.text, error: parsed.message } };
  }
  return { kind: "write", value: parsed.value };
}

/** After a write was attempted: clean on success, or keep the text with the refusal's message. */
export function afterWrite(state: DraftState, refusal: string | null): DraftState {
  return refusal === null ? CLEAN : { ...state, error: refusal };
}
