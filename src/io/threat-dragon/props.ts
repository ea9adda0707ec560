import type { ElementType } from "../../domain/schema";

/**
 * Threat Dragon's element check boxes and our tri-state properties. A ticked box is "yes"; an
 * unticked one cannot say "no" (Threat Dragon has no "unknown"), so it leaves ours unknown.
 * Writing back, only "yes" ticks the box.
 */
export const TD_BOOLEANS: Record<
  ElementType | "flow",
  ReadonlyArray<readonly [tdKey: string, ourProp: string]>
> = {
  externalEntity: [["providesAuthentication", "authenticated"]],
  process: [["providesAuthentication", "authenticatesCallers"]],
  dataStore: [
    ["isALog", "storesLogs"],
    ["storesCredentials", "storesCredentials"],
    ["isEncrypted", "encryptedAtRest"],
    ["isSigned", "integrityVerified"],
  ],
  flow: [
    ["isEncrypted", "encryptedInTransit"],
    ["isPublicNetwork", "overPublicNetwork"],
  ],
  trustBoundary: [],
};

/** Keys Threat Dragon derives or we read ourselves: never carried over as "theirs". */
export const TD_KNOWN_KEYS = new Set([
  "type",
  "name",
  "description",
  "outOfScope",
  "reasonOutOfScope",
  "threats",
  "hasOpenThreats",
  "isTrustBoundary",
  "isBidirectional",
  "protocol",
  "threatCanvas",
  "trustBoundaryIds",
  "crossingFlows",
  "containedElements",
  ...Object.values(TD_BOOLEANS).flatMap((pairs) => pairs.map(([td]) => td)),
]);

/** The v1 cell keys that are geometry or JointJS bookkeeping, not element data. */
export const V1_GEOMETRY_KEYS = new Set([
  "id",
  "size",
  "position",
  "angle",
  "z",
  "attrs",
  "source",
  "target",
  "vertices",
  "labels",
  "smooth",
  "ports",
]);
