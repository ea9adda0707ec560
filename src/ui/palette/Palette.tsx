import { useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import { useReactFlow } from "@xyflow/react";
import { commands } from "../../store/commands";
import { editorStore } from "../../store/editorStore";
import { defaultSizeFor, snap } from "../canvas/Canvas";
import { focusCanvasItem } from "../canvas/canvasFocus";
import { useSnapToGrid } from "../canvas/canvasSettings";
import { PALETTE_MIME, type PaletteItem } from "../canvas/paletteDrag";
import { KindIcon } from "../icons";
import { setPrefs, usePrefs } from "../shell/prefsStore";
import { PALETTE_SECTIONS } from "./paletteItems";

const keyOf = (item: PaletteItem) => `${item.type}-${item.mlKind ?? ""}-${item.zoneKind ?? ""}`;

/**
 * The palette: drag an item onto the canvas, or click it (or press Enter on it) to add it in
 * the middle of the view; focus then moves to the new element. Successive additions cascade so
 * new elements don't hide each other. Collapsed, it is a rail of icons (names in tooltips and
 * in each button's accessible name). The items are one Tab stop: arrow keys move between them.
 */
export function Palette() {
  const reactFlow = useReactFlow();
  const snapToGrid = useSnapToGrid();
  const expanded = usePrefs((s) => s.paletteExpanded);
  const [filter, setFilter] = useState("");
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const cascade = useRef(0);
  const listRef = useRef<HTMLDivElement>(null);

  const addAtCentre = (item: PaletteItem) => {
    const pane = document.querySelector(".tc-canvas")?.getBoundingClientRect();
    const centre = pane
      ? reactFlow.screenToFlowPosition({ x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 })
      : { x: 0, y: 0 };
    const size = defaultSizeFor(item.type);
    const step = (cascade.current++ % 8) * 24;
    const state = editorStore.getState();
    const added = state.execute(
      commands.addElement({
        type: item.type,
        name: item.name,
        mlKind: item.mlKind,
        ...(item.zoneKind ? { zoneKind: item.zoneKind } : {}),
        position: snap(
          { x: centre.x - size.width / 2 + step, y: centre.y - size.height / 2 + step },
          snapToGrid,
        ),
      }),
    );
    const id = editorStore.getState().selection[0];
    if (added && id) focusCanvasItem(id);
  };

  const onDragStart = (event: DragEvent, item: PaletteItem) => {
    event.dataTransfer.setData(PALETTE_MIME, JSON.stringify(item));
    event.dataTransfer.effectAllowed = "copy";
  };

  const needle = filter.trim().toLowerCase();
  const sections = PALETTE_SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((i) => !needle || i.name.toLowerCase().includes(needle)),
  })).filter((s) => s.items.length > 0);
  const visible = sections.flatMap((s) => s.items.map(keyOf));
  const current = activeKey !== null && visible.includes(activeKey) ? activeKey : visible[0];

  const onItemsKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = current === undefined ? -1 : visible.indexOf(current);
    let next = -1;
    if (event.key === "ArrowDown") next = Math.min(visible.length - 1, at + 1);
    else if (event.key === "ArrowUp") next = Math.max(0, at - 1);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = visible.length - 1;
    if (next < 0 || visible.length === 0) return;
    event.preventDefault();
    // Arrows here move between items; they must not nudge the selected element.
    event.stopPropagation();
    const key = visible[next]!;
    setActiveKey(key);
    listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  };

  return (
    <nav className="tc-palette" data-expanded={expanded} aria-label="Palette">
      <div className="tc-palette-head">
        <button
          type="button"
          className="tc-palette-toggle"
          aria-expanded={expanded}
          aria-label={expanded ? "Collapse palette" : "Expand palette"}
          title={expanded ? "Collapse the palette to icons" : "Show the palette with names"}
          onClick={() => setPrefs({ paletteExpanded: !expanded })}
        >
          <span aria-hidden="true">{expanded ? "«" : "»"}</span>
        </button>
        {expanded && <span className="tc-palette-title">Elements</span>}
      </div>
      {expanded && (
        <input
          className="tc-palette-filter"
          type="search"
          placeholder="Filter palette"
          aria-label="Filter palette"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <div
        className="tc-palette-items"
        role="toolbar"
        aria-orientation="vertical"
        aria-label="Add to the diagram"
        ref={listRef}
        onKeyDown={onItemsKey}
      >
        {sections.map((section) => (
          <section key={section.title} className="tc-palette-section" aria-label={section.title}>
            <h2 className={expanded ? undefined : "tc-visually-hidden"}>{section.title}</h2>
            <ul>
              {section.items.map((item) => {
                const key = keyOf(item);
                return (
                  <li key={key}>
                    <button
                      type="button"
                      className={`tc-palette-item tc-palette-${item.type}`}
                      data-key={key}
                      tabIndex={key === current ? 0 : -1}
                      draggable
                      onDragStart={(e) => onDragStart(e, item)}
                      onFocus={() => setActiveKey(key)}
                      onClick={() => addAtCentre(item)}
                      title={`${item.name}: drag onto the canvas, or click (Enter) to add`}
                    >
                      <KindIcon kind={item.mlKind ?? item.type} size={expanded ? 18 : 22} />
                      <span className={expanded ? "tc-palette-name" : "tc-visually-hidden"}>
                        {item.name}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
