import { emptyKinds, topLevelTasks, type Task, type WorkKind } from "./tasks";
import { dragThreadSpans, isDispatch, parseTrace } from "./traceEvents";

/** Main-thread work attributed to one pointer move. */
export interface MoveCost {
  /** CPU ms of the main thread's tasks from this move's task to the next move's. */
  cpu: number;
  /** Wall-clock ms of the same tasks (inflated when the machine is busy). */
  wall: number;
  /** CPU ms by kind of work. */
  byKind: Record<WorkKind, number>;
  /** Wall time of the window, ms. */
  span: number;
}

export interface DragTrace {
  moves: MoveCost[];
  /** mousemove dispatches seen between mousedown and the end of the trace. */
  dispatched: number;
}

/**
 * Splits the drag's main-thread time into one window per pointer move: a window opens with the
 * task that dispatched a mousemove and closes when the next one opens, so it holds the input
 * handling, the React render and commit that follow, and the frame (style, layout, paint) that
 * shows them. The last move has no closing task and is dropped.
 */
export function movesFromTrace(buffer: Buffer): DragTrace {
  const spans = dragThreadSpans(parseTrace(buffer));
  const tasks = topLevelTasks(spans);
  const down = spans.find((s) => isDispatch(s, "mousedown"));
  if (!down) throw new Error("no mousedown in the trace");
  const moveTasks: Task[] = [];
  let dispatched = 0;
  for (const span of spans) {
    if (span.ts < down.ts || !isDispatch(span, "mousemove")) continue;
    dispatched++;
    const task = enclosing(tasks, span.ts);
    if (task && moveTasks[moveTasks.length - 1] !== task) moveTasks.push(task);
  }
  const moves: MoveCost[] = [];
  for (let i = 0; i + 1 < moveTasks.length; i++) {
    const from = moveTasks[i]!.start;
    const to = moveTasks[i + 1]!.start;
    const cost: MoveCost = { cpu: 0, wall: 0, byKind: emptyKinds(), span: (to - from) / 1000 };
    for (const task of tasks) {
      if (task.start < from || task.start >= to) continue;
      cost.cpu += task.cpu;
      cost.wall += task.wall;
      for (const kind of Object.keys(cost.byKind) as WorkKind[])
        cost.byKind[kind] += task.byKind[kind];
    }
    moves.push(cost);
  }
  return { moves, dispatched };
}

function enclosing(tasks: Task[], ts: number): Task | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const task = tasks[mid]!;
    if (ts < task.start) hi = mid - 1;
    else if (ts >= task.end) lo = mid + 1;
    else return task;
  }
  return undefined;
}
