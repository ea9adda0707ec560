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

/** The review phase's strip: what to check on the diagram before walking it. */
export function ReviewStrip({
  counts,
}: {
  counts: { elements: number; flows: number; boundaries: number };
}) {
  return (
    <div className="tc-ws-strip-body">
      <h2 className="tc-ws-step-name">Review the diagram</h2>
      <p className="tc-ws-big">
        {counts.elements} elements, {counts.flows} flows, {counts.boundaries} trust boundaries.
      </p>
      <ul className="tc-ws-checklist">
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
    </div>
  );
}
