/** The few fields of a Chrome trace event this bench reads. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an "X" event, microseconds, when the trace has it. */
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** A complete ("X") event: one span of work with a duration. */
export type Span = TraceEvent & { dur: number };

export function parseTrace(buffer: Buffer): TraceEvent[] {
  const parsed: unknown = JSON.parse(buffer.toString("utf8"));
  if (Array.isArray(parsed)) return parsed as TraceEvent[];
  const events = (parsed as { traceEvents?: unknown }).traceEvents;
  if (!Array.isArray(events)) throw new Error("not a Chrome trace (no traceEvents)");
  return events as TraceEvent[];
}

/**
 * The renderer main thread that handled the drag: a CrRendererMain thread with a mousedown
 * dispatch (the one with the most mousemoves, should several renderers be traced).
 */
export function dragThreadSpans(events: TraceEvent[]): Span[] {
  const mainThreads = new Set<string>();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain") {
      mainThreads.add(`${e.pid}:${e.tid}`);
    }
  }
  const byThread = new Map<string, Span[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== "X" || e.dur === undefined || !mainThreads.has(key)) continue;
    let spans = byThread.get(key);
    if (!spans) byThread.set(key, (spans = []));
    spans.push(e as Span);
  }
  let best: Span[] | null = null;
  let bestMoves = -1;
  for (const spans of byThread.values()) {
    const moves = spans.filter((s) => isDispatch(s, "mousemove")).length;
    if (spans.some((s) => isDispatch(s, "mousedown")) && moves > bestMoves) {
      best = spans;
      bestMoves = moves;
    }
  }
  if (!best)
    throw new Error("no renderer main thread dispatched the mousedown: nothing was dragged");
  // Parents before children: by start, then longest first.
  return best.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

export function isDispatch(span: Span, type: string): boolean {
  return span.name === "EventDispatch" && span.args?.data?.type === type;
}
