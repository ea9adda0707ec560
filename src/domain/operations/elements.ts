import { absolutePosition, absoluteRect, containsPoint, indexModel, type Rect } from "../graph";
import { ElementSchema, type DfdElement, type Point, type Size, type ThreatModel } from "../schema";
import { kindMismatchProblem } from "../kindFit";
import { formatIssues } from "../validation";
import { reassignMembership } from "./membership";
import { fail, ok, type OperationResult } from "./result";

/** Add a fully formed element at an absolute position; its boundary is decided by where it lands. */
export function addElement(doc: ThreatModel, element: DfdElement): OperationResult {
  if (doc.elements.some((e) => e.id === element.id) || doc.flows.some((f) => f.id === element.id)) {
    return fail(`an element with id "${element.id}" already exists`);
  }
  const parsed = ElementSchema.safeParse(element);
  if (!parsed.success) return fail(formatIssues(parsed.error).join("; "));
  const mismatch = kindMismatchProblem(parsed.data);
  if (mismatch) return fail(mismatch);
  const placed = { ...parsed.data, parentId: null };
  const next = { ...doc, elements: [...doc.elements, placed] };
  return ok(reassignMembership(next, [placed.id]));
}

/**
 * Delete elements and flows by id. Flows touching a deleted element go too. A deleted boundary
 * releases what it holds to its own parent, in place: deleting a zone never deletes its contents
 * unless they are selected as well.
 */
export function removeItems(doc: ThreatModel, ids: Iterable<string>): OperationResult {
  const doomed = new Set(ids);
  if (doomed.size === 0) return ok(doc);
  const index = indexModel(doc);
  const survivors = doc.elements.filter((e) => !doomed.has(e.id));
  const elements = survivors.map((element) => {
    if (element.parentId === null || !doomed.has(element.parentId)) return element;
    let parentId: string | null = element.parentId;
    while (parentId !== null && doomed.has(parentId)) {
      parentId = index.elementsById.get(parentId)?.parentId ?? null;
    }
    const absolute = absolutePosition(index, element.id);
    const origin = parentId === null ? { x: 0, y: 0 } : absolutePosition(index, parentId);
    return {
      ...element,
      parentId,
      position: { x: absolute.x - origin.x, y: absolute.y - origin.y },
    };
  });
  let crossingsChanged = false;
  const flows = doc.flows
    .filter((f) => !doomed.has(f.id) && !doomed.has(f.source) && !doomed.has(f.target))
    .map((flow) => {
      if (!flow.crossesBoundaryIds?.some((id) => doomed.has(id))) return flow;
      crossingsChanged = true;
      return {
        ...flow,
        crossesBoundaryIds: flow.crossesBoundaryIds.filter((id) => !doomed.has(id)),
      };
    });
  if (
    !crossingsChanged &&
    elements.length === doc.elements.length &&
    flows.length === doc.flows.length
  ) {
    return ok(doc);
  }
  return ok({ ...doc, elements, flows });
}

export interface ElementMove {
  id: string;
  /** New position relative to the element's current parent (what the canvas reports). */
  position: Point;
}

/**
 * Move elements, then let each moved element fall into (or out of) the boundary under its
 * centre. A boundary carries its contents along because their positions are relative to it.
 */
export function moveElements(doc: ThreatModel, moves: readonly ElementMove[]): OperationResult {
  const byId = new Map(moves.map((m) => [m.id, m.position]));
  let changed = false;
  const elements = doc.elements.map((element) => {
    const position = byId.get(element.id);
    if (!position) return element;
    if (!Number.isFinite(position.x) || !Number.isFinite(position.y)) return element;
    if (position.x === element.position.x && position.y === element.position.y) return element;
    changed = true;
    return { ...element, position: { x: position.x, y: position.y } };
  });
  if (!changed) return ok(doc);
  return ok(reassignMembership({ ...doc, elements }, byId.keys()));
}

