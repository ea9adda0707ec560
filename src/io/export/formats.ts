import { z } from "zod";

/** Every export, in the app's menu and on the command line (`npm run export -- --format`). */
export const EXPORT_FORMATS = ["json", "pdf", "markdown", "csv", "svg", "png", "sarif"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportFormatSchema = z.enum(EXPORT_FORMATS);

export const EXPORT_MIME: Record<ExportFormat, string> = {
  json: "application/json",
  pdf: "application/pdf",
  markdown: "text/markdown",
  csv: "text/csv",
  svg: "image/svg+xml",
  png: "image/png",
  sarif: "application/sarif+json",
};
