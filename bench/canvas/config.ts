import type { ModelSpec } from "./model/generateModel";

export interface SizeCase {
  label: string;
  spec: ModelSpec;
  /** Whether PRODUCT.md sets a budget for this size (only 200 nodes / 300 flows). */
  budgeted: boolean;
}

export const SIZES: readonly SizeCase[] = [
  {
    label: "200/300",
    spec: { elements: 200, flows: 300, boundaries: 5, seed: 200 },
    budgeted: true,
  },
  {
    label: "1000/1500",
    spec: { elements: 1000, flows: 1500, boundaries: 16, seed: 1000 },
    budgeted: false,
  },
];

/** From PRODUCT.md: "16.7 ms p95 main-thread time per pointer move ... within 1.25x of bare". */
export const BUDGET = { p95Ms: 16.7, ratio: 1.25 } as const;

export const WINDOW = { width: 1600, height: 1000 } as const;

export interface RunOptions {
  rounds: number;
  /** Pointer moves per drag, warm-up included. */
  moves: number;
  /** Leading moves left out of the figures (drag start, selection, first renders). */
  warmup: number;
  sizes: readonly SizeCase[];
  /** Keep each case's Chrome trace under bench/.out for a closer look. */
  keepTraces: boolean;
  /** Reuse the pages already built in bench/.out (faster reruns; stale if src changed). */
  skipBuild: boolean;
  /**
   * Instead of measuring: build unminified, drag once per page under V8's sampling profiler,
   * print the hottest functions and save .cpuprofile files under bench/.out.
   */
  profile: boolean;
}

export const DEFAULTS: Omit<RunOptions, "sizes"> = {
  rounds: 3,
  moves: 120,
  warmup: 15,
  keepTraces: false,
  skipBuild: false,
  profile: false,
};
