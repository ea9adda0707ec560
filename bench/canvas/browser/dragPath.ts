import type { Reach } from "../pages/benchApi";

export interface Offset {
  dx: number;
  dy: number;
}

/**
 * A hand-like drag of `moves` pointer moves: right, then down, then back up-left, ending away
 * from where it started (so the drop can be checked). Each step moves the node at least 12
 * canvas units (more than the app's 10-unit snap grid, so every move changes the position) and
 * at least 3 screen pixels.
 */
export function dragPath(moves: number, zoom: number): Offset[] {
  const step = Math.max(3, 12 * zoom);
  const leg = Math.ceil(moves / 3);
  const offsets: Offset[] = [];
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < moves; i++) {
    if (i < leg) dx += step;
    else if (i < 2 * leg) dy += step;
    else {
      dx -= step * 0.8;
      dy -= step * 0.6;
    }
    offsets.push({ dx: round(dx), dy: round(dy) });
  }
  return offsets;
}

export function reachOf(offsets: Offset[]): Reach {
  const xs = offsets.map((o) => o.dx);
  const ys = offsets.map((o) => o.dy);
  return {
    left: Math.max(0, -Math.min(...xs)),
    right: Math.max(0, ...xs),
    top: Math.max(0, -Math.min(...ys)),
    bottom: Math.max(0, ...ys),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
