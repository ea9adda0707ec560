import { performance } from "node:perf_hooks";
import { createEvaluator, evaluate } from "../src/engine";
import { randomModel, randomPropertyEdit, seededRandom } from "../src/engine/testing/randomModel";

/**
 * Threat engine benchmark: full recompute and single-property edits through the incremental
 * evaluator on generated models of 200, 1,000 and 5,000 elements (~1.5 flows per element).
 * Budgets (docs/PRODUCT.md): full <= 2 ms at 200 elements, <= 10 ms at 1,000; edits cheaper.
 */

const SIZES = [
  { elements: 200, runs: 300, budget: 2 },
  { elements: 1000, runs: 120, budget: 10 },
  { elements: 5000, runs: 30, budget: null },
] as const;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = samples.slice().sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

const ms = (n: number) => n.toFixed(2).padStart(8);

interface Row {
  elements: number;
  flows: number;
  findings: number;
  full: { median: number; p95: number };
  edit: { median: number; p95: number };
  budget: number | null;
}

function measure(size: (typeof SIZES)[number]): Row {
  const model = randomModel(size.elements, 42);
  const warm = Math.max(10, size.runs / 5);
  let findings = 0;
  for (let i = 0; i < warm; i++) findings = evaluate(model).findings.length;
  const full: number[] = [];
  for (let i = 0; i < size.runs; i++) {
    const start = performance.now();
    evaluate(model);
    full.push(performance.now() - start);
  }

  // A chain of edits prepared up front, so only evaluation is timed.
  const random = seededRandom(7);
  const versions = [model];
  for (let i = 0; i < size.runs + warm; i++)
    versions.push(randomPropertyEdit(versions.at(-1)!, random));
  const evaluator = createEvaluator();
  evaluator.evaluate(model);
  const edit: number[] = [];
  versions.slice(1).forEach((version, i) => {
    const start = performance.now();
    evaluator.evaluate(version);
    if (i >= warm) edit.push(performance.now() - start);
  });
  return {
    elements: size.elements,
    flows: model.flows.length,
    findings,
    full: stats(full),
    edit: stats(edit),
    budget: size.budget,
  };
}

const rows = SIZES.map(measure);
console.log(`Threat engine (Node ${process.version}), times in ms`);
console.log(
  "elements    flows  findings | full median    p95 | edit median    p95 | budget (full)",
);
for (const r of rows) {
  const verdict =
    r.budget === null ? "  -" : `<= ${r.budget} ${r.full.median <= r.budget ? "ok" : "OVER"}`;
  console.log(
    `${String(r.elements).padStart(8)} ${String(r.flows).padStart(8)} ${String(r.findings).padStart(9)} |` +
      `    ${ms(r.full.median)} ${ms(r.full.p95)} |   ${ms(r.edit.median)} ${ms(r.edit.p95)} | ${verdict}`,
  );
}
