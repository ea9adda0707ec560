import { useMemo } from "react";
import type { ThreatModel } from "../../domain/schema";
import { boundaryDisplayName } from "../../engine/names";
import { inferencesFor, useEngineStatus } from "../findings/evaluation";
import { describeInference, inferencesByProp, type InferenceText } from "./inference";

/** An inferred value in words, with the stored value confirming it would set. */
export interface Inferred extends InferenceText {
  stored: string;
}

const NONE: ReadonlyMap<string, Inferred> = new Map();

/**
 * What the engine infers for the element or flow being edited, by property: recomputed when the
 * diagram changes, and once the engine chunk has loaded.
 */
export function useInferred(
  doc: ThreatModel | null,
  subjectId: string,
): ReadonlyMap<string, Inferred> {
  const ready = useEngineStatus((state) => state.ready);
  const elements = doc?.elements;
  const flows = doc?.flows;
  return useMemo(() => {
    if (!doc || !ready) return NONE;
    const boundaryName = (id: string) => {
      const boundary = doc.elements.find((e) => e.id === id);
      return boundary?.type === "trustBoundary" ? boundaryDisplayName(boundary) : id;
    };
    const out = new Map<string, Inferred>();
    for (const [prop, inference] of inferencesByProp(inferencesFor(doc, subjectId))) {
      out.set(prop, { ...describeInference(inference, boundaryName), stored: inference.value });
    }
    return out;
    // The document's other parts (name, viewport, triage) change no inference.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elements, flows, subjectId, ready]);
}
