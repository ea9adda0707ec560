import { useReactFlow } from "@xyflow/react";
import { useEditor, editorStore } from "../../store/editorStore";
import { useCanvasSettings } from "../canvas/canvasSettings";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? "⌘" : "Ctrl+";

/** Undo / redo and view controls. Each button runs the same command as its shortcut. */
export function Toolbar() {
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const undoName = useEditor((s) => s.history.past[s.history.past.length - 1]?.name);
  const redoName = useEditor((s) => s.history.future[0]?.name);
  const { snapToGrid, showMinimap, toggleSnap, toggleMinimap } = useCanvasSettings();
  const reactFlow = useReactFlow();
  return (
    <div className="tc-toolbar" role="toolbar" aria-label="Editor">
      <button
        type="button"
        className="tc-tool"
        onClick={() => editorStore.getState().undo()}
        disabled={!canUndo}
        aria-label="Undo"
        title={`Undo${undoName ? ` ${undoName}` : ""} (${MOD}Z)`}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        className="tc-tool"
        onClick={() => editorStore.getState().redo()}
        disabled={!canRedo}
        aria-label="Redo"
        title={`Redo${redoName ? ` ${redoName}` : ""} (${MOD}Shift+Z)`}
      >
        ↷ Redo
      </button>
      <button
        type="button"
        className="tc-tool"
        onClick={() => void reactFlow.fitView({ padding: 0.15, duration: 200 })}
        title="Fit the whole diagram in view"
      >
        Fit view
      </button>
      <button
        type="button"
        className="tc-tool"
        aria-pressed={snapToGrid}
        onClick={toggleSnap}
        title="Snap elements to a 10 px grid"
      >
        Snap to grid
      </button>
      <button
        type="button"
        className="tc-tool"
        aria-pressed={showMinimap}
        onClick={toggleMinimap}
        title="Show the minimap"
      >
        Minimap
      </button>
    </div>
  );
}
