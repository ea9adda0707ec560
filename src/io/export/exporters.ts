import { AT_RISK_STATUSES } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { ALL_RULES } from "../../engine/rules";
import type { EvaluationResult, Severity } from "../../engine/types";
import { formatRiskRegisterCsv } from "../csv";
import { buildDiagramScene, type Badge } from "../diagram/scene";
import { formatMarkdownFullReport } from "../markdown";
import { renderPdfReport, type PdfFonts } from "../pdf";
import { severityRank } from "../report/summary";
import { formatSarif } from "../report/sarif";
import { buildReportData, type BuildReportOptions, type ReportData } from "../reportData";
import { renderDiagramSvg } from "../svg";
import { exportFileName } from "../native/fileNames";

/**
 * Every report export as a pure function of (model, engine result, options): the app's menu and
 * the CLI call these same functions. Loaded on demand in the app (with PDFKit).
 */

/** Open findings per element (interaction findings on their flow), drawn on the diagram. */
export function diagramBadges(data: ReportData): Map<string, Badge> {
  const badges = new Map<string, Badge>();
  for (const finding of data.findings) {
    if (!AT_RISK_STATUSES.includes(finding.status)) continue;
    const target = finding.targets.length === 3 ? finding.targets[1] : finding.targets[0];
    if (!target) continue;
    const current = badges.get(target.id);
    const severity: Severity = finding.risk.severity;
    if (!current) badges.set(target.id, { count: 1, severity });
    else {
      current.count += 1;
      if (severityRank(severity) > severityRank(current.severity)) current.severity = severity;
    }
  }
  return badges;
}

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
