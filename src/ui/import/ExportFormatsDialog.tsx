import { useEffect, useRef, useState } from "react";
import { editorStore } from "../../store/editorStore";
import "./import.css";

const CHOICES = [
  { format: "otm", label: "Open Threat Model 0.2.0", hint: "IriusRisk, and tools that read OTM" },
  {
    format: "tm-library",
    label: "OWASP Threat Model Library 1.0.2",
    hint: "Threat Dragon's TM-BOM; valid against the official schema",
  },
  {
    format: "threat-dragon",
    label: "OWASP Threat Dragon 2",
    hint: "the diagram as cells, the findings as its threats",
  },
] as const;

export function ExportFormatsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function download(format: string): Promise<void> {
    const doc = editorStore.getState().doc;
    if (!doc) return;
    try {
      const [{ exporterFor }, { evaluate }, { ALL_RULES }] = await Promise.all([
        import("../../io/formats"),
        import("../../engine/evaluate"),
        import("../../engine/rules"),
      ]);
      const exporter = exporterFor(format);
      if (!exporter) return;
      const text = exporter.write(doc, evaluate(doc, { rules: ALL_RULES }));
      const url = URL.createObjectURL(new Blob([text], { type: exporter.mimeType }));
      const link = document.createElement("a");
      link.href = url;
      link.download = `${fileStem(doc.name)}${exporter.extension}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      ref.current?.close();
    } catch (failure) {
      setError(`Could not export: ${String(failure)}`);
    }
  }

  return (
    <dialog
      ref={ref}
      className="tc-dialog"
      aria-labelledby="export-formats-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="tc-dialog-body">
        <h2 id="export-formats-title">Export for another tool</h2>
        <p>
          ThreatCanvas's own details travel in each format's extension field, so importing the file
          back gives this model again.
        </p>
        <ul className="tc-export-formats">
          {CHOICES.map((choice) => (
            <li key={choice.format}>
              <button
                type="button"
                className="tc-button"
                onClick={() => void download(choice.format)}
              >
                {choice.label}
              </button>
              <span className="tc-import-muted">{choice.hint}</span>
            </li>
          ))}
        </ul>
        {error && (
          <p className="tc-error" role="alert">
            {error}
          </p>
        )}
        <div className="tc-import-actions">
          <button type="button" className="tc-button" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}

function fileStem(name: string): string {
  const stem = name
    .trim()
    .replace(/[\\/:*?"<>|]+/g, "-")
    .replace(/\s+/g, " ")
    .slice(0, 80);
  return stem || "threat-model";
}
