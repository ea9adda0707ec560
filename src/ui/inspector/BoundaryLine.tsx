import { useMemo } from "react";
import { boundaryChain, indexModel } from "../../domain/graph";
import { useEditor } from "../../store/editorStore";
import { elementDisplayName } from "../labels";

/** Which trust boundary an element is in, innermost first with its trust level. */
export function boundaryText(
  chain: ReadonlyArray<{ name: string; trustLevel: number }>,
  isBoundary: boolean,
): string {
  if (chain.length === 0) {
    return isBoundary ? "Not inside another trust boundary" : "Not inside any trust boundary";
  }
  const [inner, ...outer] = chain.map((b) => `${b.name} (trust ${b.trustLevel})`);
  return `In ${inner}${outer.length > 0 ? `, within ${outer.join(", within ")}` : ""}`;
}

export function BoundaryLine({ elementId }: { elementId: string }) {
  // The document, not a derived value: the selector must stay cheap on every drag frame.
  const doc = useEditor((s) => s.doc);
  const text = useMemo(() => {
    if (!doc) return "";
    const index = indexModel(doc);
    const element = index.elementsById.get(elementId);
    const chain = boundaryChain(index, elementId).map((b) => ({
      name: elementDisplayName(b),
      trustLevel: b.props.trustLevel,
    }));
    return boundaryText(chain, element?.type === "trustBoundary");
  }, [doc, elementId]);
  return <p className="tc-insp-meta tc-insp-boundary">{text}</p>;
}
