/** The content of a report, computed once for the PDF, Markdown and CSV writers. */
export { buildReportData, type BuildReportOptions } from "./build";
export {
  DEFAULT_REPORT_OPTIONS,
  FRAMEWORK_CHOICES,
  ReportContentOptionsSchema,
  type FrameworkChoice,
  type ReportContentOptions,
} from "./options";
export { engineFindings, engineQuestions } from "./engineAdapter";
export { inherentRisk, residualRisk, type Risk } from "./risk";
export type * from "./types";
export type { ReportWorkshop } from "./workshop";
