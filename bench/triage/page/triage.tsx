import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "../../../src/ui/theme.css";
import type { ThreatModel } from "../../../src/domain/schema";
import { editorStore } from "../../../src/store/editorStore";
import { App } from "../../../src/ui/App";
import { engineLoaded } from "../../../src/ui/findings/evaluation";
import { FindingsPanel } from "../../../src/ui/findings/FindingsPanel";
import { useUserName } from "../../../src/ui/triage/userName";

/**
 * The real editor with the threats panel (no persistence, no session): the model run.ts
 * injects is open, the decision log's name is given, so a triage never stops at the dialog.
 */
declare global {
  interface Window {
    __TRIAGE_INPUT__?: { model: ThreatModel };
    __triage?: { ready(): boolean; findings(): number; rows(): number };
  }
}

const input = window.__TRIAGE_INPUT__;
if (!input) throw new Error("window.__TRIAGE_INPUT__ was not injected");
useUserName.getState().setName("Bench");
editorStore.getState().open(input.model);

let engineReady = false;
void engineLoaded.then(() => {
  engineReady = true;
});
window.__triage = {
  ready: () => engineReady && document.querySelector("[data-finding-row]") !== null,
  findings: () => editorStore.getState().doc?.elements.length ?? 0,
  rows: () => document.querySelectorAll("[data-finding-row]").length,
};

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing");
createRoot(root).render(
  <StrictMode>
    <App findings={<FindingsPanel />} />
  </StrictMode>,
);
