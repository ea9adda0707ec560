import { createContext, useContext, useDeferredValue } from "react";
import { useStore } from "@xyflow/react";

/**
 * Below this zoom the canvas draws an overview: shapes, findings counts and flows, without the
 * texts, icons, flow labels and connection handles no one can read or aim at there (an element's
 * 19 px name is under 4 px on screen). A 1,000-element model fits at about 0.1: its names were
 * 2 px high, and drawing them was a third of the page (28,000 DOM elements; 18,700 in overview).
 */
export const OVERVIEW_BELOW_ZOOM = 0.2;

export const OverviewContext = createContext(false);

/** Whether the canvas is drawn as an overview (see OVERVIEW_BELOW_ZOOM). */
export function useOverview(): boolean {
  return useContext(OverviewContext);
}

/**
 * Whether the canvas's zoom calls for an overview. Zooming out to it is immediate (the overview
 * is the cheaper drawing: a model that opens fitted at a small zoom is never drawn in detail);
 * zooming back in is deferred, since it redraws every visible element in detail, and a deferred
 * render yields to the zoom gesture.
 */
export function useOverviewForZoom(): boolean {
  const overview = useStore((s) => s.transform[2] < OVERVIEW_BELOW_ZOOM);
  const deferred = useDeferredValue(overview);
  return overview || deferred;
}
