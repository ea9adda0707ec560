import type { NodeElement } from "../../../domain/schema";
import { KindIcon } from "../../icons";
import { ML_KIND_LABELS, elementDisplayName } from "../../labels";
import { fitText } from "../textFit";
import { FindingsBadge } from "./FindingsBadge";

/** The kind's text: 14 px (canvas.css .tc-kind-badge), weight of the node's text. */
const KIND_FONT = { size: 14, weight: 400 } as const;
/** A process's kind text is kept to the middle of its circle. */
const PROCESS_KIND_TEXT = 80;
/** Padding and outline on both sides (canvas.css: at most 11 px a side), the 16 px icon and its
 * gap, and a two-digit findings count with its gap. */
const KIND_ROW_TAKEN = 22 + 16 + 4 + 30 + 6;

/** Room in px for the kind's text beside its icon and the findings count, in a node this wide. */
function kindTextRoom(element: NodeElement, width: number): number {
  const row = width - KIND_ROW_TAKEN;
  return element.type === "process" ? Math.min(PROCESS_KIND_TEXT, row) : row;
}

/**
 * Name, ML kind and findings count, shared by the three element shapes. The count sits in the
 * line above the name, inside the shape: it never covers the outline or an arrowhead.
 */
export function ElementLabel({ element, width }: { element: NodeElement; width: number }) {
  const kind = element.mlKind ? ML_KIND_LABELS[element.mlKind] : "";
  // Shortened here, not by CSS's text-overflow (which needs a clip: see textFit.ts).
  const kindText = kind && fitText(kind, KIND_FONT, kindTextRoom(element, width));
  return (
    <>
      <span className="tc-node-head">
        {element.mlKind && (
          <span className="tc-kind-badge" title={kind}>
            <KindIcon kind={element.mlKind} size={16} />
            <span className="tc-kind-text">{kindText}</span>
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
