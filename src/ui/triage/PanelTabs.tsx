import { lazy, Suspense, useEffect, useId, type KeyboardEvent } from "react";
import { preloadTriageCommands } from "./lazyCommands";
import { useStaleCount } from "./staleHooks";
import { useTriageView, type PanelView } from "./triageView";

/** The views besides the list load on demand: the initial JavaScript stays within budget. */
const Views = lazy(() => import("./triageUi").then((m) => ({ default: m.OtherViews })));

const TABS: ReadonlyArray<readonly [PanelView, string]> = [
  ["threats", "Threats"],
  ["summary", "Summary"],
  ["mitigations", "Mitigations"],
  ["assumptions", "Assumptions"],
  ["log", "Log"],
  ["stale", "No longer applies"],
];

/** The views of the threats panel: the list, and what the team decided about it. */
export function PanelTabs({ panelId }: { panelId: string }) {
  const view = useTriageView((s) => s.view);
  const stale = useStaleCount();
  const uid = useId();
  // The panel is up: the triage code comes while the app is idle, before the first decision.
  useEffect(preloadTriageCommands, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    event.preventDefault();
    const at = TABS.findIndex(([id]) => id === view);
    const next = TABS[(at + (event.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length]![0];
    useTriageView.getState().show(next);
    document.getElementById(`${uid}-${next}`)?.focus();
  };
  return (
    <div className="tc-panel-tabs" role="tablist" aria-label="Threat views" onKeyDown={onKeyDown}>
      {TABS.filter(([id]) => id !== "stale" || stale > 0 || view === "stale").map(([id, label]) => (
        <button
          key={id}
          id={`${uid}-${id}`}
          type="button"
          role="tab"
          aria-selected={view === id}
          aria-controls={panelId}
          tabIndex={view === id ? 0 : -1}
          onClick={() => useTriageView.getState().show(id)}
        >
          {id === "stale" ? `${label} (${stale})` : label}
        </button>
      ))}
    </div>
  );
}

/** The view chosen in the tabs, when it is not the threats list. */
export function OtherView({ view }: { view: Exclude<PanelView, "threats"> }) {
  return (
    <Suspense fallback={<p className="tc-muted">Opening…</p>}>
      <Views view={view} />
    </Suspense>
  );
}
