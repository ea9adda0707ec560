import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { PHASE_VIEWS, type PhaseView } from "../../domain/workshop/agenda";
import { resumeIndex } from "../../domain/workshop/walk";
import { editorStore, useEditor } from "../../store/editorStore";
import { AgendaBar } from "./AgendaBar";
import { AgendaDialog } from "./AgendaDialog";
import { MIN_WALK_ZOOM, stepRect, viewportFor, type VisibleArea } from "./camera";
import type { DiagramControls } from "./diagramControls";
import { Highlight } from "./Highlight";
import { PhasePanel, ReviewStrip } from "./PhasePanel";
import { presentationKeyHandler } from "./presentationKeys";
import { SessionDialog } from "./SessionDialog";
import { useAgendaReading } from "./useAgenda";
import { useWalk } from "./useWalk";
import { goToStepOf } from "./walkActions";
import { WalkStrip } from "./WalkStrip";
import { WhatIfDialog } from "./WhatIfDialog";
import { useWorkshopUi } from "./workshopUi";
import "./workshop.css";
import "./strip.css";
import "./dialogs.css";

/**
 * Presentation mode: the diagram fills the screen (everything else of the editor is hidden),
 * the agenda runs across the top, and the bottom strip shows what the phase needs — the review
 * checklist, the guided walk one item at a time with triage, or beside the diagram the heat map
 * or the mitigation plan. The current item is selected and ringed, and the view follows it.
 */
