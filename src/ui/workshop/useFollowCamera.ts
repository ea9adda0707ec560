import { useEffect, useLayoutEffect, useState, type RefObject } from "react";
import type { ThreatModel } from "../../domain/schema";
import { MIN_WALK_ZOOM, stepRect, viewportFor, type VisibleArea } from "./camera";
import type { DiagramControls } from "./diagramControls";

/** The window's size, as a key that changes when it does (a projector connected mid-session). */
function useScreenKey(): string {
  const [screen, setScreen] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  useEffect(() => {
    const onResize = () => setScreen(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  return screen;
}

/**
 * The view follows the item the room is at (an element large enough to read across the room, a
 * boundary or a flow's two ends whole), or shows the whole diagram when there is none. It moves
 * when the item, the phase or the screen changes, or elements come or go; not on every edit (a
 * triage decision, a property) nor when someone pans the diagram themselves.
 */
export function useFollowCamera({
  doc,
  focusId,
  phase,
  controls,
  bars,
}: {
  doc: ThreatModel | null;
  focusId: string | null;
  phase: string;
  controls: DiagramControls;
  /** What covers the diagram: the top bar, the strip, the panel beside it. */
  bars: {
    top: RefObject<HTMLElement | null>;
    strip: RefObject<HTMLElement | null>;
    side: RefObject<HTMLElement | null>;
  };
}): void {
  const screen = useScreenKey();
  const { reactFlow, pane } = controls;
  const elementCount = doc?.elements.length;
  useLayoutEffect(() => {
    if (!doc || !pane) return;
    const area = visibleArea(pane, bars.top.current, bars.strip.current, bars.side.current);
    const rect = focusId ? stepRect(doc, focusId) : null;
    if (focusId && rect) {
      const boundary = doc.elements.some((e) => e.id === focusId && e.type === "trustBoundary");
      void reactFlow.setViewport(
        viewportFor(rect, area, { fitWhole: boundary, minZoom: MIN_WALK_ZOOM }),
        { duration: 250 },
      );
      return;
    }
    const bounds = reactFlow.getNodesBounds(reactFlow.getNodes());
    if (bounds.width > 0) {
      void reactFlow.setViewport(viewportFor(bounds, area, { fitWhole: true }), { duration: 250 });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above: not on every edit
  }, [focusId, phase, pane, screen, elementCount]);
}

/** The part of the diagram's pane not covered by the bars (pane coordinates). */
function visibleArea(
  pane: HTMLElement,
  top: HTMLElement | null,
  strip: HTMLElement | null,
  side: HTMLElement | null,
): VisibleArea {
  const box = pane.getBoundingClientRect();
  const upper = top ? top.getBoundingClientRect().bottom : box.top;
  const lower = strip ? strip.getBoundingClientRect().top : box.bottom;
  const right = side ? side.getBoundingClientRect().left : box.right;
  return {
    left: 0,
    top: Math.max(0, upper - box.top),
    width: Math.max(100, right - box.left),
    height: Math.max(100, lower - upper),
  };
}
