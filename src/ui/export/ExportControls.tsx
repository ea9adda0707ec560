import { lazy, Suspense, useEffect, useState } from "react";
import { useEditor } from "../../store/editorStore";
import { useSession } from "../../store/session";
import "./export.css";
import { exportAllModelsJson, exportOpenModelJson } from "./exportActions";
import { exportForTool, INTEROP_CHOICES } from "./interopExport";
import { Menu, type MenuItem, type MenuSection } from "./Menu";
import { exportReport, useExportProgress, type ReportExport } from "./reportActions";
import { saveReportOptions, useReportOptions } from "./reportOptions";
import { installPrintReport } from "./print/installPrint";
import { installSaveShortcut } from "./saveShortcut";

// The options dialog loads when a report is chosen (the initial bundle keeps only the menu).
const ReportOptionsDialog = lazy(() =>
  import("./ReportOptionsDialog").then((m) => ({ default: m.ReportOptionsDialog })),
);

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? "⌘" : "Ctrl+";

/**
 * The Export menu, beside Import… in the top bar, and what goes with it: Ctrl/Cmd+S, the report
 * options, the print view. Everything that leaves the app is here: the native file and backup,
 * the reports, the diagram, and the files other tools read. (Import: src/ui/import.)
 */
export function ExportControls() {
  const hasDoc = useEditor((s) => s.doc !== null);
  const storageAvailable = useSession((s) => s.phase !== "unavailable");
  const busy = useExportProgress((s) => s.busy);
  const [asking, setAsking] = useState<ReportExport | null>(null);
  const report = (label: string, kind: ReportExport, withOptions = false): MenuItem => ({
    label,
    disabled: !hasDoc || busy !== null,
    onSelect: () => (withOptions ? setAsking(kind) : void exportReport(kind)),
  });

  useEffect(() => installSaveShortcut(), []);
  useEffect(() => installPrintReport(), []);

  const sections: MenuSection[] = [
    {
      label: "ThreatCanvas file",
      items: [
        {
          label: "Model as JSON",
          hint: `${MOD}S`,
          disabled: !hasDoc,
          onSelect: exportOpenModelJson,
        },
        {
          label: "All models (backup)",
          disabled: !storageAvailable,
          onSelect: () => void exportAllModelsJson(),
        },
      ],
    },
    {
      label: "Reports",
      items: [
        report("PDF report…", "pdf", true),
        report("Markdown report…", "markdown", true),
        report("CSV risk register…", "csv", true),
        report("SARIF (code scanning)", "sarif"),
      ],
    },
    {
      label: "Diagram",
      items: [
        report("Diagram as SVG", "svg"),
        report("Diagram as PNG (2x, white)", "png"),
        report("Diagram as PNG (2x, transparent)", "png-transparent"),
      ],
    },
    {
      label: "For another tool",
      items: INTEROP_CHOICES.map((choice): MenuItem => ({
        label: choice.label,
        disabled: !hasDoc || busy !== null,
        onSelect: () => void exportForTool(choice.format),
      })),
    },
  ];

  return (
    <>
      <Menu label="Export" sections={sections} />
      {busy && (
        <span className="tc-export-busy" role="status">
          {busy}
        </span>
      )}
      {asking && (
        <Suspense fallback={null}>
          <ReportOptionsDialog
            kind={asking}
            initial={useReportOptions.getState().options}
            onExport={(options) => {
              saveReportOptions(options);
              void exportReport(asking);
            }}
            onClose={() => setAsking(null)}
          />
        </Suspense>
      )}
    </>
  );
}
