import { lazy, Suspense, useId, type KeyboardEvent } from "react";
import { useEngineStatus } from "../findings/evaluation";
import { useStaleCount } from "./staleHooks";
import { useTriageView, type RecordView } from "./triageView";

/** The views load on demand: the initial JavaScript stays within budget. */
const Views = lazy(() => import("./triageUi").then((m) => ({ default: m.OtherViews })));

const VIEWS: ReadonlyArray<readonly [RecordView, string]> = [
  ["summary", "Overview"],
  ["mitigations", "Mitigations"],
  ["assumptions", "Assumptions"],
  ["log", "Log"],
  ["stale", "No longer applies"],
];

/**
 * The side panel's Summary tab: where the model stands (progress, heat maps, top risks) and
 * what the team decided (mitigation plan, assumptions, decision log, decisions that no longer
 * apply), each a view of its own.
 */
export function SummaryTab() {
  const view = useTriageView((s) => s.view);
  const stale = useStaleCount();
  const engine = useEngineStatus();
  const uid = useId();
  const shown = VIEWS.filter(([id]) => id !== "stale" || stale > 0 || view === "stale");
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    let step = 0;
    if (event.key === "ArrowRight") step = 1;
    else if (event.key === "ArrowLeft") step = shown.length - 1;
    if (step === 0) return;
    event.preventDefault();
    const at = shown.findIndex(([id]) => id === view);
    const next = shown[(at + step) % shown.length]![0];
    useTriageView.getState().show(next);
    document.getElementById(`${uid}-${next}`)?.focus();
  };
  return (
    <div className="tc-records-tab">
      <div className="tc-subtabs" role="tablist" aria-label="Summary views" onKeyDown={onKeyDown}>
        {shown.map(([id, label]) => (
          <button
            key={id}
            id={`${uid}-${id}`}
            type="button"
            role="tab"
            aria-selected={view === id}
            aria-controls={`${uid}-body`}
            tabIndex={view === id ? 0 : -1}
            onClick={() => useTriageView.getState().show(id)}
          >
            {id === "stale" ? `${label} (${stale})` : label}
          </button>
        ))}
      </div>
      <div
        className="tc-records-body"
        id={`${uid}-body`}
        role="tabpanel"
        aria-labelledby={`${uid}-${view}`}
        // Scrolls on its own: focusable so that keyboard users can scroll it.
        tabIndex={0}
      >
        {!engine.ready ? (
          <p role={engine.error ? "alert" : "status"}>
            {engine.error ?? "Loading the threat engine…"}
          </p>
        ) : (
          <Suspense fallback={<p className="tc-muted">Opening…</p>}>
            <Views view={view} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
