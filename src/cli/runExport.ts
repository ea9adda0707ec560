import { parseThreatModelJson } from "../domain/document";
import type { ThreatModel } from "../domain/schema";
import type { EvaluationResult } from "../engine/types";
import {
  csvExport,
  diagramBadges,
  markdownExport,
  pdfExport,
  sarifExport,
  svgExport,
} from "../io/export/exporters";
import { exportModelJson } from "../io/native/serialize";
import type { PdfFonts } from "../io/pdf/fonts";
import { buildReportData } from "../io/reportData";
import { renderDiagramSvg } from "../io/svg";
import { EXPORT_USAGE, parseExportArgs } from "./exportArgs";
import { TerminalText, forTerminal, term } from "./terminalText";

/** Everything `runExport` needs from the outside world; tests pass fakes. */
export interface ExportIo {
  readFile(path: string): string;
  writeFile(path: string, data: string | Uint8Array): void;
  /** Whether two paths name the same file (after resolving links); false when either is absent. */
  samePath(a: string, b: string): boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
  fonts(): PdfFonts;
  /** SVG to PNG, with the PDF's font (no browser needed). */
  png(svg: string, options: { scale: number; background: "white" | "transparent" }): Uint8Array;
}

export interface ExportEngine {
  evaluate(model: ThreatModel): EvaluationResult;
}

export const EXIT_OK = 0;
export const EXIT_ERROR = 2;

/** `export <model.json> --format F [--out FILE] [options]` as a function: returns the exit code. */
export async function runExport(
  argv: readonly string[],
  io: ExportIo,
  engine: ExportEngine,
): Promise<number> {
  const parsed = parseExportArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(EXPORT_USAGE);
    return EXIT_OK;
  }
  const say = (text: TerminalText) => io.stderr(forTerminal(text.text));
  const fail = (message: TerminalText): number => {
    say(term`export: ${message}\n`);
    return EXIT_ERROR;
  };
  if (parsed.kind === "error") {
    return fail(term`${parsed.message}\n\n${TerminalText.own(EXPORT_USAGE)}`);
  }
  const options = parsed.options;
  const shownPath = options.modelPath;
  if (options.out !== null && io.samePath(options.out, options.modelPath)) {
    return fail(term`--out ${options.out} is the model file itself; refusing to overwrite it`);
  }
  let text: string;
  try {
    text = io.readFile(options.modelPath);
  } catch (error) {
    return fail(term`cannot read ${shownPath}: ${describeFsError(error)}`);
  }
  const model = parseThreatModelJson(text);
  if (!model.ok) {
    const problems = TerminalText.join(
      model.errors.map((e) => term`  - ${e}`),
      "\n",
    );
    return fail(term`${shownPath} is not a valid ThreatCanvas model:\n${problems}`);
  }
  let result: EvaluationResult;
  try {
    result = engine.evaluate(model.value);
  } catch (error) {
    return fail(term`the threat engine failed on ${shownPath}: ${messageOf(error)}`);
  }
  const reportOptions = {
    generatedAt: io.now().toISOString(),
    preparedBy: options.preparedBy,
    frameworks: options.frameworks,
    includeNotApplicable: options.includeNotApplicable,
    includeQuestions: options.includeQuestions,
    includeAppendix: options.includeAppendix,
    includeDecisionLog: options.includeDecisionLog,
  };
  const written: string[] = [];
  const write = (path: string | null, data: string | Uint8Array) => {
    if (path === null) io.stdout(typeof data === "string" ? data : "");
    else {
      io.writeFile(path, data);
      written.push(path);
    }
  };
  try {
    const doc = model.value;
    switch (options.format) {
      case "json":
        write(options.out, exportModelJson(doc).text);
        break;
      case "pdf":
        write(options.out, await pdfExport(doc, result, io.fonts(), reportOptions));
        break;
      case "markdown": {
        const diagramFile = options.out === null ? undefined : siblingSvg(options.out);
        if (diagramFile) {
          const data = buildReportData(doc, result, reportOptions);
          write(diagramFile.path, renderDiagramSvg(doc, { badges: diagramBadges(data) }));
        }
        write(options.out, markdownExport(doc, result, reportOptions, diagramFile?.name));
        break;
      }
      case "csv":
        write(options.out, csvExport(doc, result, reportOptions));
        break;
      case "svg":
        write(options.out, svgExport(doc, result, reportOptions));
        break;
      case "png":
        write(
          options.out,
          io.png(svgExport(doc, result, reportOptions), {
            scale: options.scale,
            background: options.background,
          }),
        );
        break;
      case "sarif":
        write(options.out, sarifExport(doc, result, text));
        break;
    }
  } catch (error) {
    return fail(term`could not write the ${options.format} export: ${describeFsError(error)}`);
  }
  for (const path of written) say(term`export: wrote ${path}\n`);
  return EXIT_OK;
}

/** "out/report.md" -> "out/report-diagram.svg", linked from the report by its file name. */
function siblingSvg(out: string): { path: string; name: string } {
  const slash = Math.max(out.lastIndexOf("/"), out.lastIndexOf("\\"));
  const dir = out.slice(0, slash + 1);
  const base = out.slice(slash + 1).replace(/\.(md|markdown)$/i, "");
  const name = `${base}-diagram.svg`;
  return { path: `${dir}${name}`, name };
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
