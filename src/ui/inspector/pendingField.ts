import { createContext, useContext, useEffect, useRef, useState } from "react";
import { pendingEdits, type FieldRef, type PendingEdit } from "../../store/pendingEdits";

/**
 * What a field has typed and not committed is reported to the pending-edits registry, so the
 * unload draft keeps it (a reload, a closed tab or a crash loses none of it), and text recovered
 * from a draft comes back into its field as it was left: uncommitted, with the cursor at the end.
 * The model id comes from the inspector (one model is shown at a time).
 */
export const InspectedModel = createContext<string | null>(null);

export interface PendingText {
  /** Text recovered for this field when it mounted, or null. */
  restored: PendingEdit | null;
  /** The field's text changed: null when it mirrors the document again. */
  report(text: string | null, base: string): void;
}

export function usePendingText(ref: FieldRef | undefined, label: string): PendingText {
  const modelId = useContext(InspectedModel);
  const active = ref !== undefined && modelId !== null;
  // Read once per mount; the entry stays until the field commits or reverts (clear removes it),
  // so a double render (StrictMode) reads the same.
  const [restored] = useState(() => (active ? pendingEdits.peekRestored(modelId, ref) : null));
  const last = useRef<{ text: string; base: string } | null>(
    restored ? { text: restored.text, base: restored.base } : null,
  );
  const key = ref
    ? `${modelId}|${ref.target.kind}|${"id" in ref.target ? ref.target.id : ""}|${ref.field}`
    : "";

  useEffect(() => {
    if (!active) return;
    const current = last.current;
    if (current) pendingEdits.set({ modelId, ...ref, label, ...current });
    // Gone (another item selected, the panel closed): nothing is left typed in it.
    return () => pendingEdits.clear(ref);
    // `key` names the field; the ref object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return {
    restored,
    report(text, base) {
      if (!active) return;
      if (text === null) {
        last.current = null;
        pendingEdits.clear(ref);
      } else {
        last.current = { text, base };
        pendingEdits.set({ modelId, ...ref, label, text, base });
      }
    },
  };
}
