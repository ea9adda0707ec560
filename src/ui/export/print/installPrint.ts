import { createElement } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { editorStore } from "../../../store/editorStore";
import { engineLoaded, evaluationOf } from "../../findings/evaluation";
import { useReportOptions } from "../reportOptions";
import type * as PrintReportModule from "./PrintReport";
import "./print.css";

type PrintModule = typeof PrintReportModule;

/**
 * Ctrl/Cmd+P prints the report, not the screen: on `beforeprint` the report is rendered (with
 * flushSync, as the browser lays out the page right after the event) into a root that only print
 * shows. The report's code is fetched ahead, a moment after start, because `beforeprint` cannot
 * wait for a download: once the page is idle, so that it never competes with opening a large model.
 */
export function installPrintReport(target: Window = window): () => void {
  let module: PrintModule | null = null;
  let root: Root | null = null;
  const container = document.createElement("div");
  container.id = "tc-print-root";
  document.body.append(container);
  const prefetch = () => {
    void Promise.all([import("./PrintReport"), engineLoaded]).then(([m]) => (module = m));
  };
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback !== "function") prefetch();
    else idle = requestIdleCallback(prefetch, { timeout: 10_000 });
  }, 1500);

  const before = () => {
    const doc = editorStore.getState().doc;
    root ??= createRoot(container);
    const content =
      module && doc
        ? createElement(module.PrintReport, {
            model: doc,
            result: evaluationOf(doc),
            options: useReportOptions.getState().options,
          })
        : createElement(
            "p",
            null,
            doc ? "The report is still loading: print again in a moment." : "No model is open.",
          );
    flushSync(() => root!.render(content));
  };
  const after = () => root?.render(null);
  target.addEventListener("beforeprint", before);
  target.addEventListener("afterprint", after);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
    target.removeEventListener("beforeprint", before);
    target.removeEventListener("afterprint", after);
    root?.unmount();
    container.remove();
  };
}
