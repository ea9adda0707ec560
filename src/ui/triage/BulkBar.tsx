import { lazy, Suspense } from "react";
import { isTriageable } from "../../engine/risk/triageable";
import type { Finding } from "../../engine/types";
import { useTriageView } from "./triageView";

const BulkBody = lazy(() => import("./triageUi").then((m) => ({ default: m.BulkBody })));

/**
 * Many findings at once (see BulkBody): shown while something is ticked; its code loads with
 * the first tick.
 */
export function BulkBar({
  all,
}: {
  /** Every finding, to resolve the ticked ids. */ all: readonly Finding[];
}) {
  const picked = useTriageView((s) => s.picked);
  if (picked.size === 0) return null;
  return (
    <Suspense fallback={null}>
      <BulkBody all={all} picked={picked} />
    </Suspense>
  );
}

/** Ticks every finding the list shows (or unticks them), for a bulk change. */
export function SelectAllShown({ shown }: { shown: readonly Finding[] }) {
  const picked = useTriageView((s) => s.picked);
  const shownIds = shown.filter(isTriageable).map((f) => f.id);
  const allShownPicked = shownIds.length > 0 && shownIds.every((id) => picked.has(id));
  return (
    <label className="tc-check">
      <input
        type="checkbox"
        checked={allShownPicked}
        disabled={shownIds.length === 0}
        onChange={() => {
          const ids = new Set(shownIds);
          useTriageView
            .getState()
            .setPicked(
              allShownPicked ? [...picked].filter((id) => !ids.has(id)) : [...picked, ...shownIds],
            );
        }}
      />
      Select all shown
    </label>
  );
}
