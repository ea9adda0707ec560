import { createElement, type NewElementSpec } from "../domain/factory";
import {
  addElement,
  addFlow,
  copyFragment,
  moveElements,
  pasteFragment,
  reconnectFlow,
  removeItems,
  resizeElement,
  reverseFlow,
  setViewport,
  settleStraddles,
  updateElement,
  updateFlow,
  updateModelDetails,
  type ElementMove,
  type ElementPatch,
  type FlowEnds,
  type FlowPatch,
  type Fragment,
  type ModelDetails,
  type NewFlow,
} from "../domain/operations";
import { elementDisplayName } from "../engine/names";
import { fail, ok } from "../domain/operations/result";
import type { DfdElement, Point, Size, ThreatModel, Viewport } from "../domain/schema";
import { decisionsAffectedByRemoval } from "../domain/triage/affected";
import type { OperationResult } from "../domain/operations";
import type { WhatIfChange } from "../domain/workshop/whatIf";
import type { Command, CommandOutcome } from "./command";

/** Settle straddling elements, and say where each went. */
function settled(doc: ThreatModel, ids: readonly string[]): CommandOutcome {
  const { doc: next, notes } = settleStraddles(doc, ids);
  if (notes.length === 0) return { ok: true, doc: next };
  const nameOf = (id: string) => {
    const e = next.elements.find((x) => x.id === id);
    return e ? elementDisplayName(e) : id;
  };
  const parts = notes.map(
    (n) =>
      `${nameOf(n.elementId)} was across the edge of ${nameOf(n.boundaryId)}; it is now ${n.placed} it`,
  );
  return { ok: true, doc: next, notice: `${parts.join(". ")}.` };
}

