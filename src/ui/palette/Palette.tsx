import { useRef, useState, type DragEvent } from "react";
import { useReactFlow } from "@xyflow/react";
import { commands } from "../../store/commands";
import { editorStore } from "../../store/editorStore";
import { defaultSizeFor, snap } from "../canvas/Canvas";
import { useCanvasSettings } from "../canvas/canvasSettings";
import { PALETTE_MIME, type PaletteItem } from "../canvas/paletteDrag";
import { KindIcon } from "../icons";
import { PALETTE_SECTIONS } from "./paletteItems";

/**
 * The palette: drag an item onto the canvas, or click it (or press Enter on it) to add it in
 * the middle of the view. Successive clicks cascade so new elements don't hide each other.
 */
export function Palette() {
  const reactFlow = useReactFlow();
  const snapToGrid = useCanvasSettings((s) => s.snapToGrid);
  const [filter, setFilter] = useState("");
  const cascade = useRef(0);

  const addAtCentre = (item: PaletteItem) => {
    const pane = document.querySelector(".tc-canvas")?.getBoundingClientRect();
    const centre = pane
      ? reactFlow.screenToFlowPosition({ x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 })
      : { x: 0, y: 0 };
    const size = defaultSizeFor(item.type);
    const step = (cascade.current++ % 8) * 24;
    editorStore.getState().execute(
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
  };

  const onDragStart = (event: DragEvent, item: PaletteItem) => {
    event.dataTransfer.setData(PALETTE_MIME, JSON.stringify(item));
    event.dataTransfer.effectAllowed = "copy";
  };

  const needle = filter.trim().toLowerCase();
  return (
    <nav className="tc-palette" aria-label="Palette">
      <input
        className="tc-palette-filter"
        type="search"
        placeholder="Filter palette"
        aria-label="Filter palette"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {PALETTE_SECTIONS.map((section) => {
        const items = section.items.filter((i) => !needle || i.name.toLowerCase().includes(needle));
        if (items.length === 0) return null;
        return (
          <section key={section.title} className="tc-palette-section">
            <h2>{section.title}</h2>
            <ul>
              {items.map((item) => (
                <li key={`${item.type}-${item.mlKind ?? ""}-${item.zoneKind ?? ""}`}>
                  <button
                    type="button"
                    className={`tc-palette-item tc-palette-${item.type}`}
                    draggable
                    onDragStart={(e) => onDragStart(e, item)}
                    onClick={() => addAtCentre(item)}
                    title={`Drag onto the canvas, or click to add a ${item.name}`}
                  >
                    <KindIcon kind={item.mlKind ?? item.type} />
                    <span>{item.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
