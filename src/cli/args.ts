import { quoteUserText } from "../domain/validation";
import type { Severity } from "../engine/types";
import { REPORT_FORMATS, type ReportFormat } from "../io/report";

/** Command-line arguments of `analyze`, parsed without touching the process or the disk. */

export const FORMATS = REPORT_FORMATS;
export type Format = ReportFormat;

export const FAIL_ON_LEVELS = [
  "low",
  "medium",
  "high",
  "critical",
] as const satisfies readonly Severity[];
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface AnalyzeOptions {
  modelPath: string;
  format: Format;
  /** Exit 1 when a finding still at risk is at or above this severity; null: never. */
  failOn: FailOn | null;
  /** Count Accepted findings (carried risk) as failing too. */
  failOnAccepted: boolean;
  /** Write the report here instead of standard output. */
  output: string | null;
}

export type ParsedArgs =
  { kind: "run"; options: AnalyzeOptions } | { kind: "help" } | { kind: "error"; message: string };

export const USAGE = `Usage: npm run analyze -- <model.json> [options]

Evaluates a ThreatCanvas model with the threat engine and writes a findings report.

Options:
  --format <json|markdown|sarif>        report format (default: json)
  --fail-on <low|medium|high|critical>  exit 1 when a finding still at risk (open, needs
                                        investigation, mitigation in progress; questions
                                        do not count) is at or above this severity
  --fail-on-accepted                    with --fail-on, count accepted findings (risk
                                        carried knowingly) as failing too
  --output <file>                       write the report to <file>, not standard output
  -h, --help                            show this help

Severities are the team's: a likelihood or impact overridden in the model, or its DREAD-AI
score when the model scores with DREAD, counts instead of the rule's default.

Exit codes:
  0  no finding at risk at or above --fail-on (always, without --fail-on)
  1  at least one finding at risk at or above --fail-on
  2  bad arguments, or a model file that is missing, unreadable, not JSON or not a valid model
`;

const VALUED_OPTIONS = ["--format", "--fail-on", "--output"] as const;
type ValuedOption = (typeof VALUED_OPTIONS)[number];
const FLAGS = ["--fail-on-accepted"] as const;
type Flag = (typeof FLAGS)[number];

export function parseAnalyzeArgs(argv: readonly string[]): ParsedArgs {
  const values: Partial<Record<ValuedOption, string>> = {};
  const flags = new Set<Flag>();
  const positionals: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (optionsEnded || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsEnded = true;
      continue;
    }
    if (arg === "-h" || arg === "--help") return { kind: "help" };

    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (isFlag(name)) {
      if (eq !== -1) return error(`${name} takes no value`);
      if (flags.has(name)) return error(`${name} is given more than once`);
      flags.add(name);
      continue;
    }
    if (!isValuedOption(name)) return error(`unknown option ${quoteUserText(name)}`);
    if (values[name] !== undefined) return error(`${name} is given more than once`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return error(`${name} needs a value`);
      i++;
    }
    if (value === "") return error(`${name} needs a value`);
    values[name] = value;
  }

  if (positionals.length === 0) return error("missing the model file to analyze");
  if (positionals.length > 1) {
    return error(
      `expected one model file, got ${positionals.length}: ${positionals.map(quoteUserText).join(" ")}`,
    );
  }

  const format = values["--format"] ?? "json";
  if (!isOneOf(FORMATS, format)) {
    return error(`--format must be one of ${FORMATS.join(", ")} (got ${quoteUserText(format)})`);
  }
  const failOn = values["--fail-on"] ?? null;
  if (failOn !== null && !isOneOf(FAIL_ON_LEVELS, failOn)) {
    return error(
      `--fail-on must be one of ${FAIL_ON_LEVELS.join(", ")} (got ${quoteUserText(failOn)})`,
    );
  }
  const failOnAccepted = flags.has("--fail-on-accepted");
  if (failOnAccepted && failOn === null) {
    return error("--fail-on-accepted needs --fail-on <severity>");
  }
  return {
    kind: "run",
    options: {
      modelPath: positionals[0] ?? "",
      format,
      failOn,
      failOnAccepted,
      output: values["--output"] ?? null,
    },
  };
}

function isValuedOption(name: string): name is ValuedOption {
  return (VALUED_OPTIONS as readonly string[]).includes(name);
}

function isFlag(name: string): name is Flag {
  return (FLAGS as readonly string[]).includes(name);
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function error(message: string): ParsedArgs {
  return { kind: "error", message };
}
