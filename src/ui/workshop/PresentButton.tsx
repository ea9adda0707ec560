import { useReactFlow, useStore as useFlowStore, ViewportPortal } from "@xyflow/react";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { editorStore, useEditor } from "../../store/editorStore";
import { enterFullScreen, isTypingTarget, leaveFullScreen } from "./presentStore";

/** Presentation mode and everything it shows: loaded when it is first started. */
const Presentation = lazy(() => import("./Presentation"));

/**
 * The way into presentation mode: a button, and the P key anywhere outside a field or dialog.
 * What it opens (agenda, guided walk, prompts, session record, what-if) loads on demand.
 */
export function PresentButton() {
  const [presenting, setPresenting] = useState(false);
  const hasDoc = useEditor((s) => s.doc !== null);
  // The diagram's controls are handed over rather than imported by presentation mode: the
  // bundler would otherwise split React Flow's module out of the first chunk (+0.6 KB gzip).
  const reactFlow = useReactFlow();
  const pane = useFlowStore((s) => s.domNode);
  const start = useCallback(() => {
    enterFullScreen();
    setPresenting(true);
  }, []);
  const stop = useCallback(() => {
    leaveFullScreen();
    setPresenting(false);
  }, []);
  useEffect(() => {
    if (presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "p" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.shiftKey || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector("dialog[open]") || editorStore.getState().doc === null) return;
      event.preventDefault();
      start();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [presenting, start]);
  return (
    <span className="tc-present-host">
      <button
        type="button"
        className="tc-tool"
        onClick={start}
        disabled={!hasDoc}
        aria-keyshortcuts="P"
        title="Present the model to the room: agenda, guided walk, prompts (P)"
      >
        Present
      </button>
      {presenting && hasDoc && (
        <Suspense fallback={null}>
          <Presentation onExit={stop} diagram={{ reactFlow, pane, ViewportPortal }} />
        </Suspense>
      )}
    </span>
  );
}
