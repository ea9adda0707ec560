import type { DataFlow, DfdElement } from "../../../domain/schema";
import { sameNamesInOrder } from "../../../domain/layoutOnly";
import { useEditor } from "../../../store/editorStore";
import { elementDisplayName } from "../../labels";

let namedElements: readonly DfdElement[] = [];
let names = new Map<string, string>();

/**
 * Display names of the elements by id, shared by every flow: made again only when a name (or the
 * list of ids) changed, not when elements only moved (a nudge, its undo, a layout), as
 * buildTargetIndex keeps its index (that one is not in the canvas's first chunk).
 */
export function elementNamesById(elements: readonly DfdElement[]): ReadonlyMap<string, string> {
  if (!sameNamesInOrder(namedElements, elements)) {
    names = new Map();
    for (const element of elements) names.set(element.id, elementDisplayName(element));
  }
  namedElements = elements;
  return names;
}

/** The id of the element that names the flow: unique in the page, and no white space in it. */
export function flowNameElementId(flowId: string): string {
  return `tc-flow-name-${encodeURIComponent(flowId)}`;
}

/** The display name of the element `id` (the id itself if there is none), kept current. */
export function useElementName(id: string | undefined): string {
  return useEditor((s) =>
    id === undefined || !s.doc ? "" : (elementNamesById(s.doc.elements).get(id) ?? id),
  );
}

/**
 * The element that names a flow, "Data flow <label> from <source> to <target>" (the edge React
 * Flow draws points at it with aria-labelledby). Not an aria-label in the edge object: with the
 * names of its ends in that object, renaming one element changed the edges handed to React
 * Flow, which then rebuilt its lookup of every flow's connections (half of a rename's 90 ms in
 * React Flow at 7,500 flows). Never displayed; each user text in it isolated, like every user
 * text the app shows (a right-to-left override in a name must not reorder the words around it;
 * unicode-bidi plaintext is SVG's dir="auto").
 */
export function FlowNameText({ flowId, flow }: { flowId: string; flow: DataFlow | undefined }) {
  const source = useElementName(flow?.source);
  const target = useElementName(flow?.target);
  if (!flow) return null;
  return (
    <text id={flowNameElementId(flowId)} display="none">
      Data flow <tspan unicode-bidi="plaintext">{flow.label.trim() || "(unlabelled)"}</tspan> from{" "}
      <tspan unicode-bidi="plaintext">{source}</tspan> to{" "}
      <tspan unicode-bidi="plaintext">{target}</tspan>
    </text>
  );
}
