import { ML_ASSET_KINDS, type MlAssetKind } from "../../domain/mlKinds";
import { ELEMENT_TYPES, type DfdElement } from "../../domain/schema";

/**
 * What an element is (its type and ML kind) as small numbers, fixed at module load, so that the
 * hot paths test it with a bit mask or an array index rather than by comparing strings, and read
 * it from the element's info (one shape) rather than from the element (one shape per type).
 */

export type ItemType = DfdElement["type"] | "flow";

/** One bit per item type. */
export const TYPE_BITS: Readonly<Record<ItemType, number>> = {
  process: 1,
  dataStore: 2,
  externalEntity: 4,
  trustBoundary: 8,
  flow: 16,
};

const KIND_INDEX = new Map<string, number>(ML_ASSET_KINDS.map((kind, index) => [kind, index]));

/** Set in every element's kind bits: a mask with it matches elements of any kind, or none. */
const ANY_KIND_BIT = 1 << 30;

/** One bit per ML kind (there are fewer than 30), with `ANY_KIND_BIT`. */
export function kindBitOf(mlKind: MlAssetKind | null): number {
  const index = mlKind === null ? undefined : KIND_INDEX.get(mlKind);
  return index === undefined ? ANY_KIND_BIT : ANY_KIND_BIT | (1 << index);
}

/** The bits of these types / kinds. */
export function typeMaskOf(types: readonly ItemType[]): number {
  let mask = 0;
  for (const type of types) mask |= TYPE_BITS[type];
  return mask;
}

/** Matches elements of one of these ML kinds only (not `ANY_KIND_BIT`). */
export function kindMaskOf(kinds: readonly MlAssetKind[]): number {
  let mask = 0;
  for (const kind of kinds) mask |= kindBitOf(kind) & ~ANY_KIND_BIT;
  return mask;
}

/** Per type: no ML kind, each ML kind, and a kind no rule can name (in a document not validated). */
const SLOTS_PER_TYPE = ML_ASSET_KINDS.length + 2;

/** How many distinct `kindIndexOf` values there are. */
export const KIND_INDEXES = ELEMENT_TYPES.length * SLOTS_PER_TYPE;

/** A number per (element type, ML kind) pair: what selects the rules that apply. */
export function kindIndexOf(type: DfdElement["type"], mlKind: MlAssetKind | null): number {
  const kind = mlKind === null ? 0 : (KIND_INDEX.get(mlKind) ?? ML_ASSET_KINDS.length) + 1;
  return ELEMENT_TYPES.indexOf(type) * SLOTS_PER_TYPE + kind;
}
