import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { readPdfFonts } from "../src/cli/fontFiles";
import { evaluate } from "../src/engine/evaluate";
import { ALL_RULES } from "../src/engine/rules";
import { randomModel } from "../src/engine/testing/randomModel";
import { csvExport, pdfExport, svgExport } from "../src/io/export";

/**
 * Export benchmark: time to make the PDF report, the diagram SVG and the CSV risk register of
 * generated 200- and 1,000-element models (bench/engine's generator), in Node, which runs the
 * same code as the browser. Budgets (docs/PRODUCT.md): PDF of 200 elements <= 3 s, SVG of 1,000
 * elements <= 1 s. Then the app's initial JavaScript (gzip) against its 250 KB budget, and the
 * on-demand chunks the exports load.
 *
 * Wall time is what a person waits; CPU time (this process) is printed beside it because on a
 * shared machine wall time also counts waiting for a core. The first run of each export warms
 * the code (and the font) and is not counted.
 *
 *   npm run bench:export            everything
 *   npm run bench:export -- --quick one run each, no size build
 */

const quick = process.argv.includes("--quick");
const SIZES = [
  { elements: 200, runs: quick ? 1 : 3, pdfRuns: quick ? 1 : 3 },
  { elements: 1000, runs: quick ? 1 : 3, pdfRuns: 1 },
] as const;
const BUDGETS: Record<string, number> = { "pdf@200": 3000, "svg@1000": 1000 };

interface Timing {
  wall: number;
  cpu: number;
}

async function time(runs: number, run: () => unknown): Promise<Timing> {
  await run(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (v: number[]) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  return { wall: median(wall), cpu: median(cpu) };
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(7)} ms`;

console.log(
  `export benchmark · load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on 2 cores`,
);
console.log("model          export  findings      wall        cpu   output       budget");
const fonts = readPdfFonts();
for (const size of SIZES) {
  const model = randomModel(size.elements, 11);
  const result = evaluate(model, { rules: ALL_RULES });
  const findings = result.findings.length;
  let pdfBytes = 0;
  const rows: Array<[string, Timing, string]> = [];
  rows.push([
    "pdf",
    await time(size.pdfRuns, async () => {
      pdfBytes = (await pdfExport(model, result, fonts, { generatedAt: "2026-12-01T00:00:00Z" }))
        .length;
    }),
    `${(pdfBytes / 1024 / 1024).toFixed(1)} MB`,
  ]);
  let svgLength = 0;
  rows.push([
    "svg",
    await time(size.runs, () => (svgLength = svgExport(model, result).length)),
    `${(svgLength / 1024).toFixed(0)} KB`,
  ]);
  let csvLength = 0;
  rows.push([
    "csv",
    await time(size.runs, () => (csvLength = csvExport(model, result).length)),
    `${(csvLength / 1024).toFixed(0)} KB`,
  ]);
  for (const [name, t, output] of rows) {
    const budget = BUDGETS[`${name}@${size.elements}`];
    const verdict =
      budget === undefined
        ? ""
        : `${budget / 1000} s: ${t.wall <= budget ? "within" : "OVER"} (wall)`;
    console.log(
      `${String(size.elements).padStart(5)} elements ${name.padStart(5)} ${String(findings).padStart(9)} ${fmt(t.wall)} ${fmt(t.cpu)}   ${output.padEnd(11)}  ${verdict}`,
    );
  }
}

if (!quick) {
  const out = mkdtempSync(join(tmpdir(), "tc-bench-export-"));
  try {
    execFileSync(
      "npx",
      ["vite", "build", "--outDir", out, "--emptyOutDir", "--logLevel", "error"],
      { stdio: "inherit" },
    );
    const html = readFileSync(join(out, "index.html"), "utf8");
    const initial = new Set(
      [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!),
    );
    const kb = (file: string) => gzipSync(readFileSync(join(out, file))).length / 1024;
    let total = 0;
    const lazy: string[] = [];
    for (const file of readdirSync(join(out, "assets"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => `assets/${f}`)) {
      if (initial.has(file)) total += kb(file);
      else lazy.push(`${file} ${kb(file).toFixed(1)} KB`);
    }
    console.log(
      `\ninitial JavaScript: ${total.toFixed(1)} KB gzip (budget 250 KB): ${total <= 250 ? "within budget" : "OVER BUDGET"}`,
    );
    console.log(`on demand: ${lazy.join(", ")}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
