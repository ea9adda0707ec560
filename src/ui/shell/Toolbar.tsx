import { useRef, type ReactNode } from "react";
import { useReactFlow } from "@xyflow/react";
import { useEditor, editorStore } from "../../store/editorStore";
import { toggleMinimap, toggleSnap, useShowMinimap, useSnapToGrid } from "../canvas/canvasSettings";
import { runAutoLayout } from "../canvas/layout/autoLayout";
import { THEME_LABELS } from "../theme/palettes";
import { MOD } from "./platform";
import { THEMES, type ThemeChoice } from "./layoutPrefs";
import { setPrefs, usePrefs } from "./prefsStore";
import { useRovingToolbar } from "./rovingToolbar";
import { setShortcutsOpen } from "./workspaceStore";

const THEME_CHOICE_LABELS: Record<ThemeChoice, string> = { system: "System", ...THEME_LABELS };

/**
 * Undo / redo, view and layout controls, theme. Each button runs the same command as its
 * shortcut. One Tab stop: arrow keys move along it. `end` (Present) goes in as a further group
 * of `.tc-tool` controls.
 */
export function Toolbar({ end }: { end?: ReactNode }) {
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const undoName = useEditor((s) => s.history.past[s.history.past.length - 1]?.name);
  const redoName = useEditor((s) => s.history.future[0]?.name);
  const hasSelection = useEditor((s) => s.selection.length > 0);
  const snapToGrid = useSnapToGrid();
  const showMinimap = useShowMinimap();
  const theme = usePrefs((s) => s.theme);
  const reactFlow = useReactFlow();
  const ref = useRef<HTMLDivElement>(null);
  useRovingToolbar(ref);
  return (
    <div className="tc-toolbar" role="toolbar" aria-label="Editor" ref={ref}>
      <div className="tc-toolbar-group">
        <button
          type="button"
          className="tc-tool"
          onClick={() => editorStore.getState().undo()}
          disabled={!canUndo}
          aria-label="Undo"
          title={`Undo${undoName ? ` ${undoName}` : ""} (${MOD}Z)`}
        >
          <span aria-hidden="true">↶</span> Undo
        </button>
        <button
          type="button"
          className="tc-tool"
          onClick={() => editorStore.getState().redo()}
          disabled={!canRedo}
          aria-label="Redo"
          title={`Redo${redoName ? ` ${redoName}` : ""} (${MOD}Shift+Z)`}
        >
          <span aria-hidden="true">↷</span> Redo
        </button>
      </div>
      <div className="tc-toolbar-group">
        <button
          type="button"
          className="tc-tool"
          onClick={() => void reactFlow.fitView({ padding: 0.08, duration: 200, maxZoom: 1.5 })}
          aria-label="Fit view"
          title="Fit the whole diagram in view"
        >
          Fit
        </button>
        <button
          type="button"
          className="tc-tool"
          onClick={() => void runAutoLayout()}
          aria-label="Auto layout"
          title={`Auto layout: arrange ${hasSelection ? "the selection" : "the whole model"} left to right along the flows (Shift+L)`}
        >
          Layout
        </button>
      </div>
      <div className="tc-toolbar-group">
        <button
          type="button"
          className="tc-tool"
          aria-pressed={snapToGrid}
          onClick={toggleSnap}
          title="Snap elements to a 10 px grid"
        >
          Snap
        </button>
        <button
          type="button"
          className="tc-tool"
          aria-pressed={showMinimap}
          onClick={() => toggleMinimap(showMinimap)}
          title="Show the minimap"
        >
          Minimap
        </button>
        <label className="tc-theme-picker">
          <span className="tc-visually-hidden">Theme</span>
          <select
            className="tc-tool"
            value={theme}
            title="Colour theme"
            onChange={(e) => setPrefs({ theme: e.target.value as ThemeChoice })}
          >
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_CHOICE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="tc-tool"
          aria-haspopup="dialog"
          onClick={() => setShortcutsOpen(true)}
          title="Keyboard shortcuts (?)"
        >
          Keys
        </button>
      </div>
      {end && <div className="tc-toolbar-group">{end}</div>}
    </div>
  );
}
