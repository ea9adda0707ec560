import { removeItems, updateElement, updateFlow } from "../operations";
import { fail, ok, type OperationResult } from "../operations/result";
import type { ThreatModel } from "../schema";
import { quoteUserText } from "../validation";

/**
 * What-if: changes the room wants to try before deciding — this flow encrypted, this element
 * removed, this gateway authenticating its callers — applied to a copy of the document. The
 * open model is not touched; applying the changes for real is one undoable command
 * (`commands.applyWhatIf`), through the same function.
 */
export type WhatIfChange =
  /** The flow is encrypted in transit. */
  | { kind: "encrypt"; id: string }
  /** A process authenticates its callers; an external entity or a flow is authenticated. */
  | { kind: "authenticate"; id: string }
  /** The element (with its flows) or the flow is removed. */
  | { kind: "remove"; id: string };

export type WhatIfKind = WhatIfChange["kind"];

const CHANGE_WORDS: Record<WhatIfKind, string> = {
  encrypt: "encrypted in transit (only flows can)",
  authenticate: "authenticated (processes, external entities and flows can)",
  remove: "removed",
};

/** The changes that can be tried on an item, in the order offered. */
export function whatIfKindsFor(doc: ThreatModel, id: string): WhatIfKind[] {
  if (doc.flows.some((f) => f.id === id)) return ["encrypt", "authenticate", "remove"];
  const element = doc.elements.find((e) => e.id === id);
  if (!element) return [];
  if (element.type === "process" || element.type === "externalEntity") {
    return ["authenticate", "remove"];
  }
  return ["remove"];
}

export function sameChange(a: WhatIfChange, b: WhatIfChange): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** The list with the change added, or taken out when it is already there (a toggle). */
export function toggleChange(
  changes: readonly WhatIfChange[],
  change: WhatIfChange,
): WhatIfChange[] {
  return changes.some((c) => sameChange(c, change))
    ? changes.filter((c) => !sameChange(c, change))
    : [...changes, change];
}

/** Changes whose item no longer exists (the model changed since they were chosen). */
export function staleChanges(doc: ThreatModel, changes: readonly WhatIfChange[]): WhatIfChange[] {
  return changes.filter((change) => !whatIfKindsFor(doc, change.id).includes(change.kind));
}

function applyOne(doc: ThreatModel, change: WhatIfChange): OperationResult {
  const isFlow = doc.flows.some((f) => f.id === change.id);
  switch (change.kind) {
    case "encrypt":
      return updateFlow(doc, change.id, { props: { encryptedInTransit: "yes" } });
    case "authenticate": {
      if (isFlow) return updateFlow(doc, change.id, { props: { authenticated: "yes" } });
      const element = doc.elements.find((e) => e.id === change.id)!;
      return updateElement(doc, change.id, {
        props:
          element.type === "externalEntity"
            ? { authenticated: "yes" }
            : { authenticatesCallers: "yes" },
      });
    }
    case "remove":
      return removeItems(doc, [change.id]);
  }
}

/**
 * The document as it would be with the changes: properties first, removals last (so a change to
 * an item that is also removed is harmless). Refused, naming the item, when a change does not
 * fit the model (its item is gone, or cannot take that change).
 */
export function applyWhatIf(doc: ThreatModel, changes: readonly WhatIfChange[]): OperationResult {
  const stale = staleChanges(doc, changes)[0];
  if (stale) {
    const exists =
      doc.flows.some((f) => f.id === stale.id) || doc.elements.some((e) => e.id === stale.id);
    return fail(
      exists
        ? `${quoteUserText(stale.id)} cannot be ${CHANGE_WORDS[stale.kind]}`
        : `${quoteUserText(stale.id)} is no longer in the model`,
    );
  }
  const ordered = [
    ...changes.filter((c) => c.kind !== "remove"),
    ...changes.filter((c) => c.kind === "remove"),
  ];
  let next = doc;
  for (const change of ordered) {
    const result = applyOne(next, change);
    if (!result.ok) return result;
    next = result.doc;
  }
  return ok(next);
}
