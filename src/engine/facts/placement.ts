import type { DfdElement, TrustBoundaryElement } from "../../domain/schema";
import { boundaryDisplayName } from "../names";
import type { ElementInfo } from "./world";

export const NO_CHAIN: readonly TrustBoundaryElement[] = Object.freeze([]);

/**
 * Trust boundaries by id: all that chains and recorded crossings look up. Ids are unique in a
 * valid document; in one that is not, the last element with an id wins, as in a map of all.
 */
export function boundariesById(elements: readonly DfdElement[]): Map<string, DfdElement> {
  const byId = new Map<string, DfdElement>();
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (element.type === "trustBoundary") byId.set(element.id, element);
    else if (byId.size > 0 && byId.has(element.id)) byId.delete(element.id);
  }
  return byId;
}

/**
 * The boundaries containing a boundary (itself first), memoised. Cycle-safe: a parent that
 * would close a cycle, or is not a boundary, ends the chain.
 */
export function boundaryChain(
  boundaryId: string,
  byId: ReadonlyMap<string, DfdElement>,
  memo: Map<string, readonly TrustBoundaryElement[]>,
): readonly TrustBoundaryElement[] {
  const known = memo.get(boundaryId);
  if (known) return known;
  const chain: TrustBoundaryElement[] = [];
  let cursor = byId.get(boundaryId);
  while (cursor && cursor.type === "trustBoundary" && !chain.includes(cursor)) {
    chain.push(cursor);
    cursor = cursor.parentId === null ? undefined : byId.get(cursor.parentId);
  }
  const frozen = Object.freeze(chain);
  memo.set(boundaryId, frozen);
  return frozen;
}

/** What an element takes from the boundaries it is in: the same for all elements of a boundary. */
export interface Placement {
  /** Innermost first. */
  readonly chain: readonly TrustBoundaryElement[];
  readonly boundaryName: string;
  readonly zoneKind: ElementInfo["zoneKind"];
  readonly trustLevel: number | undefined;
  /** Some boundary of the chain is out of scope. */
  readonly outOfScope: boolean;
}

export const OUTSIDE: Placement = Object.freeze({
  chain: NO_CHAIN,
  boundaryName: boundaryDisplayName(undefined),
  zoneKind: "none",
  trustLevel: undefined,
  outOfScope: false,
});

/** The placement of an element whose parent is `parentId`, made once per parent. */
export function placementIn(
  parentId: string,
  byId: ReadonlyMap<string, DfdElement>,
  chains: Map<string, readonly TrustBoundaryElement[]>,
  placements: Map<string, Placement>,
): Placement {
  const known = placements.get(parentId);
  if (known) return known;
  const chain = boundaryChain(parentId, byId, chains);
  const innermost = chain[0];
  let outOfScope = false;
  for (let i = 0; !outOfScope && i < chain.length; i++) outOfScope = chain[i]!.outOfScope;
  const placement: Placement = {
    chain,
    boundaryName: boundaryDisplayName(innermost),
    zoneKind: innermost ? innermost.props.zoneKind : "none",
    trustLevel: innermost?.props.trustLevel,
    outOfScope,
  };
  placements.set(parentId, placement);
  return placement;
}
