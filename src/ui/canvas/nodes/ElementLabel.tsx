import type { NodeElement } from "../../../domain/schema";
import { KindIcon } from "../../icons";
import { ML_KIND_LABELS, elementDisplayName } from "../../labels";
import { FindingsBadge } from "./FindingsBadge";

/**
 * Name, ML kind and findings count, shared by the three element shapes. The count sits in the
 * line above the name, inside the shape: it never covers the outline or an arrowhead.
 */
export function ElementLabel({ element }: { element: NodeElement }) {
  return (
    <>
      <span className="tc-node-head">
        {element.mlKind && (
          <span className="tc-kind-badge" title={ML_KIND_LABELS[element.mlKind]}>
            <KindIcon kind={element.mlKind} size={16} />
            <span className="tc-kind-text">{ML_KIND_LABELS[element.mlKind]}</span>
          </span>
        )}
        <FindingsBadge elementId={element.id} />
      </span>
      <span className={element.name.trim() ? "tc-node-name" : "tc-node-name tc-unnamed"} dir="auto">
        {elementDisplayName(element)}
      </span>
      {element.outOfScope && <span className="tc-out-of-scope">out of scope</span>}
    </>
  );
}
