import { ML_ASSET_KINDS } from "../../domain/mlKinds";
import { ELEMENT_TYPES, type DfdElement } from "../../domain/schema";

/**
 * One string per (element type, ML kind) pair, built once, so that choosing the rules for an
 * element is a lookup on a shared string rather than a string built per element.
 */
const KEYS = new Map<string, Map<string | null, string>>(
  ELEMENT_TYPES.map((type) => [
    type,
    new Map<string | null, string>([
      [null, `${type}|`],
      ...ML_ASSET_KINDS.map((kind): [string, string] => [kind, `${type}|${kind}`]),
    ]),
  ]),
);

export function kindKeyOf(element: DfdElement): string {
  const mlKind = element.type === "trustBoundary" ? null : element.mlKind;
  return KEYS.get(element.type)?.get(mlKind) ?? `${element.type}|${mlKind ?? ""}`;
}