export default function Presentation({
  onExit,
  diagram: controls,
}: {
  onExit: () => void;
  diagram: DiagramControls;
}) {
  const doc = useEditor((s) => s.doc);
  const view = useWalk();
  const reading = useAgendaReading();
  const dialog = useWorkshopUi((s) => s.dialog);
  const setDialog = useWorkshopUi((s) => s.setDialog);
  const phaseView: PhaseView = reading.phase ? PHASE_VIEWS[reading.phase.id] : "walk";
  const walking = phaseView === "walk";
  const top = useRef<HTMLElement>(null);
  const strip = useRef<HTMLElement>(null);
  const panel = useRef<HTMLElement>(null);
  const { reactFlow, pane: flowRoot } = controls;

  // A model opened: its clock, and its walk resumed where it was left.
  const modelId = doc?.id;
  useEffect(() => {
    if (!modelId || !view) return;
    useWorkshopUi.getState().openModel(modelId, resumeIndex(view.steps, view.doc.workshop.walked));
  }, [modelId, view]);

  useLayoutEffect(() => {
    const root = document.documentElement;
    const before = document.activeElement;
    root.dataset.presenting = "true";
    // Keys and Tab start in the presentation, not among the hidden editor's controls.
    top.current?.focus();
    return () => {
      delete root.dataset.presenting;
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const exit = useRef(onExit);
  exit.current = onExit;
  const state = useRef({ view, walking });
  state.current = { view, walking };
  useEffect(() => {
    const handler = presentationKeyHandler(
      () => state.current,
      () => exit.current(),
    );
    window.addEventListener("keydown", handler, true);
    return () => window.removeEventListener("keydown", handler, true);
  }, []);

  // The item the walk is at is the selection; choosing another item on the diagram moves there.
  const stepId = walking ? (view?.step?.id ?? null) : null;
  // What the walk selected itself: only a selection someone else makes (a click on the diagram)
  // moves the walk, never the walk's own.
  const ownSelection = useRef<string | null>(null);
  useEffect(() => {
    if (!stepId) return;
    ownSelection.current = stepId;
    editorStore.getState().select([stepId]);
  }, [stepId]);
  useEffect(
    () =>
      editorStore.subscribe((next, previous) => {
        if (next.selection === previous.selection || next.selection.length !== 1) return;
        const id = next.selection[0]!;
        const { view: current, walking: onWalk } = state.current;
        if (id === ownSelection.current || !onWalk || !current) return;
        ownSelection.current = id;
        goToStepOf(current, id);
      }),
    [],
  );

  // The view follows the walk (and shows the whole diagram in the other phases).
  const [screen, setScreen] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  useEffect(() => {
    const onResize = () => setScreen(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  const elementCount = doc?.elements.length;
  useLayoutEffect(() => {
    if (!doc || !flowRoot) return;
    const area = visibleArea(flowRoot, top.current, strip.current, panel.current);
    if (stepId) {
      const rect = stepRect(doc, stepId);
      const step = view?.step;
      if (!rect || !step) return;
      void reactFlow.setViewport(
        viewportFor(rect, area, { fitWhole: step.kind === "boundary", minZoom: MIN_WALK_ZOOM }),
        { duration: 250 },
      );
      return;
    }
    const bounds = reactFlow.getNodesBounds(reactFlow.getNodes());
    if (bounds.width > 0) {
      void reactFlow.setViewport(viewportFor(bounds, area, { fitWhole: true }), { duration: 250 });
    }
    // Moves when the item, the phase or the screen changes, or elements come or go; not on
    // every edit (a triage decision, a property) nor when someone pans the diagram themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepId, phaseView, flowRoot, screen, elementCount]);

  const counts = useMemo(
    () =>
      doc
        ? {
            elements: doc.elements.filter((e) => e.type !== "trustBoundary").length,
            boundaries: doc.elements.filter((e) => e.type === "trustBoundary").length,
            flows: doc.flows.length,
          }
        : { elements: 0, flows: 0, boundaries: 0 },
    [doc],
  );
  if (!doc || !view) return null;

  return (
    <>
      {walking && <Highlight doc={doc} step={view.step} Portal={controls.ViewportPortal} />}
      {createPortal(
        <div className="tc-ws" data-phase={phaseView}>
          <header className="tc-ws-top" ref={top} tabIndex={-1} aria-label="Presentation">
            <h1 className="tc-ws-title" dir="auto">
              {doc.name}
            </h1>
            <AgendaBar />
            <div className="tc-ws-actions">
              <button type="button" onClick={() => setDialog("session")}>
                Session…
              </button>
              <button type="button" onClick={() => setDialog("whatIf")}>
                What if…
              </button>
              <button type="button" onClick={onExit} aria-keyshortcuts="Escape">
                Exit
              </button>
            </div>
          </header>
          {(phaseView === "scoring" || phaseView === "mitigations") && (
            <section ref={panel} className="tc-ws-side">
              <PhasePanel view={phaseView} />
            </section>
          )}
          <section
            ref={strip}
            className="tc-ws-strip"
            aria-label={walking ? "Guided walk" : "Session phase"}
          >
            {walking ? (
              <WalkStrip view={view} />
            ) : phaseView === "diagram" ? (
              <ReviewStrip counts={counts} />
            ) : (
              <div className="tc-ws-strip-body">
                <p className="tc-ws-big">
                  {phaseView === "scoring"
                    ? "Score the open threats: the heat map shows where the risk sits."
                    : "Choose the mitigations that take away the most risk, and give each an owner."}
                </p>
              </div>
            )}
          </section>
          {dialog === "session" && <SessionDialog />}
          {dialog === "agenda" && <AgendaDialog />}
          {dialog === "whatIf" && <WhatIfDialog itemId={view.step?.id ?? null} />}
        </div>,
        document.body,
      )}
    </>
  );
}

/** The part of the diagram's pane not covered by the bars (pane coordinates). */
function visibleArea(
  pane: HTMLElement,
  top: HTMLElement | null,
  strip: HTMLElement | null,
  side: HTMLElement | null,
): VisibleArea {
  const box = pane.getBoundingClientRect();
  const upper = top ? top.getBoundingClientRect().bottom : box.top;
  const lower = strip ? strip.getBoundingClientRect().top : box.bottom;
  const right = side ? side.getBoundingClientRect().left : box.right;
  return {
    left: 0,
    top: Math.max(0, upper - box.top),
    width: Math.max(100, right - box.left),
    height: Math.max(100, lower - upper),
  };
}
