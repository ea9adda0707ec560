import type { Browser, Page } from "playwright-core";
import { emptyKinds, topLevelTasks, type WorkKind } from "../canvas/trace/tasks";
import { isDispatch, parseTrace, type Span, type TraceEvent } from "../canvas/trace/traceEvents";

/** Renderer timeline categories, as bench/canvas records them. */
const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "blink.user_timing",
];

export interface CpuCost {
  /** Main-thread CPU ms from the task that dispatched the input to the painted frame. */
  cpu: number;
  byKind: Record<WorkKind, number>;
}

export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES });
}

/**
 * The main thread's CPU time for one interaction: every top-level task from the one that
 * dispatched the input (`click`, `mousedown` or `keydown`) until `wallMs` later (the click-to-paint the page
 * measured, which ends after the frame is painted). Thread time, so the figure holds on a busy
 * machine where wall time does not.
 */
export async function stopTrace(
  browser: Browser,
  input: "click" | "keydown" | "mousedown",
  wallMs: number,
  /** "last": from the last such dispatch (a shortcut's key after its modifiers' keydowns). */
  which: "first" | "last" = "first",
): Promise<CpuCost> {
  const events = parseTrace(await browser.stopTracing());
  const spans = inputThreadSpans(events, input);
  const tasks = topLevelTasks(spans);
  const dispatches = spans.filter((s) => isDispatch(s, input));
  const dispatch = which === "first" ? dispatches[0] : dispatches[dispatches.length - 1];
  if (!dispatch) throw new Error(`no ${input} dispatch in the trace`);
  const first = tasks.find((t) => t.start <= dispatch.ts && dispatch.ts < t.end);
  if (!first) throw new Error(`no task around the ${input} dispatch`);
  const until = first.start + wallMs * 1000;
  const cost: CpuCost = { cpu: 0, byKind: emptyKinds() };
  for (const task of tasks) {
    if (task.start < first.start || task.start > until) continue;
    cost.cpu += task.cpu;
    for (const kind of Object.keys(cost.byKind) as WorkKind[]) {
      cost.byKind[kind] += task.byKind[kind];
    }
  }
  return cost;
}

/** The renderer main thread that dispatched the input, its complete spans parents first. */
function inputThreadSpans(events: TraceEvent[], input: string): Span[] {
  const main = new Set<string>();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain") {
      main.add(`${e.pid}:${e.tid}`);
    }
  }
  const byThread = new Map<string, Span[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== "X" || e.dur === undefined || !main.has(key)) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e as Span);
  }
  for (const spans of byThread.values()) {
    if (spans.some((s) => isDispatch(s, input)))
      return spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  }
  throw new Error(`no renderer main thread dispatched the ${input}`);
}
