import { useEffect, useRef, useState } from "react";
import { useEditor } from "../../store/editorStore";
import { useSession } from "../../store/session";
import "./export.css";
import { exportAllModelsJson, exportOpenModelJson } from "./exportActions";
import { installFileDrop, useFileDrag } from "./fileDrop";
import { importFiles } from "./importActions";
import { ImportDialog } from "./ImportDialog";
import { Menu, type MenuItem } from "./Menu";
import { exportReport, useExportProgress, type ReportExport } from "./reportActions";
import { ReportOptionsDialog } from "./ReportOptionsDialog";
import { installPrintReport } from "./print/installPrint";
import { installSaveShortcut } from "./saveShortcut";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? "⌘" : "Ctrl+";

/**
 * Import and Export in the toolbar, and everything that goes with them: the file picker, the
 * window-wide file drop, Ctrl/Cmd+S and the import dialog.
 */
export function ImportExportControls() {
  const hasDoc = useEditor((s) => s.doc !== null);
  const storageAvailable = useSession((s) => s.phase !== "unavailable");
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = useExportProgress((s) => s.busy);
  const [asking, setAsking] = useState<ReportExport | null>(null);
  const report = (label: string, kind: ReportExport, withOptions = false): MenuItem => ({
    label,
    disabled: !hasDoc || busy !== null,
    onSelect: () => (withOptions ? setAsking(kind) : void exportReport(kind)),
  });

  useEffect(() => installSaveShortcut(), []);
  useEffect(() => installFileDrop(), []);
  useEffect(() => installPrintReport(), []);

  const items: (MenuItem | "separator")[] = [
    { label: "Model as JSON", hint: `${MOD}S`, disabled: !hasDoc, onSelect: exportOpenModelJson },
    {
      label: "All models (backup)",
      disabled: !storageAvailable,
      onSelect: () => void exportAllModelsJson(),
    },
    "separator",
    report("PDF report…", "pdf", true),
    report("Markdown report…", "markdown", true),
    report("CSV risk register…", "csv", true),
    report("SARIF (code scanning)", "sarif"),
    "separator",
    report("Diagram as SVG", "svg"),
    report("Diagram as PNG (2x, white)", "png"),
    report("Diagram as PNG (2x, transparent)", "png-transparent"),
  ];

  return (
    <>
      <button
        type="button"
        className="tc-tool"
        onClick={() => fileInput.current?.click()}
        title="Open a model or backup file (or drop it on the window, or paste it)"
      >
        Import
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label="Model file to import"
        hidden
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          void importFiles(files);
        }}
      />
      <Menu label="Export" items={items} />
      {busy && (
        <span className="tc-export-busy" role="status">
          {busy}
        </span>
      )}
      {asking && <ReportOptionsDialog kind={asking} onClose={() => setAsking(null)} />}
      <ImportDialog />
      <DropOverlay />
    </>
  );
}

function DropOverlay() {
  const active = useFileDrag((s) => s.active);
  if (!active) return null;
  return (
    <div className="tc-drop-overlay" role="status">
      Drop a ThreatCanvas model or backup to import it
    </div>
  );
}
