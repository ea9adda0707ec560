import { useEffect, type ReactNode } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import { useEditor } from "../store/editorStore";
import { Canvas } from "./canvas/Canvas";
import { Inspector } from "./inspector/Inspector";
import { Palette } from "./palette/Palette";
import { NoticeToast } from "./shell/NoticeToast";
import { installShortcuts } from "./shell/shortcuts";
import { Toolbar } from "./shell/Toolbar";

/**
 * The editor's frame: palette | canvas (findings below it) | inspector. `topbarStart`,
 * `topbarEnd`, `banner` and `findings` are slots filled by the session (models, save status)
 * and the findings panel.
 */
export function App({
  topbarStart,
  topbarEnd,
  banner,
  findings,
  empty,
}: {
  topbarStart?: ReactNode;
  topbarEnd?: ReactNode;
  banner?: ReactNode;
  findings?: ReactNode;
  /** Shown in place of the editor when no model is open. */
  empty?: ReactNode;
}) {
  const modelName = useEditor((s) => s.doc?.name);
  const hasDoc = useEditor((s) => s.doc !== null);
  useEffect(() => installShortcuts(), []);
  return (
    <ReactFlowProvider>
      <div className="tc-app">
        <header className="tc-topbar">
          <span className="tc-brand">
            <img src="/favicon.svg" alt="" width={24} height={24} />
            ThreatCanvas
          </span>
          {topbarStart}
          {modelName !== undefined && (
            <h1 className="tc-model-title" dir="auto" style={{ fontSize: "inherit", margin: 0 }}>
              {modelName}
            </h1>
          )}
          <Toolbar />
          <span className="tc-spacer" />
          {topbarEnd}
        </header>
        <div style={{ display: "grid", gridTemplateRows: "auto 1fr", minHeight: 0 }}>
          {banner ?? <span />}
          {!hasDoc ? (
            <main className="tc-main-empty">{empty}</main>
          ) : (
            <main className="tc-main">
              <aside className="tc-side" aria-label="Elements">
                <Palette />
              </aside>
              <div className="tc-center">
                <Canvas />
                {findings}
              </div>
              <aside className="tc-side tc-side-right" aria-label="Properties">
                <Inspector />
              </aside>
            </main>
          )}
        </div>
      </div>
      <NoticeToast />
    </ReactFlowProvider>
  );
}
