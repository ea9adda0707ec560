import type { NodeElement } from "../../../domain/schema";
import { KindIcon } from "../../icons";
import { ML_KIND_LABELS, elementDisplayName } from "../../labels";
import { useElementFindingSummary } from "../../findings/useFindings";
import { appFont, fitsWithin, textWidth } from "../textFit";
import { FindingsBadge } from "./FindingsBadge";

/**
 * Name, ML kind and findings count, shared by the three element shapes. The count sits in the
 * line above the name, inside the shape: it never covers the outline or an arrowhead.
 */
export function ElementLabel({ element, width }: { element: NodeElement; width: number }) {
  const count = useElementFindingSummary(element.id)?.count ?? 0;
  const kindLabel = element.mlKind ? ML_KIND_LABELS[element.mlKind] : "";
  // Clipped (for the ellipsis) only when the kind does not fit its room: see textFit.ts.
  const kindClipped = kindLabel !== "" && !kindFits(kindLabel, element.type, width, count);
  return (
    <>
      <span className="tc-node-head">
        {element.mlKind && (
          <span className="tc-kind-badge" title={kindLabel}>
            <KindIcon kind={element.mlKind} size={16} />
            <span className={kindClipped ? "tc-kind-text is-clipped" : "tc-kind-text"}>
              {kindLabel}
            </span>
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

/** Borders and padding across each shape (canvas.css: .tc-node, .tc-process, .tc-store, .tc-entity). */
const SHAPE_INSET: Record<NodeElement["type"], number> = {
  process: 2 * 3 + 2 * 6,
  dataStore: 2 * 8,
  externalEntity: 2 * 3 + 2 * 8,
};
/** The icon and the gap after it (.tc-kind-badge), the gap before the count (.tc-node-head). */
const ICON_AND_GAP = 16 + 4;
const COUNT_GAP = 6;
/** .tc-process .tc-kind-text's max-width. */
const PROCESS_KIND_MAX = 80;

/** Whether the kind's text fits beside its icon and the findings count in a node `width` wide. */
function kindFits(text: string, type: NodeElement["type"], width: number, count: number): boolean {
  let room = width - SHAPE_INSET[type] - ICON_AND_GAP;
  if (count > 0) {
    // .tc-findings-badge: at least 24 px, else its digits and 6 px of padding each side.
    const digits = textWidth(String(count), appFont(14, 700));
    if (digits === null) return false;
    room -= COUNT_GAP + Math.max(24, digits + 12);
  }
  if (type === "process") room = Math.min(room, PROCESS_KIND_MAX);
  return fitsWithin(text, appFont(14), room);
}
