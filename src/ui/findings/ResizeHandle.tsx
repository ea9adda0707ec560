import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import { clampHeight, PANEL_HEIGHTS } from "./layout";

type PanelRef = RefObject<HTMLElement | null>;

function availableHeight(panel: PanelRef): number {
  return panel.current?.parentElement?.clientHeight ?? window.innerHeight;
}

/** A window splitter above the panel: drag it, or focus it and use the arrow keys. */
export function ResizeHandle({
  height,
  setHeight,
  panel,
}: {
  height: number;
  setHeight(height: number): void;
  panel: PanelRef;
}) {
  const drag = useRef<{ startY: number; startHeight: number; current: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: height, current: height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current;
    if (!state) return;
    state.current = clampHeight(
      state.startHeight + state.startY - event.clientY,
      availableHeight(panel),
    );
    // Move the panel's edge directly; React renders once, on release.
    if (panel.current) panel.current.style.height = `${state.current}px`;
  };
  const onPointerUp = () => {
    const state = drag.current;
    drag.current = null;
    if (state) setHeight(state.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 80 : 24;
    let next: number | null = null;
    if (event.key === "ArrowUp") next = height + step;
    else if (event.key === "ArrowDown") next = height - step;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = Number.MAX_SAFE_INTEGER;
    if (next === null) return;
    event.preventDefault();
    setHeight(clampHeight(next, availableHeight(panel)));
  };
  return (
    <div
      className="tc-findings-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize threats panel"
      aria-valuenow={Math.round(height)}
      aria-valuemin={PANEL_HEIGHTS.min}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
