import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import { isolateBidi } from "../domain/text/bidi";
import { useEditor } from "../store/editorStore";
import { Canvas } from "./canvas/Canvas";
import { Palette } from "./palette/Palette";
import { Announcer } from "./shell/Announcer";
import { NoticeToast } from "./shell/NoticeToast";
import { usePrefs } from "./shell/prefsStore";
import { PALETTE_PANE_ID } from "./shell/regions";
import { installShortcuts } from "./shell/shortcuts";
import { SidePanel, type PanelTabSpec } from "./shell/SidePanel";
import { SkipLinks } from "./shell/SkipLinks";
import { Toolbar } from "./shell/Toolbar";
import { useWorkspace } from "./shell/workspaceStore";
import { useAppliedTheme } from "./theme/applyTheme";

/** The Inspector tab (most of its code is property editors) loads when it is first shown. */
const Inspector = lazy(() =>
  import("./inspector/Inspector").then((m) => ({ default: m.Inspector })),
);

// Dialogs opened now and then: fetched the first time they open, not with the page.
const ConnectDialog = lazy(() =>
  import("./canvas/ConnectDialog").then((m) => ({ default: m.ConnectDialog })),
);
const ShortcutsDialog = lazy(() =>
  import("./shell/ShortcutsDialog").then((m) => ({ default: m.ShortcutsDialog })),
);

/**
 * The editor's frame: skip links, top bar, then palette | canvas | side panel. The canvas takes
 * whatever the palette (an icon rail unless expanded) and the side panel (tabs: Inspector,
 * Threats, Questions, Summary; resizable, collapsible) leave it. `topbarStart`, `topbarEnd`,
 * `tools`, `banner`, `findings`, `questions` and `summary` are slots filled by the session and by the
 * panels; a tab whose slot is empty is not shown.
 */
export function App({
  topbarStart,
  topbarEnd,
  tools,
  banner,
  findings,
  questions,
  summary,
  empty,
}: {
  topbarStart?: ReactNode;
  topbarEnd?: ReactNode;
  /** Further controls at the end of the editor's toolbar (one Tab stop with it). */
  tools?: ReactNode;
  banner?: ReactNode;
  /** The Threats tab. */
  findings?: ReactNode;
  questions?: ReactNode;
  summary?: ReactNode;
  /** Shown in place of the editor when no model is open. */
  empty?: ReactNode;
}) {
  const modelName = useEditor((s) => s.doc?.name);
  const hasDoc = useEditor((s) => s.doc !== null);
  const paletteExpanded = usePrefs((s) => s.paletteExpanded);
  const connecting = useWorkspace((s) => s.connectFrom !== null);
  const shortcutsOpen = useWorkspace((s) => s.shortcutsOpen);
  useAppliedTheme();
  useEffect(() => installShortcuts(), []);
  const tabs: PanelTabSpec[] = [
    {
      id: "inspector",
      label: "Inspector",
      content: (
        <Suspense fallback={<p className="tc-pane tc-muted">Opening the inspector…</p>}>
          <Inspector />
        </Suspense>
      ),
    },
  ];
  if (findings) tabs.push({ id: "threats", label: "Threats", content: findings });
  if (questions) tabs.push({ id: "questions", label: "Questions", content: questions });
  if (summary) tabs.push({ id: "summary", label: "Summary", content: summary });
  return (
    <ReactFlowProvider>
      <div className="tc-app">
        {/* Inside the app's box: an announcer placed after it would make the page scrollable. */}
        <Announcer />
        {hasDoc && <SkipLinks />}
        <header className="tc-topbar">
          <span className="tc-brand">
            <img src="/favicon.svg" alt="" width={24} height={24} />
            <span className="tc-brand-text">ThreatCanvas</span>
          </span>
          {topbarStart}
          {modelName !== undefined && (
            <h1 className="tc-model-title" dir="auto" title={isolateBidi(modelName)}>
              {modelName}
            </h1>
          )}
          {hasDoc && <Toolbar end={tools} />}
          <span className="tc-spacer" />
          {topbarEnd}
        </header>
        <div className="tc-body">
          {banner ?? <span />}
          {!hasDoc ? (
            <main className="tc-main-empty">{empty}</main>
          ) : (
            <main className="tc-main" data-palette={paletteExpanded ? "expanded" : "rail"}>
              <aside
                id={PALETTE_PANE_ID}
                className="tc-palette-pane"
                aria-label="Elements"
                tabIndex={-1}
              >
                <Palette />
              </aside>
              <div className="tc-center">
                <Canvas />
              </div>
              <SidePanel tabs={tabs} />
            </main>
          )}
        </div>
      </div>
      <Suspense fallback={null}>
        {hasDoc && connecting && <ConnectDialog />}
        {shortcutsOpen && <ShortcutsDialog />}
      </Suspense>
      <NoticeToast />
    </ReactFlowProvider>
  );
}
