import "../zodConfig";
import { z } from "zod";
import { fitKindsToTypes, type KindChange } from "../kindFit";
import { quoteUserText } from "../validation";
import { absolutePosition, descendantsOf, indexModel } from "../graph";
import { newId } from "../ids";
import {
  ElementSchema,
  FlowSchema,
  MAX_ELEMENTS,
  MAX_FLOWS,
  type DataFlow,
  type DfdElement,
  type Point,
  type ThreatModel,
} from "../schema";
import { formatIssues } from "../validation";
import { orderParentsFirst, reassignMembership } from "./membership";
import { fail, ok, type OperationResult } from "./result";

/**
 * What Copy puts on the clipboard: a self-contained fragment. Elements whose parent is not in
 * the fragment carry absolute positions; flows are kept only when both ends are copied.
 */
export const FRAGMENT_FORMAT = "threatcanvas/fragment" as const;

export const FragmentSchema = z
  .looseObject({
    format: z.literal(FRAGMENT_FORMAT),
    version: z.literal(1),
    elements: z.array(ElementSchema).max(MAX_ELEMENTS),
    flows: z.array(FlowSchema).max(MAX_FLOWS),
  })
  .superRefine((fragment, ctx) => {
    const byId = new Map<string, DfdElement>();
    const seenIds = new Set<string>();
    const checkUnique = (id: string, path: Array<string | number>) => {
      if (seenIds.has(id)) {
        ctx.addIssue({ code: "custom", path, message: `duplicate id ${quoteUserText(id)}` });
      }
      seenIds.add(id);
    };
    fragment.elements.forEach((e, i) => {
      checkUnique(e.id, ["elements", i, "id"]);
      byId.set(e.id, e);
    });
    const flowIds = new Set(fragment.flows.map((f) => f.id));
    fragment.elements.forEach((e, i) => {
      // A parent outside the fragment is dropped on paste; one inside must be a boundary.
      if (e.parentId !== null && !byId.has(e.parentId) && flowIds.has(e.parentId)) {
        ctx.addIssue({
          code: "custom",
          path: ["elements", i, "parentId"],
          message: `"${e.parentId}" is a flow, not a trust boundary`,
        });
        return;
      }
      const parent = e.parentId === null ? undefined : byId.get(e.parentId);
      if (!parent) return;
      if (parent.type !== "trustBoundary") {
        ctx.addIssue({
          code: "custom",
          path: ["elements", i, "parentId"],
          message: `${quoteUserText(parent.id)} is not a trust boundary`,
        });
        return;
      }
      const seen = new Set<string>([e.id]);
      let cursor: DfdElement | undefined = parent;
      while (cursor) {
        if (seen.has(cursor.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["elements", i, "parentId"],
            message: "boundaries contain each other in a cycle",
          });
          return;
        }
        seen.add(cursor.id);
        cursor = cursor.parentId === null ? undefined : byId.get(cursor.parentId);
      }
    });
    fragment.flows.forEach((flow, i) => {
      checkUnique(flow.id, ["flows", i, "id"]);
      const source = byId.get(flow.source);
      const target = byId.get(flow.target);
      if (!source || !target) {
        ctx.addIssue({
          code: "custom",
          path: ["flows", i],
          message: "connects an element that is not in the copied selection",
        });
      } else if (source.type === "trustBoundary" || target.type === "trustBoundary") {
        ctx.addIssue({
          code: "custom",
          path: ["flows", i],
          message:
            "connects a trust boundary; flows connect processes, data stores and external entities",
        });
      }
      if (flow.source === flow.target) {
        ctx.addIssue({
          code: "custom",
          path: ["flows", i],
          message: "goes from an element to itself",
        });
      }
    });
  });
export type Fragment = z.infer<typeof FragmentSchema>;

export function copyFragment(doc: ThreatModel, ids: Iterable<string>): Fragment {
  const index = indexModel(doc);
  const chosen = new Set<string>();
  for (const id of ids) {
    const element = index.elementsById.get(id);
    if (!element) continue;
    chosen.add(id);
    if (element.type === "trustBoundary") {
      for (const d of descendantsOf(index, id)) chosen.add(d.id);
    }
  }
  const elements: DfdElement[] = doc.elements
    .filter((e) => chosen.has(e.id))
    .map((e) =>
      e.parentId !== null && chosen.has(e.parentId)
        ? e
        : { ...e, parentId: null, position: absolutePosition(index, e.id) },
    );
  const flows = doc.flows.filter((f) => chosen.has(f.source) && chosen.has(f.target));
  return { format: FRAGMENT_FORMAT, version: 1, elements, flows };
}

