import type { Span } from "./traceEvents";

export type WorkKind = "script" | "style+layout" | "paint+composite" | "gc" | "other";

const KIND_OF: Record<string, WorkKind> = {
  EventDispatch: "script",
  FunctionCall: "script",
  TimerFire: "script",
  FireAnimationFrame: "script",
  FireIdleCallback: "script",
  RunMicrotasks: "script",
  EvaluateScript: "script",
  "v8.compile": "script",
  UpdateLayoutTree: "style+layout",
  Layout: "style+layout",
  HitTest: "style+layout",
  PrePaint: "paint+composite",
  Paint: "paint+composite",
  Layerize: "paint+composite",
  Commit: "paint+composite",
  UpdateLayer: "paint+composite",
  MinorGC: "gc",
  MajorGC: "gc",
};

/** One top-level task of the main thread, and how its time splits by kind of work. */
export interface Task {
  start: number;
  end: number;
  /** Wall-clock duration, ms (includes time the thread was descheduled or blocked). */
  wall: number;
  /** Thread CPU time, ms (what the work cost, whatever the neighbours on the machine do). */
  cpu: number;
  /** CPU time by kind of work, ms. */
  byKind: Record<WorkKind, number>;
  spans: Span[];
}

/**
 * Top-level tasks (`RunTask`, or the scheduler's `ThreadControllerImpl::RunTask` if the first
 * is missing), each with the self time of every span inside it attributed to the nearest
 * enclosing kind of work (a Layout forced from script counts as layout, a GC as gc).
 */
export function topLevelTasks(spans: Span[]): Task[] {
  const taskName = spans.some((s) => s.name === "RunTask")
    ? "RunTask"
    : "ThreadControllerImpl::RunTask";
  const tasks: Task[] = [];
  let current: Task | null = null;
  for (const span of spans) {
    if (current && span.ts < current.end) {
      current.spans.push(span);
      continue;
    }
    if (span.name !== taskName) continue;
    current = {
      start: span.ts,
      end: span.ts + span.dur,
      wall: span.dur / 1000,
      cpu: cpuOf(span) / 1000,
      byKind: emptyKinds(),
      spans: [],
    };
    tasks.push(current);
  }
  for (const task of tasks) task.byKind = splitByKind(task);
  return tasks;
}

function kindOf(name: string): WorkKind | undefined {
  return KIND_OF[name] ?? (name.startsWith("V8.GC") ? "gc" : undefined);
}

/** Thread time when the trace has it, else wall time. */
function cpuOf(span: Span): number {
  return span.tdur ?? span.dur;
}

function splitByKind(task: Task): Record<WorkKind, number> {
  const out = emptyKinds();
  const stack: Array<{ end: number; kind: WorkKind; self: number }> = [
    { end: task.end, kind: "other", self: task.cpu * 1000 },
  ];
  const close = (until: number) => {
    while (stack.length > 1 && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!;
      out[done.kind] += Math.max(0, done.self) / 1000;
    }
  };
  for (const span of task.spans) {
    close(span.ts);
    const parent = stack[stack.length - 1]!;
    parent.self -= cpuOf(span);
    stack.push({
      end: span.ts + span.dur,
      kind: kindOf(span.name) ?? parent.kind,
      self: cpuOf(span),
    });
  }
  close(Number.POSITIVE_INFINITY);
  out[stack[0]!.kind] += Math.max(0, stack[0]!.self) / 1000;
  return out;
}

export function emptyKinds(): Record<WorkKind, number> {
  return { script: 0, "style+layout": 0, "paint+composite": 0, gc: 0, other: 0 };
}
