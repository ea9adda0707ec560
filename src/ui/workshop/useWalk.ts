import { useEffect, useMemo } from "react";
import type { ThreatModel } from "../../domain/schema";
import { walkOrder, walkProgress, type WalkStep } from "../../domain/workshop/walk";
import type { PromptMatch } from "../../engine/prompts";
import { useEditor } from "../../store/editorStore";
import type { EvaluationResult } from "../../engine/types";
import { useThreats } from "../findings/useFindings";
import { stripItemsFor, type StripItem } from "./stripItems";
import { loadPrompts, usePromptsModule } from "./promptsModule";
import { useWorkshopUi } from "./workshopUi";

export interface WalkView {
  doc: ThreatModel;
  steps: readonly WalkStep[];
  prompts: ReadonlyMap<string, readonly PromptMatch[]>;
  threats: EvaluationResult;
  /** The current step; null past the last one (the walk is complete) or with nothing to walk. */
  step: WalkStep | null;
  stepIndex: number;
  items: readonly StripItem[];
  item: StripItem | null;
  itemIndex: number;
  progress: { walked: number; total: number };
}

/**
 * The walk of the open model and where presentation mode stands in it. The walk and its prompts
 * depend on the diagram only: recomputed when elements or flows change, not on a decision.
 */
export function useWalk(): WalkView | null {
  const doc = useEditor((s) => s.doc);
  const elements = doc?.elements;
  const flows = doc?.flows;
  const threats = useThreats();
  const stepIndex = useWorkshopUi((s) => s.stepIndex);
  const itemIndex = useWorkshopUi((s) => s.itemIndex);
  // The diagram decides the walk and its prompts; the document of that moment is read for them.
  const diagram = useMemo(
    () => (doc && elements && flows ? { ...doc, elements, flows } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the diagram matters here
    [elements, flows],
  );
  const steps = useMemo(() => (diagram ? walkOrder(diagram) : []), [diagram]);
  const engine = usePromptsModule((s) => s.prompts);
  useEffect(loadPrompts, []);
  const prompts = useMemo(
    () =>
      diagram && engine
        ? engine.promptsBySubject(engine.blindSpotPrompts(diagram))
        : new Map<string, PromptMatch[]>(),
    [diagram, engine],
  );
  const walked = doc?.workshop.walked;
  const progress = useMemo(() => walkProgress(steps, walked ?? []), [steps, walked]);
  if (!doc) return null;
  const index = Math.min(stepIndex, steps.length);
  const step = steps[index] ?? null;
  const items = step ? stripItemsFor(step.id, threats, prompts) : [];
  const at = Math.min(itemIndex, Math.max(0, items.length - 1));
  return {
    doc,
    steps,
    prompts,
    threats,
    step,
    stepIndex: index,
    items,
    item: items[at] ?? null,
    itemIndex: at,
    progress,
  };
}
