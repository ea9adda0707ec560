import type { ThreatModel } from "../../domain/schema";
import { ALL_RULES } from "../../engine/rules";
import type { EvaluationResult } from "../../engine/types";
import { formatRiskRegisterCsv } from "../csv";
import { buildDiagramScene } from "../diagram/scene";
import { formatMarkdownFullReport } from "../markdown";
import { renderPdfReport, type PdfFonts } from "../pdf";
import { formatSarif } from "../report/sarif";
import { buildReportData, type BuildReportOptions } from "../reportData";
import { renderDiagramSvg } from "../svg";
import { exportFileName } from "../native/fileNames";
import { diagramBadges } from "./badges";

export { diagramBadges };

/**
 * Every report export as a pure function of (model, engine result, options): the app's menu and
 * the CLI call these same functions. Loaded on demand in the app (with PDFKit).
 */

export function markdownExport(
  model: ThreatModel,
  result: EvaluationResult,
  options: BuildReportOptions = {},
  diagramFile?: string,
): string {
  return formatMarkdownFullReport(
    buildReportData(model, result, options),
    diagramFile ? { diagramFile } : {},
  );
}

export function csvExport(
  model: ThreatModel,
  result: EvaluationResult,
  options: BuildReportOptions = {},
): string {
  return formatRiskRegisterCsv(buildReportData(model, result, options));
}

export function svgExport(
  model: ThreatModel,
  result: EvaluationResult,
  options: BuildReportOptions = {},
): string {
  const data = buildReportData(model, result, options);
  return renderDiagramSvg(model, { badges: diagramBadges(data) });
}

export function sarifExport(
  model: ThreatModel,
  result: EvaluationResult,
  modelText?: string,
): string {
  return formatSarif(model, result, {
    modelUri: exportFileName(model, "model", "json"),
    ...(modelText ? { modelText } : {}),
    rules: ALL_RULES,
  });
}

export function pdfExport(
  model: ThreatModel,
  result: EvaluationResult,
  fonts: PdfFonts,
  options: BuildReportOptions = {},
): Promise<Uint8Array> {
  const data = buildReportData(model, result, options);
  const scene = buildDiagramScene(model, { badges: diagramBadges(data) });
  return renderPdfReport(data, scene, fonts);
}
