import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { Finding } from "../../engine/types";
import { KEY_HINTS } from "./statusKeys";
import { useTriageView } from "./triageView";

/** The triage keys, behind a button (the list needs the room). */
export function KeyHintsToggle() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="tc-key-toggle">
      <button
        type="button"
        className="tc-small-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Keys
      </button>
      {open && (
        <span className="tc-key-hints" id={id} role="note" aria-label="Keys on a finding">
          <span className="tc-muted">On a finding in the list:</span>
          {KEY_HINTS.map(([key, what]) => (
            <span key={key}>
              <kbd>{key.toUpperCase()}</kbd> {what}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

/**
 * Brings a finding asked for elsewhere (the summary's top risks, a custom threat just added)
 * into view and focuses it, first clearing filters or the canvas focus that hide it.
 */
export function useReveal(
  list: RefObject<HTMLElement | null>,
  shown: readonly Finding[],
  all: readonly Finding[],
  clearFilters: (() => void) | null,
  showAll: () => void,
): void {
  const reveal = useTriageView((s) => s.reveal);
  const tries = useRef(0);
  useEffect(() => {
    if (!reveal) {
      tries.current = 0;
      return;
    }
    const done = () => useTriageView.setState({ reveal: null });
    const row = list.current?.querySelector<HTMLElement>(
      `[data-finding-row][data-finding-id="${CSS.escape(reveal.findingId)}"]`,
    );
    if (row) {
      row.focus();
      row.scrollIntoView({ block: "center" });
      done();
      return;
    }
    if (tries.current++ > 2 || !all.some((f) => f.id === reveal.findingId)) {
      done();
      return;
    }
    if (!shown.some((f) => f.id === reveal.findingId) && clearFilters) clearFilters();
    else showAll();
  }, [reveal, shown, all, list, clearFilters, showAll]);
}