export type FragmentParseResult =
  { ok: true; value: Fragment; kindChanges: KindChange[] } | { ok: false; errors: string[] };

/**
 * Validate clipboard text. Anything that is not a fragment is refused with a reason. ML kinds
 * that do not fit their element's type (a fragment copied from an older version) are fitted as
 * when a model opens, and listed.
 */
export function parseFragmentText(text: string): FragmentParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ["The clipboard does not hold ThreatCanvas elements."] };
  }
  if (
    typeof data !== "object" ||
    data === null ||
    (data as { format?: unknown }).format !== FRAGMENT_FORMAT
  ) {
    return { ok: false, errors: ["The clipboard does not hold ThreatCanvas elements."] };
  }
  const parsed = FragmentSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error) };
  const fitted = fitKindsToTypes(parsed.data);
  return { ok: true, value: fitted.value, kindChanges: fitted.changes };
}

export interface PasteResult {
  doc: ThreatModel;
  /** Ids of the pasted elements and flows, for selecting them. */
  pastedIds: string[];
}

/**
 * Insert a fragment with fresh ids, shifted by `offset`. Pasted top-level elements fall into
 * whatever boundary lies under them. Kinds that do not fit their type are fitted here too
 * (`parseFragmentText` has said which), so no paste puts one into the document.
 */
export function pasteFragment(
  doc: ThreatModel,
  original: Fragment,
  offset: Point,
): { result: OperationResult; pastedIds: string[] } {
  const fragment = fitKindsToTypes(original).value;
  if (fragment.elements.length === 0 && fragment.flows.length === 0) {
    return { result: ok(doc), pastedIds: [] };
  }
  const tooMany = capacityProblem(doc, fragment);
  if (tooMany) return { result: fail(tooMany), pastedIds: [] };
  const idMap = new Map<string, string>();
  for (const e of fragment.elements)
    idMap.set(e.id, newId(e.type === "trustBoundary" ? "zone" : "el"));
  const elementIds = new Map(idMap);
  for (const f of fragment.flows) idMap.set(f.id, newId("flow"));
  const elements: DfdElement[] = fragment.elements.map((e) => {
    // Only an element of the fragment can be a parent (never one of its flows).
    const parentId = e.parentId !== null ? (elementIds.get(e.parentId) ?? null) : null;
    const position =
      parentId === null ? { x: e.position.x + offset.x, y: e.position.y + offset.y } : e.position;
    return { ...e, id: idMap.get(e.id)!, parentId, position };
  });
  const flows: DataFlow[] = fragment.flows.map((f) => {
    const pasted: DataFlow = {
      ...f,
      id: idMap.get(f.id)!,
      source: idMap.get(f.source)!,
      target: idMap.get(f.target)!,
    };
    // A crossing names a boundary: keep it only when that boundary was copied along.
    if (f.crossesBoundaryIds) {
      pasted.crossesBoundaryIds = f.crossesBoundaryIds.flatMap((id) => idMap.get(id) ?? []);
    }
    return pasted;
  });
  const topLevel = elements.filter((e) => e.parentId === null).map((e) => e.id);
  const merged = orderParentsFirst({
    ...doc,
    elements: [...doc.elements, ...elements],
    flows: [...doc.flows, ...flows],
  });
  return {
    result: ok(reassignMembership(merged, topLevel)),
    pastedIds: [...elements.map((e) => e.id), ...flows.map((f) => f.id)],
  };
}

/** A model holds at most MAX_ELEMENTS elements and MAX_FLOWS flows; say which would overflow. */
function capacityProblem(doc: ThreatModel, fragment: Fragment): string | null {
  const limits = [
    ["elements", doc.elements.length + fragment.elements.length, MAX_ELEMENTS],
    ["flows", doc.flows.length + fragment.flows.length, MAX_FLOWS],
  ] as const;
  for (const [field, count, max] of limits) {
    if (count > max) {
      return `${field}: the model would hold ${count.toLocaleString("en-US")} ${field}, more than the ${max.toLocaleString("en-US")} a model can hold`;
    }
  }
  return null;
}
