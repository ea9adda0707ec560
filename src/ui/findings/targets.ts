import type { ThreatModel } from "../../domain/schema";
import { flowDisplayName } from "../../engine/names";
import type { Finding } from "../../engine/types";
import { sameNamesInOrder } from "../../domain/layoutOnly";
import { elementDisplayName } from "../labels";

/** What the findings panel needs to know about an element or a flow, by id. */
export type TargetInfo =
  | { kind: "element"; id: string; name: string; order: number }
  | {
      kind: "flow";
      id: string;
      name: string;
      order: number;
      sourceId: string;
      targetId: string;
    };

export type TargetIndex = ReadonlyMap<string, TargetInfo>;

/** The id model-scope findings use as their single target. */
export const MODEL_TARGET = "model";
export const MODEL_LABEL = "Whole model";

/**
 * Display names of every element and flow of a document, plus their order in it (elements
 * first, then flows), so that groups follow the document and do not jump around on each edit.
 */
export function buildTargetIndex(doc: Pick<ThreatModel, "elements" | "flows">): TargetIndex {
  // Many views ask for the index of the same document; and when elements only moved, it is the
  // index they already have (the panel's caches keyed on it stay valid).
  if (doc.flows === lastIndexed.flows && sameNamesInOrder(lastIndexed.elements, doc.elements)) {
    lastIndexed = doc;
    return lastIndex;
  }
  lastIndex = indexOf(doc);
  lastIndexed = doc;
  return lastIndex;
}

let lastIndexed: Pick<ThreatModel, "elements" | "flows"> = { elements: [], flows: [] };
let lastIndex: TargetIndex = new Map();

function indexOf(doc: Pick<ThreatModel, "elements" | "flows">): TargetIndex {
  const out = new Map<string, TargetInfo>();
  let order = 0;
  for (const element of doc.elements) {
    out.set(element.id, {
      kind: "element",
      id: element.id,
      name: elementDisplayName(element),
      order: order++,
    });
  }
  for (const flow of doc.flows) {
    const source = out.get(flow.source)?.name ?? flow.source;
    const target = out.get(flow.target)?.name ?? flow.target;
    out.set(flow.id, {
      kind: "flow",
      id: flow.id,
      name: flowDisplayName(flow, source, target),
      order: order++,
      sourceId: flow.source,
      targetId: flow.target,
    });
  }
  return out;
}

export function nameOf(index: TargetIndex, id: string): string {
  if (id === MODEL_TARGET && !index.has(id)) return MODEL_LABEL;
  return index.get(id)?.name ?? id;
}

/** "Source → flow → Target" for a flow; its name alone when the flow has no label of its own. */
function flowPath(index: TargetIndex, info: Extract<TargetInfo, { kind: "flow" }>): string {
  const source = nameOf(index, info.sourceId);
  const target = nameOf(index, info.targetId);
  const auto = `${source} → ${target}`;
  return info.name === auto ? auto : `${source} → ${info.name} → ${target}`;
}

/**
 * What a finding is about, in words: an element's name, "Source → flow → Target" for a flow or
 * an interaction, "Whole model" for model-wide findings.
 */
export function targetLabel(targetIds: readonly string[], index: TargetIndex): string {
  if (targetIds.length === 3) {
    const [source, flow, target] = targetIds as [string, string, string];
    const info = index.get(flow);
    if (info?.kind === "flow") return flowPath(index, info);
    return [source, flow, target].map((id) => nameOf(index, id)).join(" → ");
  }
  const [id] = targetIds;
  if (id === undefined) return MODEL_LABEL;
  const info = index.get(id);
  if (info?.kind === "flow") return flowPath(index, info);
  return nameOf(index, id);
}

/** The id a finding is listed under: the flow of an interaction, else its first target. */
export function primaryTargetId(finding: Pick<Finding, "targetIds">): string {
  const ids = finding.targetIds;
  return (ids.length === 3 ? ids[1] : ids[0]) ?? MODEL_TARGET;
}

/** Ids to select in the editor when the user opens a finding. */
export function selectionFor(finding: Pick<Finding, "targetIds">, index: TargetIndex): string[] {
  const id = primaryTargetId(finding);
  return index.has(id) ? [id] : [];
}

/** Node ids to bring into view for a finding: the element, or a flow's two ends. */
export function revealNodeIds(finding: Pick<Finding, "targetIds">, index: TargetIndex): string[] {
  const info = index.get(primaryTargetId(finding));
  if (!info) return [];
  if (info.kind === "flow") return [info.sourceId, info.targetId].filter((id) => index.has(id));
  return [info.id];
}

/** Does a finding concern this element or flow (as its target, or an end of its interaction)? */
export function concerns(finding: Pick<Finding, "targetIds">, id: string): boolean {
  return finding.targetIds.includes(id);
}
