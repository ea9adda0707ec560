/**
 * `npm run bench:scale`: how the built app copes with large models (issue 11, items 15 and 16),
 * each figure beside a baseline measured in the same run. A measurement, not a test: over budget
 * prints OVER and still exits 0; it exits 1 only when it could not measure.
 *
 *   npm run bench:scale                      everything, 3 rounds (about 10 minutes)
 *   npm run bench:scale -- --rounds 5 --keys 12
 *   npm run bench:scale -- --skip-drag       without the canvas drag (bench/canvas)
 *   npm run bench:scale -- --profile         where the time goes (V8 sampling profiler)
 */
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../canvas/browser/launch";
import { buildPages } from "../canvas/build/buildPages";
import { servePages } from "../canvas/build/serve";
import { DEFAULTS, SIZES } from "../canvas/config";
import { measureSize } from "../canvas/measure";
import type { SizeSummary } from "../canvas/report/summary";
import { buildApp, serveApp } from "./build";
import type { Measured } from "./interact";
import { MODELS, type ModelKey } from "./models";
import { openFromStorage, type OpenTiming } from "./open";
import { PROFILE_PARTS, profileRun } from "./profile";
import { formatFigures, type FigureRow } from "./report";
import { heapOverUndoRedo, selectDeselect, typeInInspector, undoRedo } from "./scenarios";
import { startWatchdog, step } from "./watchdog";

const USAGE =
  "npm run bench:scale -- [--rounds 3] [--keys 8] [--heap-cycles 100] [--skip-drag] [--skip-build] [--only open,typing,undo,select,heap] [--profile]";

function log(message: string): void {
  console.error(`[bench:scale] ${message}`);
}

function load(): string {
  return `load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")} on ${cpus().length} cores`;
}

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      rounds: { type: "string" },
      keys: { type: "string" },
      "heap-cycles": { type: "string" },
      "skip-drag": { type: "boolean" },
      "skip-build": { type: "boolean" },
      profile: { type: "boolean" },
      only: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`expected a whole number, got "${value}"\n${USAGE}`);
    return n;
  };
  return {
    rounds: int(values.rounds, 3),
    keys: int(values.keys, 8),
    heapCycles: int(values["heap-cycles"], 100),
    skipDrag: values["skip-drag"] ?? false,
    skipBuild: values["skip-build"] ?? false,
    profile: values.profile ?? false,
    only: onlyParts(values.only),
  };
}

/** What `--only` can name: the opens are always measured (every other figure starts with one). */
const PARTS = ["open", "typing", "undo", "select", "heap"] as const;
type Part = (typeof PARTS)[number];

function onlyParts(value: string | undefined): Part[] {
  if (value === undefined) return [...PARTS];
  const parts = value.split(",").map((p) => p.trim());
  for (const part of parts) {
    if (!PARTS.includes(part as Part)) {
      throw new Error(`--only takes ${PARTS.join(", ")}; got "${part}"\n${USAGE}`);
    }
  }
  return parts as Part[];
}

type Series = Record<string, number[]>;

class Collected {
  readonly series: Series = {};
  add(name: string, values: number[]): void {
    (this.series[name] ??= []).push(...values);
  }
  addMeasured(name: string, list: Measured[]): void {
    this.add(
      `${name}:wall`,
      list.map((m) => m.wallMs),
    );
    this.add(
      `${name}:cpu`,
      list.flatMap((m) => (m.cpuMs === null ? [] : [m.cpuMs])),
    );
    this.add(
      `${name}:later`,
      list.map((m) => m.laterMs),
    );
  }
  addOpen(key: ModelKey, cold: OpenTiming, warm: OpenTiming): void {
    for (const [visit, t] of [
      ["cold", cold],
      ["warm", warm],
    ] as const) {
      this.add(`open:${key}:${visit}:interactive`, [t.interactiveMs]);
      this.add(`open:${key}:${visit}:shown`, [t.shownMs]);
      this.add(`open:${key}:${visit}:longTasks`, [t.longTaskMs]);
    }
  }
  get(name: string): number[] {
    return this.series[name] ?? [];
  }
}

