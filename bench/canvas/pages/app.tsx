import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "../../../src/ui/theme.css";
import { absolutePosition, indexModel } from "../../../src/domain/graph";
import { editorStore } from "../../../src/store/editorStore";
import { App } from "../../../src/ui/App";
import { readInput } from "./benchApi";
import { installBenchApi } from "./domProbe";

/** The real editor, with the generated model open and no persistence (no session slots). */
const input = readInput();
const doc = input.viewport ? { ...input.model, viewport: input.viewport } : input.model;
editorStore.getState().open(doc);
installBenchApi((id) => {
  const current = editorStore.getState().doc;
  if (!current?.elements.some((e) => e.id === id)) return null;
  // Absolute: a drop inside a boundary re-parents the element (and makes it relative).
  return absolutePosition(indexModel(current), id);
}, expectedOnScreen(doc));

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

/** The viewport fits the whole model, so even when the app culls, everything is on screen. */
function expectedOnScreen(model: typeof doc) {
  return { nodes: model.elements.length, edges: model.flows.length };
}
