import type { DataFlow, DfdElement, ElementType } from "../domain/schema";
import { isolateBidi } from "../domain/text/bidi";

/**
 * Names as they go into the engine's sentences (titles, descriptions, mitigations, questions).
 * A name that could reorder the words around it (right-to-left letters, U+202E and the like) is
 * wrapped in Unicode isolates here, where the engine substitutes it: only here is it known where
 * the name starts and ends; an output receiving the finished title no longer can. Names in
 * left-to-right scripts are left as typed (see `isolateBidi`).
 */

const TYPE_LABELS: Readonly<Record<ElementType, string>> = {
  process: "process",
  dataStore: "data store",
  externalEntity: "external entity",
  trustBoundary: "trust boundary",
};

/** The name shown in findings and questions; an element without one still reads well. */
export function elementDisplayName(element: DfdElement): string {
  const name = element.name.trim();
  return name === "" ? `Unnamed ${TYPE_LABELS[element.type]}` : isolateBidi(name);
}

/** A flow's label, or "source → target" when it has none. */
export function flowDisplayName(flow: DataFlow, sourceName: string, targetName: string): string {
  const label = flow.label.trim();
  return label === "" ? `${sourceName} → ${targetName}` : isolateBidi(label);
}

/** Name of a trust boundary in texts; "no trust boundary" when there is none. */
export function boundaryDisplayName(boundary: DfdElement | null | undefined): string {
  return boundary ? elementDisplayName(boundary) : "no trust boundary";
}
