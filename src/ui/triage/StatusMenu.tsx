import { lazy, Suspense, useId, useRef, useState } from "react";
import { STATUS_LABELS } from "../../domain/triage/labels";
import type { Finding } from "../../engine/types";
import { useIsPicked, useStatus } from "./hooks";
import { useTriageView } from "./triageView";

const StatusPopup = lazy(() => import("./triageUi").then((m) => ({ default: m.StatusPopup })));

/** Fetch the menu's code while the app is idle, so the first opening shows it at once. */
export function preloadStatusPopup(): void {
  void import("./triageUi").catch(() => undefined);
}

/**
 * The status of a finding, as a menu button on its card: pick a status (with its key shown), or
 * open the decision editor. A status that needs a reason opens the editor with it chosen.
 */
export function StatusMenu({ finding }: { finding: Finding }) {
  const status = useStatus(finding);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  return (
    <span
      className="tc-status-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`tc-status-chip tc-status-${status}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Status: ${STATUS_LABELS[status]}`}
        onClick={() => setOpen((o) => !o)}
      >
        {STATUS_LABELS[status]}
        <span className="tc-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <StatusPopup
            finding={finding}
            status={status}
            menuId={menuId}
            button={button}
            onClose={close}
          />
        </Suspense>
      )}
    </span>
  );
}

/** The tick box that adds a finding to a bulk change. */
export function PickBox({ finding }: { finding: Finding }) {
  const picked = useIsPicked(finding.id);
  return (
    <input
      type="checkbox"
      className="tc-pick"
      checked={picked}
      aria-label={`Select: ${finding.title}`}
      onChange={() => useTriageView.getState().togglePicked(finding.id)}
    />
  );
}
