import type { TypedText } from "../persistence";

/**
 * Text typed into inspector fields and not committed yet (fields commit on blur or Enter). Kept
 * here, outside the editor store's state so typing never wakes the canvas, for two readers: the
 * session, which keeps it in the unload draft (so a reload, a closed tab or a crash loses none of
 * it), and the fields themselves, which take back text recovered from a draft when they mount.
 */
export interface PendingEdit extends TypedText {
  modelId: string;
}

export type FieldRef = Pick<TypedText, "target" | "field">;

export function fieldKey(ref: FieldRef): string {
  const target = ref.target.kind === "model" ? "model" : `${ref.target.kind}:${ref.target.id}`;
  return `${target}#${ref.field}`;
}

export function createPendingEdits() {
  const edits = new Map<string, PendingEdit>();
  const restored = new Map<string, PendingEdit>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    /** A field's text changed (it differs from the document, or the field holds an error). */
    set(edit: PendingEdit): void {
      edits.set(fieldKey(edit), edit);
      changed();
    },
    /** The field committed, reverted or went away (recovered text for it is used up too). */
    clear(ref: FieldRef): void {
      restored.delete(fieldKey(ref));
      if (edits.delete(fieldKey(ref))) changed();
    },
    /** Everything typed and not committed, in the model `modelId`. */
    of(modelId: string): PendingEdit[] {
      return [...edits.values()].filter((e) => e.modelId === modelId);
    },
    /** Whether a field of this element or flow holds uncommitted text. */
    isEditing(modelId: string, id: string): boolean {
      for (const e of edits.values()) {
        if (e.modelId === modelId && e.target.kind !== "model" && e.target.id === id) return true;
      }
      return false;
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Text recovered from a draft, for its field to take when it mounts. */
    restore(modelId: string, typed: readonly TypedText[]): void {
      for (const t of typed) {
        const edit = { ...t, modelId };
        restored.set(fieldKey(t), edit);
        // Pending from now on, so this tab's own draft keeps it even before its field shows.
        edits.set(fieldKey(t), edit);
      }
      if (typed.length > 0) changed();
    },
    /** The recovered text of this field, until the field commits or reverts it; or null. */
    peekRestored(modelId: string, ref: FieldRef): PendingEdit | null {
      const found = restored.get(fieldKey(ref));
      return found && found.modelId === modelId ? found : null;
    },
    /** Forget recovered text not taken yet, and what was pending (another model is opened). */
    dropRestored(): void {
      for (const key of restored.keys()) edits.delete(key);
      restored.clear();
    },
  };
}

export type PendingEdits = ReturnType<typeof createPendingEdits>;

/** The app's registry; tests create their own. */
export const pendingEdits: PendingEdits = createPendingEdits();
