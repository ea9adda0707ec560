import { lazy, Suspense, useState } from "react";

// The model list is opened now and then: it loads the first time, not with the page.
const ModelsDialogLazy = lazy(() =>
  import("./ModelsDialog").then((m) => ({ default: m.ModelsDialog })),
);

/** The model list (create, open, rename, duplicate, delete), loaded on first use. */
export function ModelsDialogOnDemand({ onClose }: { onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <ModelsDialogLazy onClose={onClose} />
    </Suspense>
  );
}

/** Open the model list from the top bar. */
export function ModelsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tc-tool" onClick={() => setOpen(true)}>
        Models
      </button>
      {open && <ModelsDialogOnDemand onClose={() => setOpen(false)} />}
    </>
  );
}
