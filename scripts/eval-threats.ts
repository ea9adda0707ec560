/**
 * npm run eval:threats [-- --model <id>] [--json] [--details] [--findings] [--check]
 *
 * Runs the threat engine on every corpus model (src/corpus/models) and scores the result against
 * its golden file (src/corpus/golden): expected threats found as a finding, only as a question,
 * or missed; findings resting on a false premise; findings and open questions per element; and
 * the targets of issue 6. --details adds per-element loads, --findings every finding with what it
 * matched, --json everything machine-readable; --check exits with status 1 when a target is missed.
 */
import { evaluate } from "../src/engine";
import { CORPUS } from "../src/corpus/index";
import { formatModelReport, formatSummary } from "../src/corpus/report";
import { evaluateCorpus } from "../src/corpus/runCorpus";
import { summarize } from "../src/corpus/summary";

interface Options {
  json: boolean;
  details: boolean;
  findings: boolean;
  check: boolean;
  models: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    json: false,
    details: false,
    findings: false,
    check: false,
    models: [],
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--details") options.details = true;
    else if (arg === "--findings") options.findings = true;
    else if (arg === "--check") options.check = true;
    else if (arg === "--model") {
      const id = argv[i + 1];
      if (!id || id.startsWith("--")) throw new Error("--model needs a corpus model id");
      options.models.push(id);
      i += 1;
    } else if (arg?.startsWith("--model=")) options.models.push(arg.slice("--model=".length));
    else throw new Error(`unknown option ${arg}`);
  }
  for (const id of options.models) {
    if (!CORPUS.some((entry) => entry.id === id)) {
      throw new Error(
        `"${id}" is not a corpus model; one of: ${CORPUS.map((entry) => entry.id).join(", ")}`,
      );
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const ids = options.models.length > 0 ? options.models : CORPUS.map((entry) => entry.id);
  const reports = await evaluateCorpus((model) => evaluate(model), ids);
  const summary = summarize(reports);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ models: reports, summary }, null, 2)}\n`);
  } else {
    const blocks = reports.map((report) => formatModelReport(report, options));
    process.stdout.write(`${[...blocks, formatSummary(summary)].join("\n\n")}\n`);
  }
  if (options.check && summary.targets.some((target) => !target.met)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:threats: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
