import { useEffect, useRef, useState } from "react";
import { ImportDialog } from "./ImportDialog";
import { readImport, type ImportReading } from "./readImport";

const ACCEPT = ".json,.tm7,.otm,.yaml,application/json,text/xml,application/xml";

/**
 * "Import…" in the top bar, and a file dropped anywhere on the window: both open the import
 * dialog, which shows what the file brings before anything is stored.
 */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<ImportReading | "reading" | null>(null);
  const [dragging, setDragging] = useState(false);

  async function start(file: File): Promise<void> {
    setReading("reading");
    try {
      setReading(await readImport(new Uint8Array(await file.arrayBuffer()), file.name));
    } catch (error) {
      setReading({
        ok: false,
        fileName: file.name,
        formatLabel: null,
        errors: [`The file could not be read: ${String(error)}`],
      });
    }
  }

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    let depth = 0;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void start(file);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        className="tc-tool"
        onClick={() => input.current?.click()}
        title="Open a model from OWASP Threat Dragon, Microsoft TMT (.tm7), Open Threat Model, the OWASP Threat Model Library or ThreatCanvas"
      >
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        aria-label="Import a threat model file"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void start(file);
        }}
      />
      {dragging && (
        <div className="tc-import-drop" aria-hidden="true">
          Drop the file to import it
        </div>
      )}
      {reading !== null && <ImportDialog reading={reading} onClose={() => setReading(null)} />}
    </>
  );
}