async function measureModel(
  browser: Browser,
  url: string,
  key: ModelKey,
  opts: ReturnType<typeof options>,
  out: Collected,
  withHeap: boolean,
): Promise<void> {
  const model = MODELS[key].make();
  const opened = await openFromStorage(browser, url, model);
  try {
    out.addOpen(key, opened.cold, opened.warm);
    log(
      `  ${MODELS[key].label}: interactive ${(opened.cold.interactiveMs / 1000).toFixed(2)} s (first visit), ${(opened.warm.interactiveMs / 1000).toFixed(2)} s (reload)`,
    );
    const driver = { page: opened.page, trace: browser };
    const part = (name: Part) => opts.only.includes(name);
    // One line per scenario: a run spends minutes on the interactions of each model (each waits
    // for idle and 1.5 s after its frame), and without them a slow run looked like a hung one.
    const done = (what: string, list: Measured[]) => {
      const cpu = list.flatMap((m) => (m.cpuMs === null ? [] : [m.cpuMs]));
      log(
        `    ${what}: median ${median(list.map((m) => m.wallMs)).toFixed(1)} ms wall${cpu.length > 0 ? `, ${median(cpu).toFixed(1)} ms CPU` : ""} (n=${list.length})`,
      );
    };
    if (part("typing") && (key === "sample" || key === "1000")) {
      const typing = await typeInInspector(driver, opts.keys);
      out.addMeasured(`typing:${key}`, typing);
      done("typing", typing);
    }
    if (part("undo") && (key === "sample" || key === "5000")) {
      const { undo, redo } = await undoRedo(driver, opts.keys, "nudge");
      out.addMeasured(`undo:${key}`, undo);
      out.addMeasured(`redo:${key}`, redo);
      done("undo of a nudge", undo);
      done("redo of a nudge", redo);
      const renamed = await undoRedo(driver, opts.keys, "rename");
      out.addMeasured(`undoRename:${key}`, renamed.undo);
      done("undo of a rename", renamed.undo);
    }
    if (part("select") && key === "sample") {
      const plain = await selectDeselect(driver, opts.keys);
      out.addMeasured("select:sample:1x", plain.select);
      out.addMeasured("deselect:sample:1x", plain.deselect);
      done("select", plain.select);
      done("deselect", plain.deselect);
      const cdp = await opened.context.newCDPSession(opened.page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      // Thread time is not slowed by the emulation: only wall-clock figures count here.
      const slowed = { page: opened.page, trace: null };
      const sd = await selectDeselect(slowed, opts.keys);
      out.addMeasured("select:sample:4x", sd.select);
      out.addMeasured("deselect:sample:4x", sd.deselect);
      const slowUndo = (await undoRedo(slowed, opts.keys)).undo;
      out.addMeasured("undo:sample:4x", slowUndo);
      done("select, CPU 4x slower", sd.select);
      done("deselect, CPU 4x slower", sd.deselect);
      done("undo, CPU 4x slower", slowUndo);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      await cdp.detach();
    }
    if (part("heap") && withHeap && (key === "sample" || key === "1000")) {
      step(`${opts.heapCycles} undo/redo cycles for the heap (${MODELS[key].label})`, 10 * 60_000);
      const heap = await heapOverUndoRedo(opened.page, opts.heapCycles);
      out.add(`heap:${key}:before`, [heap.beforeMb]);
      out.add(`heap:${key}:growth`, [heap.afterMb - heap.beforeMb]);
      log(
        `  ${MODELS[key].label}: heap ${heap.beforeMb.toFixed(1)} -> ${heap.afterMb.toFixed(1)} MB over ${opts.heapCycles} undo/redo cycles`,
      );
    }
    if (opened.errors.length > 0) throw new Error(`the page threw: ${opened.errors.join("; ")}`);
  } finally {
    await opened.close();
  }
}

function rows(c: Collected, drag: SizeSummary | null, heapCycles: number): FigureRow[] {
  const base = (label: string, values: number[]) => ({ label, values });
  const out: FigureRow[] = [];
  for (const key of ["1000", "5000"] as const) {
    for (const visit of ["cold", "warm"] as const) {
      out.push({
        figure: `open until interactive (${visit === "cold" ? "first visit" : "reload"})`,
        subject: MODELS[key].label,
        values: c.get(`open:${key}:${visit}:interactive`),
        baseline: base("sample", c.get(`open:sample:${visit}:interactive`)),
        unit: "s",
        budget: key === "1000" ? 1500 : 4000,
        note: `shown at ${(median(c.get(`open:${key}:${visit}:shown`)) / 1000).toFixed(2)} s; long tasks ${(median(c.get(`open:${key}:${visit}:longTasks`)) / 1000).toFixed(2)} s`,
      });
    }
  }
  const interaction = (
    figure: string,
    name: string,
    baseName: string,
    baseLabel: string,
    budget: number | null,
    kind: "cpu" | "wall",
  ) => {
    out.push({
      figure: `${figure} (${kind === "cpu" ? "CPU" : "wall"})`,
      subject: subjectOf(name),
      values: c.get(`${name}:${kind}`),
      baseline: base(baseLabel, c.get(`${baseName}:${kind}`)),
      unit: "ms",
      budget,
      note: `then long tasks ${median(c.get(`${name}:later`)).toFixed(0)} ms (baseline ${median(c.get(`${baseName}:later`)).toFixed(0)} ms)`,
    });
  };
  interaction("typing, per keystroke", "typing:1000", "typing:sample", "sample", 16, "cpu");
  interaction("typing, per keystroke", "typing:1000", "typing:sample", "sample", null, "wall");
  interaction("undo of a nudge", "undo:5000", "undo:sample", "sample", 50, "cpu");
  interaction("undo of a nudge", "undo:5000", "undo:sample", "sample", null, "wall");
  interaction("redo of a nudge", "redo:5000", "redo:sample", "sample", null, "cpu");
  interaction("undo of a rename", "undoRename:5000", "undoRename:sample", "sample", 50, "cpu");
  interaction("undo of a rename", "undoRename:5000", "undoRename:sample", "sample", null, "wall");
  interaction(
    "select, CPU 4x slower",
    "select:sample:4x",
    "select:sample:1x",
    "not slowed",
    100,
    "wall",
  );
  interaction(
    "deselect, CPU 4x slower",
    "deselect:sample:4x",
    "deselect:sample:1x",
    "not slowed",
    100,
    "wall",
  );
  interaction("undo, CPU 4x slower", "undo:sample:4x", "undo:sample", "not slowed", 100, "wall");
  for (const key of ["1000"] as const) {
    out.push({
      figure: `heap growth over ${heapCycles} undo/redo`,
      subject: MODELS[key].label,
      values: c.get(`heap:${key}:growth`),
      baseline: base("sample", c.get("heap:sample:growth")),
      unit: "MB",
      budget: null,
      note: `heap after GC ${median(c.get(`heap:${key}:before`)).toFixed(1)} MB before (budget < 200 MB)`,
    });
  }
  if (drag) {
    out.push({
      figure: "drag, CPU per pointer move, p95",
      subject: "200 nodes / 300 flows",
      values: drag.rounds.map((r) => r.app.p95Ms),
      baseline: base(
        "bare React Flow",
        drag.rounds.map((r) => r.bare.p95Ms),
      ),
      unit: "ms",
      budget: 16.7,
      note: `median per move ${drag.app.medianMs.toFixed(1)} ms (bare ${drag.bare.medianMs.toFixed(1)} ms)`,
    });
    out.push({
      figure: "drag, p95 app / bare, per round",
      subject: "200 nodes / 300 flows",
      values: drag.rounds.map((r) => r.ratio),
      baseline: null,
      unit: "x",
      budget: 1.25,
    });
  }
  return out;
}

function subjectOf(name: string): string {
  const key = name.split(":")[1] as ModelKey;
  return MODELS[key].label;
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const opts = options();
  const started = performance.now();
  startWatchdog(log);
  if (!opts.skipBuild) {
    step("building the app", 10 * 60_000);
    log(`building the app (vite${opts.profile ? ", unminified" : ""})...`);
    await buildApp(!opts.profile);
  }
  const server = await serveApp();
  const browser = await launchBrowser();
  log(`Chromium ${browser.version()}, serving ${server.url}; ${load()}`);
  try {
    if (opts.profile) {
      step("profiling", 20 * 60_000);
      await profileRun(
        browser,
        server.url,
        PROFILE_PARTS.filter((p) => opts.only.includes(p)),
      );
      return;
    }
    step("measuring");
    const collected = new Collected();
    for (let round = 1; round <= opts.rounds; round++) {
      log(`round ${round} of ${opts.rounds}; ${load()}`);
      for (const key of ["sample", "1000", "5000"] as const) {
        await measureModel(browser, server.url, key, opts, collected, round === 1);
      }
    }
    let drag: SizeSummary | null = null;
    if (!opts.skipDrag) {
      log("drag: building bench/canvas pages...");
      step("the drag of bench/canvas", 20 * 60_000);
      await buildPages();
      const pages = await servePages();
      try {
        drag = await measureSize(browser, pages.url, SIZES[0]!, {
          ...DEFAULTS,
          sizes: [SIZES[0]!],
          rounds: opts.rounds,
        });
      } finally {
        await pages.close();
      }
    }
    console.log(
      `\nbench:scale: medians over ${opts.rounds} rounds (${opts.keys} interactions of each kind per round); CPU = main-thread time from a Chrome trace, wall = input to painted frame; "then long tasks": main-thread tasks >= 50 ms in the 1.5 s after that frame (autosave and the like).\n`,
    );
    const measured = rows(collected, drag, opts.heapCycles).filter((r) => r.values.length > 0);
    console.log(formatFigures(measured));
    log(`${load()} now; done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench:scale] FAILED: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