/** The catalogue of user operations. Each returns a Command; the store runs it. */
export const commands = {
  /** Add an element where it was dropped; one dropped across a boundary edge is settled. */
  addElement(spec: NewElementSpec): Command {
    return {
      name: "Add element",
      history: "record",
      perform(doc) {
        const element = createElement(spec);
        const added = addElement(doc, element);
        if (!added.ok) return added;
        return { ...settled(added.doc, [element.id]), select: [element.id] };
      },
    };
  },

  /** Says how many decisions the deletion affects; undo brings them back with the items. */
  deleteItems(ids: readonly string[]): Command {
    return {
      name: ids.length === 1 ? "Delete" : `Delete ${ids.length} items`,
      history: "record",
      perform(doc) {
        const result = removeItems(doc, ids);
        if (!result.ok || result.doc === doc) return { ...result, select: [] };
        const affected = decisionsAffectedByRemoval(doc, ids).length;
        return {
          ...result,
          select: [],
          ...(affected > 0
            ? {
                notice: `${affected} triage decision${affected === 1 ? "" : "s"} no longer appl${affected === 1 ? "ies" : "y"} (listed under "No longer applies"); undo brings ${affected === 1 ? "it" : "them"} back`,
              }
            : {}),
        };
      },
    };
  },

  /** A drag's drop: elements left across a boundary edge are settled inside or outside it. */
  moveElements(moves: readonly ElementMove[], name = "Move"): Command {
    return {
      name,
      history: "record",
      perform(doc) {
        const moved = moveElements(doc, moves);
        if (!moved.ok || moved.doc === doc) return moved;
        return settled(
          moved.doc,
          moves.map((m) => m.id),
        );
      },
    };
  },

  /** Keyboard nudge: one undo entry per key press. */
  nudge(ids: readonly string[], delta: Point): Command {
    return {
      name: "Nudge",
      history: "record",
      perform(doc) {
        const wanted = new Set(ids);
        // Children move with their boundary; nudging both would move them twice.
        const moves = doc.elements
          .filter((e) => wanted.has(e.id) && !(e.parentId !== null && wanted.has(e.parentId)))
          .map((e) => ({
            id: e.id,
            position: { x: e.position.x + delta.x, y: e.position.y + delta.y },
          }));
        return moveElements(doc, moves);
      },
    };
  },

  resizeElement(id: string, size: Size, position?: Point): Command {
    return {
      name: "Resize",
      history: "record",
      perform: (doc) => resizeElement(doc, id, size, position),
    };
  },

  updateElement(id: string, patch: ElementPatch, name = "Edit properties"): Command {
    return { name, history: "record", perform: (doc) => updateElement(doc, id, patch) };
  },

  addFlow(input: NewFlow): Command {
    return {
      name: "Connect",
      history: "record",
      perform(doc) {
        const result = addFlow(doc, input);
        if (!result.ok) return result;
        const added = result.doc.flows[result.doc.flows.length - 1];
        return { ...result, select: added ? [added.id] : [] };
      },
    };
  },

  reconnectFlow(flowId: string, ends: FlowEnds): Command {
    return {
      name: "Reconnect flow",
      history: "record",
      perform: (doc) => reconnectFlow(doc, flowId, ends),
    };
  },

  reverseFlow(flowId: string): Command {
    return { name: "Reverse flow", history: "record", perform: (doc) => reverseFlow(doc, flowId) };
  },

  updateFlow(flowId: string, patch: FlowPatch, name = "Edit flow"): Command {
    return { name, history: "record", perform: (doc) => updateFlow(doc, flowId, patch) };
  },

  updateModelDetails(patch: Partial<ModelDetails>): Command {
    return {
      name: "Edit model details",
      history: "record",
      perform: (doc) => updateModelDetails(doc, patch),
    };
  },

  paste(fragment: Fragment, offset: Point, name = "Paste"): Command {
    return {
      name,
      history: "record",
      takesOutsideData: true,
      refusal: "Nothing pasted",
      perform(doc) {
        const { result, pastedIds } = pasteFragment(doc, fragment, offset);
        return { ...result, select: pastedIds };
      },
    };
  },

  duplicate(ids: readonly string[]): Command {
    return {
      name: "Duplicate",
      history: "record",
      // Its own items, but it can still overflow the model.
      takesOutsideData: true,
      refusal: "Nothing duplicated",
      perform(doc) {
        const { result, pastedIds } = pasteFragment(doc, copyFragment(doc, ids), { x: 40, y: 40 });
        return { ...result, select: pastedIds };
      },
    };
  },

  /**
   * Put the elements where an auto layout placed them (computed, off the main bundle, from
   * `base`): one undo step for the whole arrangement. Refused if the model changed meanwhile.
   */
  autoLayout(base: ThreatModel, laidOut: readonly DfdElement[], name = "Auto layout"): Command {
    return {
      name,
      history: "record",
      perform(doc) {
        if (doc.elements !== base.elements || doc.flows !== base.flows) {
          return fail("The model changed while it was being laid out; nothing was moved.");
        }
        return ok({ ...doc, elements: [...laidOut] });
      },
    };
  },

  /**
   * Show another version of the open model as one undoable step (recovered changes applied over
   * the stored version, say). Checked as outside data.
   */
  replaceDocument(model: ThreatModel, name: string): Command {
    return {
      name,
      history: "record",
      takesOutsideData: true,
      refusal: `${name} refused`,
      perform: (doc) =>
        model.id === doc.id
          ? { ok: true, doc: model }
          : { ok: false, error: `id: "${model.id}" is another model than the open one` },
    };
  },

  /**
   * Make what-if changes real (encrypt flows, authenticate, remove items), as one step. Until this
   * runs, a what-if is only ever evaluated on a copy. `apply` is `domain/workshop/whatIf`'s
   * applyWhatIf, passed in by the what-if panel: the first bundle does not carry it.
   */
  applyWhatIf(
    changes: readonly WhatIfChange[],
    applyWhatIf: (doc: ThreatModel, changes: readonly WhatIfChange[]) => OperationResult,
  ): Command {
    return {
      name: changes.length === 1 ? "Apply what-if" : `Apply what-if (${changes.length} changes)`,
      history: "record",
      refusal: "What-if not applied",
      perform(doc) {
        const result = applyWhatIf(doc, changes);
        if (!result.ok || result.doc === doc) return result;
        const removed = changes.filter((c) => c.kind === "remove").map((c) => c.id);
        const affected = decisionsAffectedByRemoval(doc, removed).length;
        return affected === 0
          ? result
          : {
              ...result,
              notice: `${affected} triage decision${affected === 1 ? "" : "s"} no longer appl${affected === 1 ? "ies" : "y"} (listed under "No longer applies"); undo brings ${affected === 1 ? "it" : "them"} back`,
            };
      },
    };
  },

  setViewport(viewport: Viewport): Command {
    return {
      name: "Pan and zoom",
      history: "skip",
      perform: (doc) => ({ ok: true, doc: setViewport(doc, viewport) }),
    };
  },
};
