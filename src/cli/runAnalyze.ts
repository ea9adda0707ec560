import { parseThreatModelJson } from "../domain/document";
import type { ThreatModel } from "../domain/schema";
import type { EvaluationResult, Finding } from "../engine/types";
import { formatJsonReport } from "../io/report/json";
import { formatMarkdownReport } from "../io/report/markdown";
import type { ReferenceResolver } from "../io/report/references";
import {
  formatSarifReport,
  limitSentence,
  type SarifLimitNotice,
  type SarifRuleSource,
} from "../io/report/sarif";
import { USAGE, parseAnalyzeArgs, type AnalyzeOptions } from "./args";
import { applyDecisions } from "../engine/risk/applyDecisions";
import { carriedRisk, gateFailures } from "./gate";
import { kindChangeNotices } from "./kindNotices";
import { TerminalText, forTerminal, jsonForTerminal, term } from "./terminalText";

/** Everything `runAnalyze` needs from the outside world; tests pass fakes. */
export interface AnalyzeIo {
  /** Reads a UTF-8 file; throws a Node-style error (with `code`) when it cannot. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  /** Whether two paths name the same existing file (symlinks, hard links, `./x` and `x`). */
  sameFile(a: string, b: string): boolean;
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

/** How many findings a gate message lists on standard error; the report has them all. */
const MAX_LISTED_FAILURES = 20;

/**
 * `analyze <model.json> [--format json|markdown|sarif] [--fail-on SEVERITY] [--output FILE]`
 * as a function: returns the exit code, never exits or throws. Everything it prints goes
 * through `terminalText.ts`: model text never reaches a terminal or a CI log raw.
 */
export function runAnalyze(argv: readonly string[], io: AnalyzeIo, engine: AnalyzeEngine): number {
  const say = (text: TerminalText) => io.stderr(forTerminal(text.text));
  const parsed = parseAnalyzeArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === "error") {
    say(term`analyze: ${parsed.message}\n\n${TerminalText.own(USAGE)}`);
    return EXIT_ERROR;
  }
  const options = parsed.options;
  const fail = (message: TerminalText): number => {
    say(term`analyze: ${message}\n`);
    return EXIT_ERROR;
  };

  if (options.output !== null && io.sameFile(options.modelPath, options.output)) {
    return fail(
      term`refusing to write the report to ${options.output}: it is the model file ${options.modelPath}`,
    );
  }

  let text: string;
  try {
    text = io.readFile(options.modelPath);
  } catch (error) {
    return fail(term`cannot read ${options.modelPath}: ${describeFsError(error)}`);
  }

  const model = parseThreatModelJson(text);
  if (!model.ok) {
    const [first = "unknown problem"] = model.errors;
    if (first.startsWith("not valid JSON")) return fail(term`${options.modelPath} is ${first}`);
    const problems = TerminalText.join(
      model.errors.map((e) => term`  - ${e}`),
      "\n",
    );
    return fail(term`${options.modelPath} is not a valid ThreatCanvas model:\n${problems}`);
  }
  // Kinds that did not fit their element type were fitted to open the model; say which.
  if (model.kindChanges.length > 0) io.stderr(kindChangeNotices("analyze", model.kindChanges));

  let result: EvaluationResult;
  try {
    // Custom threats join the findings, and the team's scores replace the rules' defaults.
    result = applyDecisions(engine.evaluate(model.value), model.value);
  } catch (error) {
    return fail(term`the threat engine failed on ${options.modelPath}: ${messageOf(error)}`);
  }

  const report = formatReport(options, model.value, result, text, io.now(), engine);
  if (options.output === null) io.stdout(report.text);
  else {
    try {
      io.writeFile(options.output, report.text);
    } catch (error) {
      return fail(term`cannot write ${options.output}: ${describeFsError(error)}`);
    }
    say(term`analyze: wrote ${options.format} report to ${options.output}\n`);
  }
  if (report.limited) say(term`analyze: ${TerminalText.own(limitSentence(report.limited))}\n`);

  if (options.failOn === null) return EXIT_OK;
  const failures = gateFailures(model.value, result.findings, options.failOn, {
    countAccepted: options.failOnAccepted,
  });
  const carried = options.failOnAccepted
    ? []
    : carriedRisk(model.value, result.findings, options.failOn);
  const counted = options.failOnAccepted ? "at risk or accepted" : "at risk";
  if (carried.length > 0) {
    const one = carried.length === 1;
    say(
      TerminalText.join([
        term`analyze: ${carried.length} accepted finding${one ? "" : "s"} at or above ${options.failOn}: carried risk, not failing (--fail-on-accepted fails on ${one ? "it" : "them"}):\n`,
        listing(carried),
      ]),
    );
  }
  if (failures.length === 0) {
    say(
      term`analyze: passed: no finding ${TerminalText.own(counted)} at or above ${options.failOn}\n`,
    );
    return EXIT_OK;
  }
  const plural = failures.length === 1 ? "" : "s";
  say(
    TerminalText.join([
      term`analyze: failed: ${failures.length} finding${plural} ${TerminalText.own(counted)} at or above ${options.failOn}:\n`,
      listing(failures),
    ]),
  );
  return EXIT_GATE_FAILED;
}

/** Findings listed on standard error, at most MAX_LISTED_FAILURES; the report has them all. */
function listing(findings: readonly Finding[]): TerminalText {
  const listed = findings.slice(0, MAX_LISTED_FAILURES);
  const more = findings.length - listed.length;
  return TerminalText.join([
    ...listed.map((f) => term`  - [${f.severity}] ${f.id}: ${f.title}\n`),
    ...(more > 0 ? [term`  … and ${more} more (see the report)\n`] : []),
  ]);
}

/**
 * The report text, the same whether it goes to standard output or a file (a file is often
 * printed in a CI log too): JSON and SARIF with terminal-unsafe characters as `\\u` escapes
 * (the same JSON value), Markdown with any control character made visible.
 */
function formatReport(
  options: AnalyzeOptions,
  model: ThreatModel,
  result: EvaluationResult,
  modelText: string,
  now: Date,
  engine: AnalyzeEngine,
): { text: string; limited: SarifLimitNotice | null } {
  const common = {
    generatedAt: now.toISOString(),
    ...(engine.references ? { references: engine.references } : {}),
  };
  switch (options.format) {
    case "json":
      return { text: jsonForTerminal(formatJsonReport(model, result, common)), limited: null };
    case "markdown":
      return { text: forTerminal(formatMarkdownReport(model, result, common)), limited: null };
    case "sarif": {
      const sarif = formatSarifReport(model, result, {
        modelUri: options.modelPath,
        modelText,
        ...(engine.rules ? { rules: engine.rules } : {}),
        ...(engine.references ? { references: engine.references } : {}),
      });
      return { text: jsonForTerminal(sarif.text), limited: sarif.limited };
    }
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
