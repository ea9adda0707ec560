import { create } from "zustand";
import type { ImportReading } from "./readImport";

/**
 * The one import flow of the app: a file from the picker, a file dropped on the window, or a
 * whole model pasted (Ctrl/Cmd+V) all end in the import dialog, which shows what arrived and
 * stores nothing until the person says so. The readers load on demand.
 */
export const useImportFlow = create<{ reading: ImportReading | "reading" | null }>()(() => ({
  reading: null,
}));

export function closeImport(): void {
  useImportFlow.setState({ reading: null });
}

export async function importFile(file: File): Promise<void> {
  useImportFlow.setState({ reading: "reading" });
  try {
    const { readImport } = await import("./readImport");
    useImportFlow.setState({
      reading: await readImport(new Uint8Array(await file.arrayBuffer()), file.name),
    });
  } catch (error) {
    useImportFlow.setState({
      reading: {
        ok: false,
        fileName: file.name,
        formatLabel: null,
        errors: [`The file could not be read: ${String(error)}`],
      },
    });
  }
}

export async function importPastedText(text: string): Promise<void> {
  useImportFlow.setState({ reading: "reading" });
  const { readImportText } = await import("./readImport");
  useImportFlow.setState({ reading: readImportText(text, null) });
}

/**
 * Whether pasted text is a whole ThreatCanvas document (a model or a backup) rather than copied
 * elements; cheap enough for every paste, and without the readers.
 */
export function isWholeDocumentText(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return false;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  if (record.format === "threatcanvas/backup") return true;
  return (
    record.format === undefined &&
    "schemaVersion" in record &&
    Array.isArray(record.elements) &&
    Array.isArray(record.flows)
  );
}
