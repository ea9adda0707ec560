import { exportOpenModelJson } from "./exportActions";

/**
 * Ctrl/Cmd+S exports the open model as JSON, everywhere in the page (text fields included),
 * instead of the browser saving the page's HTML. Work is saved to the browser continuously; this
 * is the way to get a file.
 */
export function installSaveShortcut(target: Window = window): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    if (event.key.toLowerCase() !== "s") return;
    event.preventDefault();
    if (event.repeat) return;
    exportOpenModelJson();
  };
  target.addEventListener("keydown", onKey, { capture: true });
  return () => target.removeEventListener("keydown", onKey, { capture: true });
}
