import { moveInQueue, type QueueView } from "./usePhaseQueue";

/** Previous and next in a phase's queue of findings (the arrow keys do the same); its header says where. */
export function QueueNav({ view, label }: { view: QueueView; label: string }) {
  const last = view.findings.length - 1;
  return (
    <nav className="tc-ws-nav" aria-label={label}>
      <button
        type="button"
        onClick={() => moveInQueue(view, -1)}
        disabled={view.index === 0}
        aria-keyshortcuts="ArrowLeft"
      >
        Previous
      </button>
      <button
        type="button"
        onClick={() => moveInQueue(view, 1)}
        disabled={view.index >= last}
        aria-keyshortcuts="ArrowRight"
      >
        Next
      </button>
    </nav>
  );
}
