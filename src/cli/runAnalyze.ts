import { parseThreatModelJson } from "../domain/document";
import type { ThreatModel } from "../domain/schema";
import type { EvaluationResult } from "../engine/types";
import { formatJsonReport } from "../io/report/json";
import { formatMarkdownReport } from "../io/report/markdown";
import type { ReferenceResolver } from "../io/report/references";
import { formatSarif, type SarifRuleSource } from "../io/report/sarif";
import { USAGE, parseAnalyzeArgs, type AnalyzeOptions } from "./args";
import { gateFailures } from "./gate";

/** Everything `runAnalyze` needs from the outside world; tests pass fakes. */
export interface AnalyzeIo {
  /** Reads a UTF-8 file; throws a Node-style error (with `code`) when it cannot. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}

/** The threat engine as the CLI uses it. */
export interface AnalyzeEngine {
  evaluate(model: ThreatModel): EvaluationResult;
  /** The rule set `evaluate` runs, for SARIF rule descriptions. */
  rules?: readonly SarifRuleSource[];
  references?: ReferenceResolver;
}

export const EXIT_OK = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_ERROR = 2;

/** How many gate failures are listed on standard error; the report has them all. */
const MAX_LISTED_FAILURES = 20;

/**
 * `analyze <model.json> [--format json|markdown|sarif] [--fail-on SEVERITY] [--output FILE]`
 * as a function: returns the exit code, never exits or throws.
 */
export function runAnalyze(argv: readonly string[], io: AnalyzeIo, engine: AnalyzeEngine): number {
  const parsed = parseAnalyzeArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === "error") {
    io.stderr(`analyze: ${parsed.message}\n\n${USAGE}`);
    return EXIT_ERROR;
  }
  const options = parsed.options;
  const fail = (message: string): number => {
    io.stderr(`analyze: ${message}\n`);
    return EXIT_ERROR;
  };

  let text: string;
  try {
    text = io.readFile(options.modelPath);
  } catch (error) {
    return fail(`cannot read ${options.modelPath}: ${describeFsError(error)}`);
  }

  const model = parseThreatModelJson(text);
  if (!model.ok) {
    const [first = "unknown problem"] = model.errors;
    if (first.startsWith("not valid JSON")) {
      return fail(`${options.modelPath} is ${first}`);
    }
    return fail(
      `${options.modelPath} is not a valid ThreatCanvas model:\n${model.errors.map((e) => `  - ${e}`).join("\n")}`,
    );
  }

  let result: EvaluationResult;
  try {
    result = engine.evaluate(model.value);
  } catch (error) {
    return fail(`the threat engine failed on ${options.modelPath}: ${messageOf(error)}`);
  }

  const report = formatReport(options, model.value, result, text, io.now(), engine);
  if (options.output === null) io.stdout(report);
  else {
    try {
      io.writeFile(options.output, report);
    } catch (error) {
      return fail(`cannot write ${options.output}: ${describeFsError(error)}`);
    }
    io.stderr(`analyze: wrote ${options.format} report to ${options.output}\n`);
  }

  if (options.failOn === null) return EXIT_OK;
  const failures = gateFailures(model.value, result.findings, options.failOn);
  if (failures.length === 0) {
    io.stderr(`analyze: passed: no open finding at or above ${options.failOn}\n`);
    return EXIT_OK;
  }
  const listed = failures.slice(0, MAX_LISTED_FAILURES);
  const more = failures.length - listed.length;
  io.stderr(
    `analyze: failed: ${failures.length} open finding${failures.length === 1 ? "" : "s"} at or above ${options.failOn}:\n` +
      listed.map((f) => `  - [${f.severity}] ${f.id}: ${f.title}\n`).join("") +
      (more > 0 ? `  … and ${more} more (see the report)\n` : ""),
  );
  return EXIT_GATE_FAILED;
}

function formatReport(
  options: AnalyzeOptions,
  model: ThreatModel,
  result: EvaluationResult,
  modelText: string,
  now: Date,
  engine: AnalyzeEngine,
): string {
  const common = {
    generatedAt: now.toISOString(),
    ...(engine.references ? { references: engine.references } : {}),
  };
  switch (options.format) {
    case "json":
      return formatJsonReport(model, result, common);
    case "markdown":
      return formatMarkdownReport(model, result, common);
    case "sarif":
      return formatSarif(model, result, {
        modelUri: options.modelPath,
        modelText,
        ...(engine.rules ? { rules: engine.rules } : {}),
        ...(engine.references ? { references: engine.references } : {}),
      });
  }
}

const FS_MESSAGES: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === "string" && FS_MESSAGES[code]) || messageOf(error);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
