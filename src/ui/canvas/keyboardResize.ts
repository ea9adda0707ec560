import { elementSize, indexModel } from "../../domain/graph";
import { commands } from "../../store/commands";
import { editorStore } from "../../store/editorStore";
import { elementDisplayName } from "../labels";
import { announce, setKeyboardResize, useWorkspace } from "../shell/workspaceStore";

/** Smallest boundary the keyboard resize goes down to (as the resize handles). */
const MIN = { width: 120, height: 80 };

/**
 * Resizing a trust boundary from the keyboard (R): arrows change the size (right / down grow,
 * left / up shrink; Shift for 50 px steps), shown live; Enter keeps it as one undoable Resize,
 * Escape puts it back.
 */
export function startKeyboardResize(id: string): boolean {
  const doc = editorStore.getState().doc;
  const element = doc?.elements.find((e) => e.id === id);
  if (!doc || !element || element.type !== "trustBoundary") return false;
  const size = elementSize(element);
  setKeyboardResize({ id, original: size, position: element.position, size });
  announce(
    `Resizing ${elementDisplayName(element)}: ${size.width} by ${size.height}. Arrow keys change the size, Enter keeps it, Escape cancels.`,
  );
  return true;
}

export function isKeyboardResizing(): boolean {
  return useWorkspace.getState().resize !== null;
}

export function stepKeyboardResize(dx: number, dy: number): void {
  const resize = useWorkspace.getState().resize;
  if (!resize) return;
  const size = {
    width: Math.max(MIN.width, resize.size.width + dx),
    height: Math.max(MIN.height, resize.size.height + dy),
  };
  setKeyboardResize({ ...resize, size });
  editorStore.getState().setLiveSizes(new Map([[resize.id, size]]));
  announce(`${size.width} by ${size.height}`);
}

export function finishKeyboardResize(keep: boolean): void {
  const resize = useWorkspace.getState().resize;
  if (!resize) return;
  setKeyboardResize(null);
  const state = editorStore.getState();
  state.setLiveSizes(new Map());
  const name = nameOf(resize.id);
  if (!keep) {
    announce(`Resize of ${name} cancelled`);
    return;
  }
  state.execute(commands.resizeElement(resize.id, resize.size, resize.position));
  announce(`${name} is now ${resize.size.width} by ${resize.size.height}`);
}

function nameOf(id: string): string {
  const doc = editorStore.getState().doc;
  const element = doc ? indexModel(doc).elementsById.get(id) : undefined;
  return element ? elementDisplayName(element) : "the boundary";
}

/** Keys while a keyboard resize is on; true when the key was used. */
export function keyboardResizeKey(event: KeyboardEvent): boolean {
  if (!isKeyboardResizing()) return false;
  const step = event.shiftKey ? 50 : 10;
  switch (event.key) {
    case "ArrowRight":
      stepKeyboardResize(step, 0);
      return true;
    case "ArrowLeft":
      stepKeyboardResize(-step, 0);
      return true;
    case "ArrowDown":
      stepKeyboardResize(0, step);
      return true;
    case "ArrowUp":
      stepKeyboardResize(0, -step);
      return true;
    case "Enter":
      finishKeyboardResize(true);
      return true;
    case "Escape":
      finishKeyboardResize(false);
      return true;
    default:
      return false;
  }
}
