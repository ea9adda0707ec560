import type { SizeCase } from "../config";
import type { CaseResult } from "../runCase";
import type { WorkKind } from "../trace/tasks";
import { median, percentile, sum } from "./stats";

export interface PageFigures {
  /** Main-thread CPU ms per move. */
  medianMs: number;
  p95Ms: number;
  /** Wall-clock ms of the same tasks per move. */
  wallMedianMs: number;
  wallP95Ms: number;
  /** Median CPU ms per move by kind of work. */
  byKind: Record<WorkKind, number>;
  /** Script CPU ms over all measured moves of one drag. */
  totalScriptMs: number;
}

export interface RoundFigures {
  bare: PageFigures;
  app: PageFigures;
  /** app p95 / bare p95, within the round. */
  ratio: number;
}

export interface SizeSummary {
  size: SizeCase;
  rounds: RoundFigures[];
  /** Medians over rounds. */
  bare: PageFigures;
  app: PageFigures;
  ratio: number;
  /** Pointer moves sent vs dispatched by the renderer (coalescing shows as fewer). */
  dispatchNotes: string[];
}

const KINDS: WorkKind[] = ["script", "style+layout", "paint+composite", "gc", "other"];

export function figuresOf(result: CaseResult): PageFigures {
  const cpu = result.moves.map((m) => m.cpu);
  const wall = result.moves.map((m) => m.wall);
  const byKind = Object.fromEntries(
    KINDS.map((k) => [k, median(result.moves.map((m) => m.byKind[k]))]),
  ) as Record<WorkKind, number>;
  return {
    medianMs: median(cpu),
    p95Ms: percentile(cpu, 95),
    wallMedianMs: median(wall),
    wallP95Ms: percentile(wall, 95),
    byKind,
    totalScriptMs: sum(result.moves.map((m) => m.byKind.script)),
  };
}

/** Medians over rounds, field by field. */
function medianFigures(all: PageFigures[]): PageFigures {
  const of = (pick: (f: PageFigures) => number) => median(all.map(pick));
  return {
    medianMs: of((f) => f.medianMs),
    p95Ms: of((f) => f.p95Ms),
    wallMedianMs: of((f) => f.wallMedianMs),
    wallP95Ms: of((f) => f.wallP95Ms),
    byKind: Object.fromEntries(KINDS.map((k) => [k, of((f) => f.byKind[k])])) as Record<
      WorkKind,
      number
    >,
    totalScriptMs: of((f) => f.totalScriptMs),
  };
}

export function summarise(
  size: SizeCase,
  pairs: Array<{ bare: CaseResult; app: CaseResult }>,
): SizeSummary {
  const rounds = pairs.map(({ bare, app }) => {
    const b = figuresOf(bare);
    const a = figuresOf(app);
    return { bare: b, app: a, ratio: a.p95Ms / b.p95Ms };
  });
  const dispatchNotes = pairs
    .flatMap(({ bare, app }) => [bare, app])
    .filter((r) => r.dispatched < r.sent)
    .map((r) => `${r.kind}: ${r.dispatched} of ${r.sent} moves dispatched (coalesced)`);
  return {
    size,
    rounds,
    bare: medianFigures(rounds.map((r) => r.bare)),
    app: medianFigures(rounds.map((r) => r.app)),
    ratio: median(rounds.map((r) => r.ratio)),
    dispatchNotes,
  };
}
