import { lazy, Suspense, useEffect } from "react";
import { editorStore, useEditor } from "../../store/editorStore";
import { isTypingTarget, startPresenting, usePresenting } from "./presentStore";

/** Presentation mode and everything it shows: loaded when it is first started. */
const Presentation = lazy(() => import("./Presentation"));

/**
 * The way into presentation mode: a button, and the P key anywhere outside a field or dialog.
 * What it opens (agenda, guided walk, prompts, session record, what-if) loads on demand.
 */
export function PresentButton() {
  const presenting = usePresenting((s) => s.presenting);
  const hasDoc = useEditor((s) => s.doc !== null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "p" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.shiftKey || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      if (usePresenting.getState().presenting || editorStore.getState().doc === null) return;
      event.preventDefault();
      startPresenting();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="tc-tool"
        onClick={startPresenting}
        disabled={!hasDoc}
        aria-keyshortcuts="P"
        title="Present the model to the room: agenda, guided walk, prompts (P)"
      >
        Present
      </button>
      {presenting && hasDoc && (
        <Suspense fallback={null}>
          <Presentation />
        </Suspense>
      )}
    </>
  );
}
