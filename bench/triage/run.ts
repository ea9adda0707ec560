/**
 * Triage benchmark: click-to-paint of triaging one finding in the real app (threats panel and
 * canvas), and which React components render for it, in a 1,000-element model and, with the
 * CPU slowed 4x, on the sample. A measurement, not a test: it prints figures and exits 0; it
 * exits 1 only when it could not measure (build failed, page broken, a finding not triaged).
 *
 *   npm run bench:triage                  both cases
 *   npm run bench:triage -- --triages 10  fewer interactions per path
 *   npm run bench:triage -- --profile     where the time goes (V8 sampling profiler), 1,000 elements
 */
import { cpus, loadavg } from "node:os";
import type { Browser, Page } from "playwright-core";
import { createLlmInferencePipelineSample } from "../../src/domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../../src/domain/schema";
import { launchBrowser } from "../canvas/browser/launch";
import { generateModel } from "../canvas/model/generateModel";
import { cpuProfileRecorder } from "../canvas/profile/cpuProfile";
import { hotspots } from "../canvas/profile/hotspots";
import { installRenderCounter } from "../canvas/profile/renderCounts";
import { buildPage, servePage } from "./build";
import { idle, tickOne, triageOne, type Interaction, type Path, type Recording } from "./interact";
import { installProbe } from "./probe";
import { printCase, type CaseResult } from "./report";

interface Case {
  label: string;
  model: () => ThreatModel;
  cpuSlowdown: number;
}

const CASES: readonly Case[] = [
  {
    label: "1,000 elements / 1,500 flows",
    model: () => generateModel({ elements: 1000, flows: 1500, boundaries: 16, seed: 1000 }),
    cpuSlowdown: 1,
  },
  {
    label: "sample model (14 elements), CPU slowed 4x",
    model: () => createLlmInferencePipelineSample("bench-sample"),
    cpuSlowdown: 4,
  },
];

function log(message: string): void {
  console.error(`[bench:triage] ${message}`);
}

function triagesPerPath(argv: readonly string[]): number {
  const at = argv.indexOf("--triages");
  const value = at === -1 ? 20 : Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 80) {
    throw new Error("--triages takes a whole number from 1 to 80");
  }
  return value;
}

interface OpenCase {
  page: Page;
  close(): Promise<void>;
  findings: number;
  rows: number;
  elements: number;
  flows: number;
}

/** A fresh context with the case's model open and the list showing findings only. */
async function openCase(
  browser: Browser,
  url: string,
  spec: Case,
  counting: boolean,
): Promise<OpenCase> {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const model = spec.model();
  await page.addInitScript(
    (value) => {
      (window as unknown as { __TRIAGE_INPUT__: unknown }).__TRIAGE_INPUT__ = value;
    },
    { model },
  );
  // The render counter walks every fiber on every commit: installed only for the counting pass,
  // so it never weighs on the timing pass.
  if (counting) await installRenderCounter(page);
  await installProbe(page);
  const loaded = performance.now();
  await page.goto(`${url}/triage.html`);
  try {
    await page.waitForFunction(() => window.__triage?.ready() === true, undefined, {
      timeout: 120_000,
      polling: 100,
    });
  } catch (error) {
    throw new Error(`the page never showed findings: ${errors.join("; ") || String(error)}`);
  }
  // Findings only (a 1,000-element model lists thousands of open questions too).
  await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption("finding");
  await idle(page);
  log(
    `${spec.label}${counting ? " (counting renders)" : ""}: ready in ${((performance.now() - loaded) / 1000).toFixed(1)} s`,
  );
  const findings = await page.evaluate(() =>
    Number(
      /^(\d+) of (\d+) shown$/.exec(document.querySelector(".tc-shown")?.textContent ?? "")?.[1] ??
        0,
    ),
  );
  const rows = await page.evaluate(() => window.__triage!.rows());
  if (spec.cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: spec.cpuSlowdown });
  }
  // Warm-up: the first use of each path is not what is measured.
  const warm: Recording = counting ? { kind: "renders" } : { kind: "none" };
  await triageOne(page, "click", 0, warm);
  await triageOne(page, "key", 0, warm);
  return {
    page,
    findings,
    rows,
    elements: model.elements.length,
    flows: model.flows.length,
    close: async () => {
      if (errors.length > 0) throw new Error(`the page threw: ${errors.join("; ")}`);
      await context.close();
    },
  };
}

async function triageMany(page: Page, path: Path, count: number, recording: Recording) {
  const out: Interaction[] = [];
  for (let i = 0; i < count; i++) out.push(await triageOne(page, path, 0, recording));
  return out;
}

async function measureCase(
  browser: Browser,
  url: string,
  spec: Case,
  count: number,
): Promise<CaseResult> {
  const timing = await openCase(browser, url, spec, false);
  const times: Record<Path, Interaction[]> = { click: [], key: [] };
  const traced: Recording = { kind: "trace", browser };
  const reference: Interaction[] = [];
  for (let i = 0; i < Math.min(count, 10); i++)
    reference.push(await tickOne(timing.page, i, browser));
  for (let i = 0; i < count; i++) {
    for (const path of ["click", "key"] as const) {
      times[path].push(...(await triageMany(timing.page, path, 1, traced)));
    }
  }
  await timing.close();
  const counted = await openCase(browser, url, spec, true);
  const renders: Record<Path, Interaction[]> = {
    click: await triageMany(counted.page, "click", Math.min(count, 5), { kind: "renders" }),
    key: await triageMany(counted.page, "key", Math.min(count, 5), { kind: "renders" }),
  };
  await counted.close();
  return {
    label: spec.label,
    elements: timing.elements,
    flows: timing.flows,
    findings: timing.findings,
    rows: timing.rows,
    cpuSlowdown: spec.cpuSlowdown,
    times,
    renders,
    reference,
  };
}

/** `--profile`: where the time of triages by key goes, under V8's sampling profiler. */
async function profileCase(browser: Browser, url: string, spec: Case, count: number) {
  const open = await openCase(browser, url, spec, false);
  const recorder = await cpuProfileRecorder(open.page);
  await recorder.start();
  await triageMany(open.page, "key", count, { kind: "none" });
  const spots = hotspots(await recorder.stop()).slice(0, 25);
  await open.close();
  console.log(`\nWhere ${count} triages by key spend main-thread time (${spec.label}):`);
  for (const h of spots) {
    console.log(
      `  ${h.selfMs.toFixed(1).padStart(8)} ms self ${h.totalMs.toFixed(1).padStart(8)} ms total  ${h.name}`,
    );
  }
}

async function main(): Promise<void> {
  const count = triagesPerPath(process.argv.slice(2));
  const profile = process.argv.includes("--profile");
  log("building the bench page (vite)...");
  await buildPage();
  const server = await servePage();
  const browser = await launchBrowser();
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
  log(
    `Chromium ${browser.version()}, serving ${server.url}; load average ${load} on ${cpus().length} cores`,
  );
  try {
    if (profile) await profileCase(browser, server.url, CASES[0]!, count);
    else for (const spec of CASES) printCase(await measureCase(browser, server.url, spec, count));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench:triage] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
