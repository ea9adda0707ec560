import type { Offset } from "./dragPath";
import type { DragRecording } from "./traceDrag";

/**
 * A benchmark that measures nothing is worse than none: the node must follow the pointer while
 * held (the transient drag frames were rendered) and stay where it was dropped (the page's own
 * state moved it). React Flow starts a drag on the first move past its 1 px threshold and
 * follows the pointer from there, so the node travels the path minus its first step.
 * Tolerance: the app's 10-unit snap grid plus rounding. Throws otherwise.
 */
export function verifyDrag(
  label: string,
  recording: DragRecording<unknown>,
  path: Offset[],
  zoom: number,
) {
  const first = path[0]!;
  const last = path[path.length - 1]!;
  const end = { dx: last.dx - first.dx, dy: last.dy - first.dy };
  const slackPx = 10 * zoom + 2;
  const slackUnits = 12;
  const failures: string[] = [];
  const check = (what: string, actual: number, expected: number, slack: number) => {
    if (Math.abs(actual - expected) > slack) {
      failures.push(
        `${what}: moved ${actual.toFixed(1)}, expected ${expected.toFixed(1)} ± ${slack.toFixed(1)}`,
      );
    }
  };
  const { before, held, dropped, positionBefore, positionAfter } = recording;
  check("held x (px)", held.x - before.x, end.dx, slackPx);
  check("held y (px)", held.y - before.y, end.dy, slackPx);
  check("dropped x (px)", dropped.x - before.x, end.dx, slackPx);
  check("dropped y (px)", dropped.y - before.y, end.dy, slackPx);
  check("state x (units)", positionAfter.x - positionBefore.x, end.dx / zoom, slackUnits);
  check("state y (units)", positionAfter.y - positionBefore.y, end.dy / zoom, slackUnits);
  if (failures.length > 0) {
    throw new Error(
      `${label}: the drag did not move the node as expected\n  ${failures.join("\n  ")}`,
    );
  }
}
