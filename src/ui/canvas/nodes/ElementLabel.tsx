import type { NodeElement } from "../../../domain/schema";
import { KindIcon } from "../../icons";
import { ML_KIND_LABELS, elementDisplayName } from "../../labels";
import { FindingsBadge } from "./FindingsBadge";

/** Name, ML kind badge and findings badge, shared by the three element shapes. */
export function ElementLabel({ element }: { element: NodeElement }) {
  return (
    <>
      {element.mlKind && (
        <span className="tc-kind-badge" title={ML_KIND_LABELS[element.mlKind]}>
          <KindIcon kind={element.mlKind} size={16} />
          <span className="tc-kind-text">{ML_KIND_LABELS[element.mlKind]}</span>
        </span>
      )}
      <span className={element.name.trim() ? "tc-node-name" : "tc-node-name tc-unnamed"} dir="auto">
        {elementDisplayName(element)}
      </span>
      {element.outOfScope && <span className="tc-out-of-scope">out of scope</span>}
      <FindingsBadge elementId={element.id} />
    </>
  );
}
