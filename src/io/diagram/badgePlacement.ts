import type { Rect } from "../../domain/graph";
import type { Point } from "../../domain/schema";
import type { Badge, SceneFlow } from "./scene";

export function badgeText(badge: Badge): string {
  return badge.count > 99 ? "99+" : String(badge.count);
}

export function badgeRadius(badge: Badge): number {
  return badgeText(badge).length > 2 ? 13 : 11;
}

const GAP = 2;

/**
 * Where each flow's badge goes: beside its label (right, left, above, below, in that order of
 * preference), or near the line's middle when it has none — the first spot that covers no element
 * and no flow label, so a badge never hides a name or a label's text. When every spot is taken
 * (a crowded drawing) the first is used.
 */
export function placeFlowBadges(
  flows: readonly SceneFlow[],
  elements: readonly Rect[],
): SceneFlow[] {
  const labels = flows.flatMap((f) => (f.label ? [f.label] : []));
  const obstacles = [...elements, ...labels];
  const placed: Rect[] = [];
  return flows.map((flow) => {
    if (!flow.badge) return flow;
    const r = badgeRadius(flow.badge);
    const candidates = candidateCentres(flow, r);
    const free = candidates.find((c) => {
      const box = circleBox(c, r);
      return ![...obstacles, ...placed].some((o) => overlaps(box, o));
    });
    const badgeAt = free ?? candidates[0]!;
    placed.push(circleBox(badgeAt, r));
    return { ...flow, badgeAt };
  });
}

function candidateCentres(flow: SceneFlow, r: number): Point[] {
  const l = flow.label;
  if (l) {
    const midY = l.y + l.height / 2;
    const midX = l.x + l.width / 2;
    return [
      { x: l.x + l.width + r + GAP, y: midY },
      { x: l.x - r - GAP, y: midY },
      { x: midX, y: l.y - r - GAP },
      { x: midX, y: l.y + l.height + r + GAP },
    ];
  }
  const mid = flow.control ?? {
    x: (flow.start.x + flow.end.x) / 2,
    y: (flow.start.y + flow.end.y) / 2,
  };
  return [mid, { x: mid.x, y: mid.y - 2 * r }, { x: mid.x, y: mid.y + 2 * r }];
}

function circleBox(c: Point, r: number): Rect {
  return { x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
