import { lazy, Suspense } from "react";
import type { PhaseView } from "../../domain/workshop/agenda";

/** The side panel's own chunk of views (summary, mitigations ...): the same code, loaded once. */
const OtherViews = lazy(() => import("../triage/OtherViews"));

/** Beside the diagram in the mitigation phase: the model's mitigation plan (the side panel's view). */
export function PhasePanel({ view }: { view: Extract<PhaseView, "mitigations"> }) {
  return (
    <aside className="tc-ws-phase-panel" aria-label="The mitigation plan">
      <Suspense fallback={<p>Opening…</p>}>
        <OtherViews view={view} />
      </Suspense>
    </aside>
  );
}

/**
 * The review phase's strip: one line under the diagram (the room reads the diagram at its largest),
 * with what to check on it shown on request.
 */
export function ReviewStrip({
  counts,
  open,
  onToggle,
}: {
  counts: { elements: number; flows: number; boundaries: number };
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <div className="tc-ws-strip-body">
      <div className="tc-ws-step">
        <h2 className="tc-ws-step-name">Review the diagram</h2>
        <p className="tc-ws-step-where">
          {counts.elements} elements, {counts.flows} flows, {counts.boundaries} trust boundaries
        </p>
        <button
          type="button"
          className="tc-ws-nav"
          aria-expanded={open}
          aria-controls="tc-ws-review-questions"
          onClick={onToggle}
        >
          {open ? "Hide what to check" : "What to check (3)"}
        </button>
      </div>
      {open && (
        <ul id="tc-ws-review-questions" className="tc-ws-checklist">
          <li>
            Is every component that stores, trains on or serves data drawn, and is its kind right?
          </li>
          <li>
            Does each flow go the way the data goes, and is any flow missing (logs, backups,
            feedback)?
          </li>
          <li>
            Are the trust boundaries where control changes hands: the internet, tenants, vendors,
            teams?
          </li>
        </ul>
      )}
    </div>
  );
}
