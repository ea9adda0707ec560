import type { DataFlow, DfdElement, ElementType } from "../domain/schema";

const TYPE_LABELS: Readonly<Record<ElementType, string>> = {
  process: "process",
  dataStore: "data store",
  externalEntity: "external entity",
  trustBoundary: "trust boundary",
};

/** The name shown in findings and questions; an element without one still reads well. */
export function elementDisplayName(element: DfdElement): string {
  const name = element.name.trim();
  return name === "" ? `Unnamed ${TYPE_LABELS[element.type]}` : name;
}

/** A flow's label, or "source → target" when it has none. */
export function flowDisplayName(flow: DataFlow, sourceName: string, targetName: string): string {
  const label = flow.label.trim();
  return label === "" ? `${sourceName} → ${targetName}` : label;
}

/** Name of a trust boundary in texts; "no trust boundary" when there is none. */
export function boundaryDisplayName(boundary: DfdElement | null | undefined): string {
  return boundary ? elementDisplayName(boundary) : "no trust boundary";
}
