import { create } from "zustand";
import type { ThreatModel } from "../../domain/schema";
import type { EvaluationResult } from "../../engine/types";
import type * as ExportModule from "../../io/export";
import { exportFileName, exportModelJson } from "../../io/native";
import { editorStore } from "../../store/editorStore";
import { engineLoaded, evaluationOf } from "../findings/evaluation";
import { downloadBytes, downloadText } from "../shell/download";
import { useReportOptions } from "./reportOptions";

export type ReportExport = "pdf" | "markdown" | "csv" | "sarif" | "svg" | "png" | "png-transparent";

/** What is being prepared, for a status line (a 200-element PDF takes a few seconds). */
export const useExportProgress = create<{ busy: string | null }>()(() => ({ busy: null }));

const LABELS: Record<ReportExport, string> = {
  pdf: "PDF report",
  markdown: "Markdown report",
  csv: "CSV risk register",
  sarif: "SARIF",
  svg: "diagram (SVG)",
  png: "diagram (PNG)",
  "png-transparent": "diagram (PNG)",
};

/**
 * Reports from the open model. The exporters (and PDFKit) are a separate chunk, fetched the first
 * time one is used; nothing here is in the initial bundle but this file.
 */
export async function exportReport(kind: ReportExport): Promise<void> {
  const { doc, notify } = editorStore.getState();
  if (!doc) {
    notify("info", "Open a model to export it.");
    return;
  }
  if (useExportProgress.getState().busy) return;
  useExportProgress.setState({ busy: `Preparing the ${LABELS[kind]}…` });
  try {
    const [exporters] = await Promise.all([import("../../io/export"), engineLoaded]);
    const result = evaluationOf(doc);
    const options = {
      ...useReportOptions.getState().options,
      generatedAt: new Date().toISOString(),
    };
    await write(kind, doc, result, exporters, options);
  } catch (error) {
    notify(
      "error",
      `The ${LABELS[kind]} could not be made: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    useExportProgress.setState({ busy: null });
  }
}

type Exporters = typeof ExportModule;

async function write(
  kind: ReportExport,
  doc: ThreatModel,
  result: EvaluationResult,
  exporters: Exporters,
  options: Parameters<Exporters["markdownExport"]>[2],
): Promise<void> {
  switch (kind) {
    case "pdf": {
      const { loadPdfFonts } = await import("./pdfFonts");
      const bytes = await exporters.pdfExport(doc, result, await loadPdfFonts(), options);
      downloadBytes(exportFileName(doc, "report", "pdf"), "application/pdf", bytes);
      return;
    }
    case "markdown":
      downloadText(
        exportFileName(doc, "report", "md"),
        "text/markdown",
        exporters.markdownExport(doc, result, options),
      );
      return;
    case "csv":
      downloadText(
        exportFileName(doc, "risk-register", "csv"),
        "text/csv",
        exporters.csvExport(doc, result, options),
      );
      return;
    case "sarif":
      downloadText(
        exportFileName(doc, "findings", "sarif"),
        "application/sarif+json",
        exporters.sarifExport(doc, result, exportModelJson(doc).text),
      );
      return;
    case "svg":
      downloadText(
        exportFileName(doc, "diagram", "svg"),
        "image/svg+xml",
        exporters.svgExport(doc, result, options),
      );
      return;
    case "png":
    case "png-transparent": {
      const svg = exporters.svgExport(doc, result, options);
      const { pngFromSvg } = await import("./pngFromSvg");
      const { png, scale } = await pngFromSvg(svg, {
        scale: 2,
        background: kind === "png" ? "white" : "transparent",
      });
      downloadBytes(exportFileName(doc, "diagram", "png"), "image/png", png);
      if (scale < 2) {
        editorStore
          .getState()
          .notify(
            "info",
            `The diagram is too large for a 2x image; it was saved at ${scale.toFixed(2)}x. The SVG export has no size limit.`,
          );
      }
      return;
    }
  }
}
