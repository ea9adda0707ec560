import { createContext, useContext } from "react";
import {
  labelReach,
  ObstacleIndex,
  placeLabel,
  type Curve,
  type LabelBox,
  type LabelSpot,
  type Rect,
} from "./labelPlacement";

interface Placed {
  curve: Curve;
  box: LabelBox;
  /** The obstacle lists where the label can go when it was placed (ObstacleIndex.near). */
  near: (readonly Rect[])[];
  spot: LabelSpot;
}

/**
 * Where every flow's label is, against the current obstacles, remembered per flow. When the
 * obstacles change (an element moved or was resized), each label is placed again only if its
 * curve or something near it changed, and only the flows whose label moves re-render (each
 * subscribes to its own spot, see FlowEdge): at 7,500 flows, moving one element used to
 * re-render and re-place every label.
 */
export class LabelPlacer {
  private readonly placed = new Map<string, Placed>();
  private readonly listeners = new Set<() => void>();

  constructor(private obstacles: ObstacleIndex = new ObstacleIndex([])) {}

  /** Place against these from now on, and let every flow check whether its label moves. */
  setObstacles(obstacles: ObstacleIndex): void {
    if (obstacles === this.obstacles) return;
    this.obstacles = obstacles;
    for (const listener of [...this.listeners]) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The label's spot: the one found last time while neither the curve nor its neighbourhood changed. */
  place(id: string, curve: Curve, box: LabelBox): LabelSpot {
    const near = this.obstacles.near(...labelReach(curve, box));
    const last = this.placed.get(id);
    if (
      last &&
      sameCurve(last.curve, curve) &&
      sameBox(last.box, box) &&
      last.near.length === near.length &&
      last.near.every((list, i) => list === near[i])
    ) {
      return last.spot;
    }
    const spot = placeLabel(curve, box, this.obstacles);
    this.placed.set(id, { curve, box, near, spot });
    return spot;
  }

  /** The flow is no longer drawn. */
  forget(id: string): void {
    this.placed.delete(id);
  }
}

function sameCurve(a: Curve, b: Curve): boolean {
  return (
    a.p0.x === b.p0.x &&
    a.p0.y === b.p0.y &&
    a.c1.x === b.c1.x &&
    a.c1.y === b.c1.y &&
    a.c2.x === b.c2.x &&
    a.c2.y === b.c2.y &&
    a.p3.x === b.p3.x &&
    a.p3.y === b.p3.y
  );
}

function sameBox(a: LabelBox, b: LabelBox): boolean {
  return a.width === b.width && a.height === b.height && a.textWidth === b.textWidth;
}

export const LabelPlacerContext = createContext<LabelPlacer>(new LabelPlacer());

export function useLabelPlacer(): LabelPlacer {
  return useContext(LabelPlacerContext);
}
