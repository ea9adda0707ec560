/**
 * Findings reports: pure functions from (model, evaluation result) to text. No DOM, no Node.
 */
export { buildJsonReport, formatJsonReport } from "./json";
export type { JsonReport, JsonReportFinding, ReportOptions } from "./json";
export { formatMarkdownReport } from "./markdown";
export { mdCode, mdLink, mdTableRow, mdText } from "./markdownEscape";
export { buildSarifLog, formatSarif, sarifLevel, FINGERPRINT_KEY, SARIF_SCHEMA_URI } from "./sarif";
export type { SarifOptions, SarifRuleSource } from "./sarif";
export {
  catalogReferenceResolver,
  defaultReferenceResolver,
  patternReferenceResolver,
  resolveReferences,
} from "./references";
export type { ReferenceLink, ReferenceResolver } from "./references";
export { findingStatus, isOpen } from "./status";
export { countFindings, severityRank, sortFindings } from "./summary";
export type { ReportCounts } from "./summary";
export { TOOL_INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from "./meta";

export const REPORT_FORMATS = ["json", "markdown", "sarif"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
