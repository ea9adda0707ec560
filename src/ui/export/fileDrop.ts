import { create } from "zustand";
import { importFiles } from "./importActions";

/** Whether files are being dragged over the window (for the "drop to import" overlay). */
export const useFileDrag = create<{ active: boolean }>()(() => ({ active: false }));

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes("Files") ?? false;
}

/**
 * A file dropped anywhere on the window is imported. Palette drags carry no files, so the canvas
 * keeps handling those; the browser's default (opening the file in place of the app) is stopped.
 */
export function installFileDrop(target: Window = window): () => void {
  let depth = 0;
  const onEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth += 1;
    useFileDrag.setState({ active: true });
  };
  const onOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  };
  const onLeave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) useFileDrag.setState({ active: false });
  };
  const onDrop = (event: DragEvent) => {
    depth = 0;
    useFileDrag.setState({ active: false });
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    void importFiles(files);
  };
  target.addEventListener("dragenter", onEnter);
  target.addEventListener("dragover", onOver);
  target.addEventListener("dragleave", onLeave);
  target.addEventListener("drop", onDrop);
  return () => {
    target.removeEventListener("dragenter", onEnter);
    target.removeEventListener("dragover", onOver);
    target.removeEventListener("dragleave", onLeave);
    target.removeEventListener("drop", onDrop);
  };
}
