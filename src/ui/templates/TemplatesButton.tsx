import { lazy, Suspense, useState } from "react";

// The gallery (and the corpus list) loads when it is first opened; models load when chosen.
const TemplateGallery = lazy(() =>
  import("./TemplateGallery").then((m) => ({ default: m.TemplateGallery })),
);

/** Top bar: open the template gallery. */
export function TemplatesButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="tc-tool"
        aria-haspopup="dialog"
        title="Start a new model from a realistic architecture"
        onClick={() => setOpen(true)}
      >
        Templates
      </button>
      {open && (
        <Suspense fallback={null}>
          <TemplateGallery onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
