import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { PHASE_VIEWS, type PhaseView } from "../../domain/workshop/agenda";
import { resumeIndex } from "../../domain/workshop/walk";
import type { ThreatModel } from "../../domain/schema";
import { editorStore, useEditor } from "../../store/editorStore";
import { AgendaBar } from "./AgendaBar";
import { AgendaDialog } from "./AgendaDialog";
import type { DiagramControls } from "./diagramControls";
import { Highlight } from "./Highlight";
import { PhasePanel, ReviewStrip } from "./PhasePanel";
import { PlanStrip } from "./PlanStrip";
import { presentationKeyHandler } from "./presentationKeys";
import { ScoreStrip } from "./ScoreStrip";
import { ScoringPanel } from "./ScoringPanel";
import { SessionDialog } from "./SessionDialog";
import { useAgendaReading } from "./useAgenda";
import { useFollowCamera } from "./useFollowCamera";
import { usePhaseQueue } from "./usePhaseQueue";
import { useWalk } from "./useWalk";
import { goToStepOf } from "./walkActions";
import { WalkStrip } from "./WalkStrip";
import { WhatIfDialog } from "./WhatIfDialog";
import { useWorkshopUi, type QueuePhase } from "./workshopUi";
import { primaryTargetId } from "../findings/targets";
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
  const queuePhase: QueuePhase | null =
    phaseView === "scoring" || phaseView === "mitigations" ? phaseView : null;
  const queue = usePhaseQueue(queuePhase);
  const top = useRef<HTMLElement>(null);
  const strip = useRef<HTMLElement>(null);
  const panel = useRef<HTMLElement>(null);
  const [reviewOpen, setReviewOpen] = useState(false);

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

  // The review shows the whole diagram as an overview: names only, at projector size (workshop.css).
  useLayoutEffect(() => {
    document.documentElement.dataset.presenting = phaseView === "diagram" ? "overview" : "true";
  }, [phaseView]);

  const exit = useRef(onExit);
  exit.current = onExit;
  const state = useRef({ view, walking, queue });
  state.current = { view, walking, queue };
  useEffect(() => {
    const handler = presentationKeyHandler(
      () => state.current,
      () => exit.current(),
    );
    window.addEventListener("keydown", handler, true);
    return () => window.removeEventListener("keydown", handler, true);
  }, []);

  // The item the room is at (the walk's step, the target of the finding being scored or
  // mitigated) is the selection; in the walk, choosing another item on the diagram moves there.
  const queueTarget = queue?.finding ? primaryTargetId(queue.finding) : null;
  const focusId = walking
    ? (view?.step?.id ?? null)
    : queueTarget && doc && isDrawn(doc, queueTarget)
      ? queueTarget
      : null;
  // What the walk selected itself: only a selection someone else makes (a click on the diagram)
  // moves the walk, never the walk's own.
  const ownSelection = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    const editor = editorStore.getState();
    ownSelection.current = focusId;
    // A selected boundary is raised over the flows crossing it (and shows its resize grips): the
    // ring alone shows it.
    const boundary = editor.doc?.elements.some(
      (e) => e.id === focusId && e.type === "trustBoundary",
    );
    editor.select(boundary ? [] : [focusId]);
  }, [focusId]);
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

  // The view follows the item the room is at, or shows the whole diagram.
  useFollowCamera({
    doc,
    focusId,
    // The review's checklist opened or closed changes the room left for the diagram: fit again.
    phase: phaseView === "diagram" && reviewOpen ? "diagram, checklist open" : phaseView,
    controls,
    bars: { top, strip, side: panel },
  });

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
      <Highlight doc={doc} id={focusId} Portal={controls.ViewportPortal} />
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
          {queue && (
            <section ref={panel} className="tc-ws-side">
              {queue.phase === "scoring" ? (
                <ScoringPanel view={queue} />
              ) : (
                <PhasePanel view="mitigations" />
              )}
            </section>
          )}
          <section
            ref={strip}
            className="tc-ws-strip"
            aria-label={
              walking
                ? "Guided walk"
                : queue?.phase === "scoring"
                  ? "Scoring"
                  : queue
                    ? "Mitigation plan"
                    : "Review"
            }
          >
            {walking ? (
              <WalkStrip view={view} />
            ) : queue?.phase === "scoring" ? (
              <ScoreStrip view={queue} />
            ) : queue ? (
              <PlanStrip view={queue} />
            ) : (
              <ReviewStrip
                counts={counts}
                open={reviewOpen}
                onToggle={() => setReviewOpen((open) => !open)}
              />
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

/** Whether an id is an element or a flow of the diagram (a finding about the whole model is not). */
function isDrawn(doc: ThreatModel, id: string): boolean {
  return doc.elements.some((e) => e.id === id) || doc.flows.some((f) => f.id === id);
}
