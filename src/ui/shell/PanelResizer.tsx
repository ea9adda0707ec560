import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import { clampPanelWidth, PANEL_WIDTH } from "./layoutPrefs";

/**
 * The side panel's left edge as a window splitter: drag it, or focus it and use the arrow keys
 * (Shift for bigger steps), Home / End for the narrowest and widest; double-click resets.
 */
export function PanelResizer({
  width,
  onWidth,
  panel,
  available,
}: {
  width: number;
  onWidth(width: number): void;
  panel: RefObject<HTMLElement | null>;
  /** Width the panel and the canvas share, read when a resize starts. */
  available(): number;
}) {
  const drag = useRef<{ startX: number; startWidth: number; current: number; room: number } | null>(
    null,
  );
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width, current: width, room: available() };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current;
    if (!state) return;
    state.current = clampPanelWidth(state.startWidth + state.startX - event.clientX, state.room);
    // Move the edge directly; React renders once, on release.
    if (panel.current) panel.current.style.width = `${state.current}px`;
  };
  const onPointerUp = () => {
    const state = drag.current;
    drag.current = null;
    if (state) onWidth(state.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 80 : 20;
    let next: number | null = null;
    if (event.key === "ArrowLeft") next = width + step;
    else if (event.key === "ArrowRight") next = width - step;
    else if (event.key === "Home") next = PANEL_WIDTH.min;
    else if (event.key === "End") next = Number.POSITIVE_INFINITY;
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    onWidth(clampPanelWidth(next, available()));
  };
  return (
    <div
      className="tc-panel-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize side panel"
      aria-valuenow={Math.round(width)}
      aria-valuemin={PANEL_WIDTH.min}
      aria-valuemax={Math.round(clampPanelWidth(Number.POSITIVE_INFINITY, available()))}
      tabIndex={0}
      title="Drag to resize; double-click for the default width"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => onWidth(clampPanelWidth(PANEL_WIDTH.default, available()))}
      onKeyDown={onKeyDown}
    />
  );
}
