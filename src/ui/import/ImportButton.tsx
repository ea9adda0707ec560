import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { closeImport, importFile, useImportFlow } from "./importFlow";

// The dialog and the readers load when a file arrives: the initial bundle keeps only the button.
const ImportDialog = lazy(() =>
  import("./ImportDialog").then((m) => ({ default: m.ImportDialog })),
);

const ACCEPT = ".json,.tm7,.otm,.yaml,application/json,text/xml,application/xml";

/**
 * "Import…" in the top bar, and a file dropped anywhere on the window: both open the import
 * dialog, which shows what the file brings before anything is stored.
 */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const reading = useImportFlow((state) => state.reading);
  const [dragging, setDragging] = useState(false);

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
      void importFile(file);
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
          if (file) void importFile(file);
        }}
      />
      {dragging && (
        <div className="tc-drop-overlay" aria-hidden="true">
          Drop the file to import it
        </div>
      )}
      {reading !== null && (
        <Suspense fallback={null}>
          <ImportDialog reading={reading} onClose={closeImport} />
        </Suspense>
      )}
    </>
  );
}
