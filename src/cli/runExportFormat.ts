import { parseThreatModelJson } from "../domain/document";
import { kindChangeNotices } from "./kindNotices";
import type { ThreatModel } from "../domain/schema";
import type { EvaluationResult } from "../engine/types";
import { INTEROP_EXPORTERS, exporterFor } from "../io/formats";

/** Everything `runExportFormat` needs from the outside world. */
export interface ExportFormatIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXPORT_FORMAT_USAGE = `Usage: npm run export-format -- <model.json> --format <${INTEROP_EXPORTERS.map((e) => e.format).join("|")}> [--out <file>]

Writes a ThreatCanvas model in another tool's format, with the engine's findings and the custom
threats as that format's threats. ThreatCanvas's own fields ride along in the format's extension
field, so importing the file again gives back the same model.

Formats:
${INTEROP_EXPORTERS.map((e) => `  ${e.format.padEnd(14)} ${e.label}`).join("\n")}

Options:
  --format <name>  the format to write (required)
  --out <file>     write to <file> instead of standard output
`;

export function runExportFormat(
  argv: readonly string[],
  io: ExportFormatIo,
  evaluate: (model: ThreatModel) => EvaluationResult,
): number {
  let file: string | null = null;
  let format: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h" || arg === "--help") {
      io.stdout(EXPORT_FORMAT_USAGE);
      return 0;
    }
    if (arg === "--format" || arg === "--out") {
      const value = argv[++i];
      if (!value || value.startsWith("--")) return fail(io, `${arg} needs a value`);
      if (arg === "--format") format = value;
      else out = value;
    } else if (arg.startsWith("--")) return fail(io, `unknown option ${JSON.stringify(arg)}`);
    else if (file === null) file = arg;
    else return fail(io, "expected one model file");
  }
  if (file === null) return fail(io, "missing the model file");
  if (format === null) return fail(io, "missing --format");
  const exporter = exporterFor(format);
  if (!exporter)
    return fail(
      io,
      `--format must be one of ${INTEROP_EXPORTERS.map((e) => e.format).join(", ")} (got ${JSON.stringify(format)})`,
    );
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    io.stderr(
      `export-format: cannot read ${file}: ${code === "ENOENT" ? "no such file" : String(error)}\n`,
    );
    return 2;
  }
  const model = parseThreatModelJson(text);
  if (!model.ok) {
    io.stderr(
      `export-format: ${file} is not a valid ThreatCanvas model:\n${model.errors.map((e) => `  - ${e}\n`).join("")}`,
    );
    return 2;
  }
  if (model.kindChanges.length > 0)
    io.stderr(kindChangeNotices("export-format", model.kindChanges));
  const output = exporter.write(model.value, evaluate(model.value));
  if (out === null) io.stdout(output);
  else {
    io.writeFile(out, output);
    io.stderr(`export-format: wrote ${exporter.label} to ${out}\n`);
  }
  return 0;
}

function fail(io: ExportFormatIo, message: string): number {
  io.stderr(`export-format: ${message}\n\n${EXPORT_FORMAT_USAGE}`);
  return 2;
}
