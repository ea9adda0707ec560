import { absoluteRect, indexModel, type Rect } from "../../domain/graph";
import type { ThreatModel, Viewport } from "../../domain/schema";

/** Node names are 19 px at zoom 1: the walk never shows an item below this zoom (20 px or more). */
export const MIN_WALK_ZOOM = 1.15;
const MAX_WALK_ZOOM = 1.6;

/** Where on screen the diagram may be seen: the window less the bars over it. */
export interface VisibleArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The canvas rectangle a step is about: an element's own, a flow's two ends together. */
export function stepRect(doc: ThreatModel, id: string): Rect | null {
  const index = indexModel(doc);
  const flow = index.flowsById.get(id);
  if (!flow) return absoluteRect(index, id);
  const a = absoluteRect(index, flow.source);
  const b = absoluteRect(index, flow.target);
  if (!a || !b) return a ?? b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * The viewport that shows `rect` centred in the visible area, as large as fits with a margin,
 * and never above 1.6 times the size. An element or flow is never shown below `minZoom`
 * (MIN_WALK_ZOOM unless given: names stay readable across the room; the rest of a large flow
 * may then run off screen). A boundary or the whole diagram (`fitWhole`) is fitted whole with a
 * thinner margin; with a `minZoom` a boundary too large for it is shown at that zoom from its top
 * (its name and first members in sight), the rest reached by panning.
 */
export function viewportFor(
  rect: Rect,
  area: VisibleArea,
  options: { fitWhole: boolean; minZoom?: number },
): Viewport {
  // A single item keeps its neighbours in sight; a whole diagram or boundary uses the room there is.
  const margin = options.fitWhole ? 0.97 : 0.8;
  const fit = Math.min(
    (area.width * margin) / Math.max(rect.width, 1),
    (area.height * margin) / Math.max(rect.height, 1),
  );
  const floor = options.minZoom ?? (options.fitWhole ? 0.1 : MIN_WALK_ZOOM);
  const zoom = Math.min(MAX_WALK_ZOOM, Math.max(floor, fit));
  const centreX = rect.x + rect.width / 2;
  const centreY = rect.y + rect.height / 2;
  const tooTall = options.fitWhole && rect.height * zoom > area.height * margin;
  const topInset = (area.height * (1 - margin)) / 2;
  return {
    x: area.left + area.width / 2 - centreX * zoom,
    y: tooTall ? area.top + topInset - rect.y * zoom : area.top + area.height / 2 - centreY * zoom,
    zoom,
  };
}
