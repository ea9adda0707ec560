import { fileSlug } from "../../io/native";
import { editorStore } from "../../store/editorStore";
import { engineLoaded, evaluationOf } from "../findings/evaluation";
import { downloadText } from "../shell/download";
import { useExportProgress } from "./reportActions";

/**
 * The open model written for another tool. The writers (src/io/formats) load on first use; our
 * own fields ride in each format's extension field, so importing the file back loses nothing.
 */
export const INTEROP_CHOICES = [
  { format: "otm", label: "Open Threat Model 0.2.0" },
  { format: "tm-library", label: "OWASP Threat Model Library 1.0.2" },
  { format: "threat-dragon", label: "OWASP Threat Dragon 2" },
] as const;

export type InteropExportFormat = (typeof INTEROP_CHOICES)[number]["format"];

export async function exportForTool(format: InteropExportFormat): Promise<void> {
  const { doc, notify } = editorStore.getState();
  if (!doc) {
    notify("info", "Open a model to export it.");
    return;
  }
  if (useExportProgress.getState().busy) return;
  const label = INTEROP_CHOICES.find((c) => c.format === format)!.label;
  useExportProgress.setState({ busy: `Preparing the ${label} file…` });
  try {
    const [{ exporterFor }] = await Promise.all([import("../../io/formats"), engineLoaded]);
    const exporter = exporterFor(format);
    if (!exporter) throw new Error(`no writer for ${format}`);
    const text = exporter.write(doc, evaluationOf(doc));
    downloadText(`${fileSlug(doc.name)}${exporter.extension}`, exporter.mimeType, text);
  } catch (error) {
    notify(
      "error",
      `The ${label} file could not be made: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    useExportProgress.setState({ busy: null });
  }
}