/**
 * Resize an element (usually a boundary, from any corner, so its position may change too).
 * Afterwards membership is re-decided for everything: elements now inside the boundary join
 * it, those left outside leave it.
 */
export function resizeElement(
  doc: ThreatModel,
  id: string,
  size: Size,
  position?: Point,
): OperationResult {
  const element = doc.elements.find((e) => e.id === id);
  if (!element) return fail(`no element "${id}"`);
  if (!(size.width >= 20 && size.height >= 20)) return fail("size must be at least 20 × 20");
  if (!(size.width <= 20000 && size.height <= 20000)) {
    return fail("size must be at most 20,000 × 20,000");
  }
  if (position && !(Number.isFinite(position.x) && Number.isFinite(position.y))) {
    return fail("position must be a finite point");
  }
  const width = Math.round(size.width);
  const height = Math.round(size.height);
  const nextPosition = position ?? element.position;
  if (
    element.size?.width === width &&
    element.size.height === height &&
    nextPosition.x === element.position.x &&
    nextPosition.y === element.position.y
  ) {
    return ok(doc);
  }
  const resized: DfdElement = {
    ...element,
    size: { ...element.size, width, height },
    position: nextPosition,
  } as DfdElement;
  // Children keep their on-screen place when the boundary's origin moves.
  const dx = resized.position.x - element.position.x;
  const dy = resized.position.y - element.position.y;
  const elements = doc.elements.map((e) => {
    if (e.id === id) return resized;
    if (e.parentId === id && (dx !== 0 || dy !== 0)) {
      return { ...e, position: { x: e.position.x - dx, y: e.position.y - dy } };
    }
    return e;
  });
  const next = { ...doc, elements };
  return ok(reassignMembership(next, membershipCandidates(next, id)));
}

export type ElementPatch = Partial<
  Pick<DfdElement, "name" | "description" | "technologies" | "outOfScope" | "outOfScopeReason">
> & {
  mlKind?: string | null;
  props?: Record<string, unknown>;
};

/** Change an element's fields; the result is validated, and an invalid value is refused with the field named. */
export function updateElement(doc: ThreatModel, id: string, patch: ElementPatch): OperationResult {
  const index = doc.elements.findIndex((e) => e.id === id);
  const element = doc.elements[index];
  if (!element) return fail(`no element "${id}"`);
  const { props, ...rest } = patch;
  if (element.type === "trustBoundary" && "mlKind" in rest) delete rest.mlKind;
  const candidate = {
    ...element,
    ...rest,
    props: props ? { ...element.props, ...props } : element.props,
  };
  const parsed = ElementSchema.safeParse(candidate);
  if (!parsed.success) return fail(formatIssues(parsed.error).join("; "));
  // Only a kind being set is checked: an edit of another field never fails on a stored kind.
  const mismatch = "mlKind" in rest ? kindMismatchProblem(parsed.data) : null;
  if (mismatch) return fail(mismatch);
  if (JSON.stringify(parsed.data) === JSON.stringify(element)) return ok(doc);
  const elements = doc.elements.slice();
  elements[index] = parsed.data;
  // Fields an edit may change never include the parent, so the order stays parents-first.
  return ok({ ...doc, elements });
}

/**
 * Elements whose boundary may change when boundary `id` changes shape: what it holds now (may
 * fall out) and what now lies under it (may fall in). Elsewhere nothing moves, even where
 * boundaries of an imported file overlap.
 */
function membershipCandidates(doc: ThreatModel, id: string): string[] {
  const index = indexModel(doc);
  const rect = absoluteRect(index, id);
  if (!rect) return [];
  return doc.elements
    .filter((e) => {
      if (e.id === id) return false;
      if (e.parentId === id) return true;
      const own = absoluteRect(index, e.id);
      return own !== null && containsPoint(rect, centreOf(own));
    })
    .map((e) => e.id);
}

function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}
