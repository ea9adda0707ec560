import type { DfdElement, ThreatModel, TrustBoundaryElement } from "../../domain/schema";
import { boundaryChain } from "./placement";
import { elementEvidence, flowEvidence, type Inference } from "./evidence";

const NONE: readonly Inference[] = Object.freeze([]);

/**
 * What the engine infers for one element or flow the user left unknown, with why — for the
 * inspector's "inferred from HTTPS — confirm or override". Empty for boundaries and unknown ids.
 */
export function inferencesOf(model: ThreatModel, subjectId: string): readonly Inference[] {
  const byId = new Map<string, DfdElement>(model.elements.map((e) => [e.id, e]));
  const element = byId.get(subjectId);
  if (element) {
    if (element.type === "trustBoundary") return NONE;
    const chain: readonly TrustBoundaryElement[] =
      element.parentId === null ? NONE_CHAIN : boundaryChain(element.parentId, byId, new Map());
    return elementEvidence(element, chain).inferences;
  }
  const flow = model.flows.find((f) => f.id === subjectId);
  const source = flow && byId.get(flow.source);
  const target = flow && byId.get(flow.target);
  if (!flow || !source || !target) return NONE;
  return flowEvidence(flow, source, target).inferences;
}

const NONE_CHAIN: readonly TrustBoundaryElement[] = Object.freeze([]);
