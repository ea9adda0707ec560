import { lazy, Suspense, useState } from "react";

/** The form (and its catalog search) loads when first opened. */
const CustomThreatDialog = lazy(() =>
  import("./triageUi").then((m) => ({ default: m.CustomThreatDialog })),
);

/** The button that opens the "Add a threat" dialog. */
export function AddThreatButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tc-small-button" onClick={() => setOpen(true)}>
        Add threat
      </button>
      {open && (
        <Suspense fallback={null}>
          <CustomThreatDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
