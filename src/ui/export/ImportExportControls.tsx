import { useEffect, useRef } from "react";
import { useEditor } from "../../store/editorStore";
import { useSession } from "../../store/session";
import "./export.css";
import { exportAllModelsJson, exportOpenModelJson } from "./exportActions";
import { installFileDrop, useFileDrag } from "./fileDrop";
import { importFiles } from "./importActions";
import { ImportDialog } from "./ImportDialog";
import { Menu, type MenuItem } from "./Menu";
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

  useEffect(() => installSaveShortcut(), []);
  useEffect(() => installFileDrop(), []);

  const items: (MenuItem | "separator")[] = [
    { label: "Model as JSON", hint: `${MOD}S`, disabled: !hasDoc, onSelect: exportOpenModelJson },
    {
      label: "All models (backup)",
      disabled: !storageAvailable,
      onSelect: () => void exportAllModelsJson(),
    },
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
