import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createEvaluator, evaluate, type EvaluationResult } from "../src/engine";
import { ALL_RULES } from "../src/engine/rules";
import { randomModel, randomPropertyEdit, seededRandom } from "../src/engine/testing/randomModel";

/**
 * Threat engine benchmark: a full evaluation, and a single-property edit through the
 * incremental evaluator, on generated models of 200, 1,000 and 5,000 elements (nested trust
 * boundaries, mixed types and ML kinds, ~1.5 flows per element).
 * Budgets (docs/PRODUCT.md): full <= 2 ms at 200 elements, <= 10 ms at 1,000; edits cheaper.
 *
 * Wall time is what the budget is about. CPU time (this process, all threads) is printed next
 * to it because on a shared machine wall time also counts the time spent waiting for a core.
 *
 * A finding's sentences (title, description, mitigations, folded titles) and a question's
 * dependents' titles are made when first read, not by the evaluation. "text" is what reading
 * every one of them once costs on a fresh result (the views read a few at a time; an export or a
 * text search reads all): timed apart from the evaluation, so neither hides in the other.
 *
 * "first" is a model's first evaluation with rules not compiled yet (what opening the app pays,
 * less the JIT warming up): compiling the rules and sorting them by the kinds the model holds,
 * which later evaluations reuse.
 */

const SIZES = [
  { elements: 200, runs: 400, budget: 2 },
  { elements: 1000, runs: 150, budget: 10 },
  { elements: 5000, runs: 30, budget: null },
] as const;

interface Stats {
  median: number;
  p95: number;
  cpuMedian: number;
}

function stats(wall: number[], cpu: number[]): Stats {
  const at = (values: number[], p: number) => {
    const sorted = values.slice().sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  };
  return { median: at(wall, 0.5), p95: at(wall, 0.95), cpuMedian: at(cpu, 0.5) };
}

/** Times `run` for each input: wall and CPU milliseconds. */
function time<T>(inputs: readonly T[], run: (input: T) => void): Stats {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run(input);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return stats(wall, cpu);
}

interface Row {
  elements: number;
  flows: number;
  findings: number;
  full: Stats;
  first: Stats;
  edit: Stats;
  text: Stats;
  budget: number | null;
}

/** Reads every sentence of a result once (what is made on first read); their total length. */
function readAllText(result: EvaluationResult): number {
  let length = 0;
  for (const finding of result.findings) {
    length += finding.title.length + finding.description.length;
    for (const mitigation of finding.mitigations) length += mitigation.length;
    for (const folded of finding.folded) length += folded.title.length;
  }
  for (const question of result.questions) {
    length += question.text.length;
    for (const dependent of question.dependents) length += dependent.title.length;
  }
  return length;
}

function measure(size: (typeof SIZES)[number]): Row {
  const model = randomModel(size.elements, 42);
  const warmup = Math.max(10, Math.floor(size.runs / 5));
  const findings = evaluate(model).findings.length;
  for (let i = 0; i < warmup; i++) evaluate(model);
  const full = time(
    Array.from({ length: size.runs }, () => model),
    (m) => evaluate(m),
  );
  // A copy of the rule list is compiled afresh (compiled sets are kept per array).
  const first = time(
    Array.from({ length: 8 }, () => [...ALL_RULES]),
    (rules) => evaluate(model, { rules }),
  );
  // Fresh results (their sentences not yet read), made before the timing.
  const results = Array.from({ length: Math.max(10, Math.floor(size.runs / 5)) }, () =>
    evaluate(model),
  );
  const text = time(results, readAllText);
  results.length = 0;

  // A chain of single-property edits prepared up front, so only evaluation is timed.
  const random = seededRandom(7);
  const versions = [model];
  for (let i = 0; i < size.runs + warmup; i++) {
    versions.push(randomPropertyEdit(versions.at(-1)!, random));
  }
  const evaluator = createEvaluator();
  versions.slice(0, warmup + 1).forEach((version) => evaluator.evaluate(version));
  const edit = time(versions.slice(warmup + 1), (version) => evaluator.evaluate(version));
  return {
    elements: size.elements,
    flows: model.flows.length,
    findings,
    full,
    first,
    edit,
    text,
    budget: size.budget,
  };
}

const ms = (n: number) => n.toFixed(2).padStart(7);
const rows = SIZES.map(measure);
const load = loadavg().map((l) => l.toFixed(1));
console.log(
  `Threat engine benchmark, Node ${process.version}, ${cpus().length} cores, load average ${load.join(" ")}`,
);
console.log("times in ms: median / p95 of wall time, and median CPU time\n");
console.log(
  "elements   flows  findings |  full: median     p95     cpu |  first: median |  edit: median     p95     cpu |  text: median | budget (full, median)",
);
for (const r of rows) {
  const verdict =
    r.budget === null ? "-" : `<= ${r.budget} ms: ${r.full.median <= r.budget ? "met" : "NOT MET"}`;
  console.log(
    `${String(r.elements).padStart(8)} ${String(r.flows).padStart(7)} ${String(r.findings).padStart(9)} |` +
      `        ${ms(r.full.median)} ${ms(r.full.p95)} ${ms(r.full.cpuMedian)} |` +
      `         ${ms(r.first.median)} |` +
      `        ${ms(r.edit.median)} ${ms(r.edit.p95)} ${ms(r.edit.cpuMedian)} |` +
      `        ${ms(r.text.median)} | ${verdict}`,
  );
}
