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

/**
 * The header of a phase's strip: "Score finding 2 of 19", how far the room has got (announced
 * politely), a progress bar and the queue's previous / next.
 */
export function QueueHeader({
  view,
  verb,
  noun,
  done,
  doneText,
  label,
  progressLabel,
}: {
  view: QueueView;
  /** "Score", "Mitigate": shown muted before the count. */
  verb: string;
  /** "finding", "risk". */
  noun: string;
  done: number;
  /** "scored by the team" after "3 of 19". */
  doneText: string;
  /** The queue's name (its navigation's label). */
  label: string;
  progressLabel: string;
}) {
  const total = view.findings.length;
  return (
    <header className="tc-ws-step">
      <h2 className="tc-ws-step-name">
        <span className="tc-ws-step-kind">{verb}</span> {noun} {view.index + 1} of {total}
      </h2>
      <p className="tc-ws-progress" role="status" aria-live="polite">
        {done} of {total} {doneText}
      </p>
      <progress
        className="tc-ws-progress-bar"
        value={done}
        max={Math.max(1, total)}
        aria-label={progressLabel}
      />
      <QueueNav view={view} label={label} />
    </header>
  );
}
