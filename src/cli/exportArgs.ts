import { EXPORT_FORMATS, type ExportFormat } from "../io/export/formats";
import { FRAMEWORK_CHOICES, type FrameworkChoice } from "../io/reportData/options";

/** Command-line arguments of `export`, parsed without touching the process or the disk. */

export interface ExportOptions {
  modelPath: string;
  format: ExportFormat;
  /** Where to write; null: standard output (text formats only). */
  out: string | null;
  preparedBy: string;
  frameworks: FrameworkChoice;
  includeNotApplicable: boolean;
  includeQuestions: boolean;
  includeAppendix: boolean;
  includeDecisionLog: boolean;
  /** PNG only. */
  scale: number;
  background: "white" | "transparent";
}

export type ParsedExportArgs =
  { kind: "run"; options: ExportOptions } | { kind: "help" } | { kind: "error"; message: string };

export const EXPORT_USAGE = `Usage: npm run export -- <model.json> --format <format> [--out <file>] [options]

Writes a ThreatCanvas model as a report, a diagram or a file for other tools — the same exports
as the app's Export menu.

Formats:
  json       the model itself (normalised; imports back exactly)
  pdf        the full report (needs --out)
  markdown   the full report as Markdown, with the diagram as a Mermaid block; with --out,
             the diagram is also written as an SVG file beside it and linked
  csv        the risk register, one row per finding
  svg        the diagram
  png        the diagram as an image (needs --out; rendered without a browser)
  sarif      SARIF 2.1.0, for code-scanning tools

Options:
  --out <file>                       write here instead of standard output
  --prepared-by <name>               "Prepared by" on the report's cover
  --frameworks <both|stride|linddun> which framework's findings to report (default: both)
  --no-not-applicable                leave out findings triaged Not applicable
  --no-questions                     leave out the open questions
  --no-appendix                      leave out the appendix of elements
  --no-log                           leave out the decision log
  --scale <1-4>                      PNG pixels per diagram unit (default: 2)
  --background <white|transparent>   PNG background (default: white)
  -h, --help                         show this help

Exit codes: 0 written; 2 bad arguments, or a model file that is missing, unreadable, not JSON
or not a valid model.
`;

const VALUED = [
  "--format",
  "--out",
  "--prepared-by",
  "--frameworks",
  "--scale",
  "--background",
] as const;
type Valued = (typeof VALUED)[number];
const FLAGS = ["--no-not-applicable", "--no-questions", "--no-appendix", "--no-log"] as const;
type Flag = (typeof FLAGS)[number];

export function parseExportArgs(argv: readonly string[]): ParsedExportArgs {
  const values: Partial<Record<Valued, string>> = {};
  const flags = new Set<Flag>();
  const positionals: string[] = [];
  let ended = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (ended || !arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      ended = true;
      continue;
    }
    if (arg === "-h" || arg === "--help") return { kind: "help" };
    if ((FLAGS as readonly string[]).includes(arg)) {
      flags.add(arg as Flag);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!(VALUED as readonly string[]).includes(name))
      return error(`unknown option ${JSON.stringify(name)}`);
    const key = name as Valued;
    if (values[key] !== undefined) return error(`${name} is given more than once`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return error(`${name} needs a value`);
      i++;
    }
    if (value === "" && key !== "--prepared-by") return error(`${name} needs a value`);
    values[key] = value;
  }
  if (positionals.length === 0) return error("missing the model file to export");
  if (positionals.length > 1) return error(`expected one model file, got ${positionals.length}`);
  const format = values["--format"];
  if (format === undefined)
    return error(`--format is required: one of ${EXPORT_FORMATS.join(", ")}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return error(
      `--format must be one of ${EXPORT_FORMATS.join(", ")} (got ${JSON.stringify(format)})`,
    );
  }
  const frameworks = values["--frameworks"] ?? "both";
  if (!(FRAMEWORK_CHOICES as readonly string[]).includes(frameworks)) {
    return error(
      `--frameworks must be one of ${FRAMEWORK_CHOICES.join(", ")} (got ${JSON.stringify(frameworks)})`,
    );
  }
  const scale = Number(values["--scale"] ?? "2");
  if (!Number.isFinite(scale) || scale < 1 || scale > 4)
    return error("--scale must be a number from 1 to 4");
  const background = values["--background"] ?? "white";
  if (background !== "white" && background !== "transparent") {
    return error(`--background must be white or transparent (got ${JSON.stringify(background)})`);
  }
  const out = values["--out"] ?? null;
  if ((format === "pdf" || format === "png") && out === null) {
    return error(`--format ${format} writes a binary file: give it --out <file>`);
  }
  return {
    kind: "run",
    options: {
      modelPath: positionals[0]!,
      format: format as ExportFormat,
      out,
      preparedBy: values["--prepared-by"] ?? "",
      frameworks: frameworks as FrameworkChoice,
      includeNotApplicable: !flags.has("--no-not-applicable"),
      includeQuestions: !flags.has("--no-questions"),
      includeAppendix: !flags.has("--no-appendix"),
      includeDecisionLog: !flags.has("--no-log"),
      scale,
      background,
    },
  };
}

function error(message: string): ParsedExportArgs {
  return { kind: "error", message };
}
