import {
  Activity,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { clampPanelWidth, type PanelTab } from "./layoutPrefs";
import { PanelResizer } from "./PanelResizer";
import { setPrefs, usePrefs } from "./prefsStore";
import { useWorkspace } from "./workspaceStore";

export interface PanelTabSpec {
  id: PanelTab;
  label: string;
  content: ReactNode;
}

export const PANEL_ID = "tc-panel";

/** Frames to wait for a tab's contents to appear before focusing the tab itself (~2 s). */
const FOCUS_TRIES = 120;

/** Room the panel and the canvas share: the window less the palette. */
function sharedWidth(): number {
  return window.innerWidth - paletteWidth();
}

/**
 * The one side panel: Inspector · Threats · Questions · Summary as tabs, resizable from its
 * left edge and collapsible to a rail of tab buttons. A tab is mounted the first time it is
 * shown and then kept (hidden) so that its filters and scroll position survive switching.
 */
export function SidePanel({ tabs }: { tabs: readonly PanelTabSpec[] }) {
  const open = usePrefs((s) => s.panelOpen);
  const stored = usePrefs((s) => s.panelTab);
  const width = useEffectiveWidth(usePrefs((s) => s.panelWidth));
  const active = tabs.some((t) => t.id === stored) ? stored : (tabs[0]?.id ?? "inspector");
  const [mounted, setMounted] = useState<ReadonlySet<PanelTab>>(() => new Set([active]));
  if (!mounted.has(active)) setMounted(new Set([...mounted, active]));
  const panelRef = useRef<HTMLElement>(null);
  const uid = useId();
  const tabId = (id: PanelTab) => `${uid}-tab-${id}`;
  const bodyId = (id: PanelTab) => `${uid}-panel-${id}`;

  // "Show this tab and put focus in it" (Enter on a selected node, skip links, F6).
  const request = useWorkspace((s) => s.panelFocus);
  useEffect(() => {
    if (!request) return;
    setPrefs({ panelOpen: true, panelTab: request.tab });
    // Focus once the tab is shown: after React has committed and the browser laid it out, and,
    // for a tab whose code loads on first use (the Inspector), once that code has arrived.
    let frame = 0;
    let tries = 0;
    const focusIn = () => {
      const body = document.getElementById(bodyId(request.tab));
      const field = body?.querySelector<HTMLElement>(
        "input:not([type=hidden]):not([disabled]), textarea, select, button, [tabindex='0']",
      );
      if (field) field.focus();
      else if (++tries < FOCUS_TRIES) frame = requestAnimationFrame(focusIn);
      else document.getElementById(tabId(request.tab))?.focus();
    };
    frame = requestAnimationFrame(focusIn);
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request moves focus
  }, [request]);

  const select = (id: PanelTab) => setPrefs({ panelTab: id, panelOpen: true });

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = tabs.findIndex((t) => t.id === active);
    let next = -1;
    if (event.key === "ArrowRight") next = (at + 1) % tabs.length;
    else if (event.key === "ArrowLeft") next = (at - 1 + tabs.length) % tabs.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const tab = tabs[next]!;
    select(tab.id);
    document.getElementById(tabId(tab.id))?.focus();
  };

  if (!open) {
    return (
      <aside
        id={PANEL_ID}
        className="tc-panel"
        data-open="false"
        aria-label="Side panel"
        tabIndex={-1}
      >
        <div className="tc-panel-rail">
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              className="tc-panel-rail-tab"
              onClick={() => select(tab.id)}
              aria-label={`Show ${tab.label}`}
              title={`Show the ${tab.label} panel`}
            >
              <span aria-hidden="true">{tab.label}</span>
            </button>
          ))}
        </div>
      </aside>
    );
  }

  return (
    <aside
      id={PANEL_ID}
      ref={panelRef}
      className="tc-panel"
      data-open="true"
      aria-label="Side panel"
      tabIndex={-1}
      style={{ width }}
    >
      <PanelResizer
        width={width}
        onWidth={(w) => setPrefs({ panelWidth: w })}
        panel={panelRef}
        available={sharedWidth}
      />
      <div className="tc-panel-head">
        <div className="tc-panel-tabs" role="tablist" aria-label="Side panel">
          {tabs.map((tab) => (
            <button
              key={tab.id}
              id={tabId(tab.id)}
              type="button"
              role="tab"
              className="tc-panel-tab"
              aria-selected={tab.id === active}
              aria-controls={bodyId(tab.id)}
              tabIndex={tab.id === active ? 0 : -1}
              onClick={() => select(tab.id)}
              onKeyDown={onTabKey}
            >
              {tab.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="tc-panel-hide"
          aria-label="Hide side panel"
          title="Hide the side panel (the canvas takes its room)"
          onClick={() => setPrefs({ panelOpen: false })}
        >
          <span aria-hidden="true">»</span>
        </button>
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={bodyId(tab.id)}
          role="tabpanel"
          aria-labelledby={tabId(tab.id)}
          className="tc-panel-body"
          hidden={tab.id !== active}
        >
          {mounted.has(tab.id) && (
            <Activity mode={tab.id === active ? "visible" : "hidden"}>{tab.content}</Activity>
          )}
        </div>
      ))}
    </aside>
  );
}

function subscribeResize(onChange: () => void): () => void {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
}

/** The stored width, narrowed to what this window allows (the preference itself is kept). */
function useEffectiveWidth(stored: number): number {
  const room = useSyncExternalStore(
    subscribeResize,
    () => window.innerWidth,
    () => 1280,
  );
  return clampPanelWidth(stored, room - (room >= 1 ? paletteWidth() : 0));
}

function paletteWidth(): number {
  return document.getElementById("tc-palette-pane")?.getBoundingClientRect().width ?? 56;
}
