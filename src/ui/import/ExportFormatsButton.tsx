import { lazy, Suspense, useState } from "react";
import { useEditor } from "../../store/editorStore";

const ExportFormatsDialog = lazy(() =>
  import("./ExportFormatsDialog").then((m) => ({ default: m.ExportFormatsDialog })),
);

/** Writes the open model for another tool; our own fields ride along, so importing it again loses nothing. */
export function ExportFormatsButton() {
  const [open, setOpen] = useState(false);
  const hasDoc = useEditor((s) => s.doc !== null);
  return (
    <>
      <button type="button" className="tc-tool" disabled={!hasDoc} onClick={() => setOpen(true)}>
        Export to…
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportFormatsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
