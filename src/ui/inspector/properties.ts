import { DEFAULT_ZONE_TRUST } from "../../domain/factory";
import { ML_ASSET_KINDS, mlKindsForType, type MlAssetKind } from "../../domain/mlKinds";
import type {
  DataFlow,
  DfdElement,
  ElementType,
  TrustBoundaryProps,
  ZoneKind,
} from "../../domain/schema";
import type { PROPERTY_LABELS } from "../labels";

/**
 * Which type-specific properties the inspector shows, in what order, and with which control.
 * A unit test checks these lists against the document schemas, so a property added to the schema
 * cannot silently go missing from the form.
 */
export type PropertyKey = keyof typeof PROPERTY_LABELS;

export type PropertyControl =
  | "triState"
  | "classification"
  | "entityKind"
  | "zoneKind"
  | "retentionDays"
  | "trustLevel"
  | "customZone"
  | "dataDescription"
  | "protocol";

export interface PropertySpec {
  key: PropertyKey;
  control: PropertyControl;
}

const tri = (key: PropertyKey): PropertySpec => ({ key, control: "triState" });

export const ELEMENT_PROPERTIES: Record<ElementType, readonly PropertySpec[]> = {
  process: [
    tri("internetExposed"),
    tri("authenticatesCallers"),
    tri("authorizesActions"),
    tri("rateLimited"),
    tri("validatesInput"),
    tri("runsPrivileged"),
    tri("executesInputCode"),
  ],
  dataStore: [
    { key: "classification", control: "classification" },
    tri("containsPersonalData"),
    tri("encryptedAtRest"),
    tri("integrityVerified"),
    tri("storesCredentials"),
    tri("storesLogs"),
    { key: "retentionDays", control: "retentionDays" },
  ],
  externalEntity: [{ key: "entityKind", control: "entityKind" }, tri("authenticated")],
  trustBoundary: [
    { key: "zoneKind", control: "zoneKind" },
    { key: "customZone", control: "customZone" },
    { key: "trustLevel", control: "trustLevel" },
  ],
};

export const FLOW_PROPERTIES: readonly PropertySpec[] = [
  { key: "dataDescription", control: "dataDescription" },
  { key: "protocol", control: "protocol" },
  { key: "classification", control: "classification" },
  tri("carriesPersonalData"),
  tri("encryptedInTransit"),
  tri("authenticated"),
  tri("integrityVerified"),
];

/** Specs that are visible for these props (the zone name only for custom zones). */
export function visibleProperties(
  specs: readonly PropertySpec[],
  props: Readonly<Record<string, unknown>>,
): PropertySpec[] {
  return specs.filter((spec) => spec.key !== "customZone" || props.zoneKind === "custom");
}

/** ML kind choices: the kinds drawn as this element's type first, then all the others. */
export function mlKindOptions(type: ElementType): {
  primary: MlAssetKind[];
  others: MlAssetKind[];
} {
  if (type === "trustBoundary") return { primary: [], others: [] };
  const primary = mlKindsForType(type);
  const mine = new Set(primary);
  return { primary, others: ML_ASSET_KINDS.filter((kind) => !mine.has(kind)) };
}

/**
 * Props to write when a boundary's zone kind changes. The trust level follows the new zone's
 * default only if nobody adjusted it (it still equals the old zone's default), so a deliberate
 * trust level is never overwritten. One patch, so one undo entry.
 */
export function zoneKindPatch(
  props: Pick<TrustBoundaryProps, "zoneKind" | "trustLevel">,
  zoneKind: ZoneKind,
): Partial<TrustBoundaryProps> {
  if (props.trustLevel === DEFAULT_ZONE_TRUST[props.zoneKind]) {
    return { zoneKind, trustLevel: DEFAULT_ZONE_TRUST[zoneKind] };
  }
  return { zoneKind };
}

/** The selected item, looked up in the document. */
export type Inspected =
  | { kind: "none" }
  | { kind: "element"; element: DfdElement }
  | { kind: "flow"; flow: DataFlow }
  | { kind: "many"; ids: string[] };

/** What the inspector shows for a selection. Ids no longer in the document are ignored. */
export function inspect(
  doc: { elements: readonly DfdElement[]; flows: readonly DataFlow[] },
  selection: readonly string[],
): Inspected {
  if (selection.length === 1) {
    const id = selection[0];
    const element = doc.elements.find((e) => e.id === id);
    if (element) return { kind: "element", element };
    const flow = doc.flows.find((f) => f.id === id);
    return flow ? { kind: "flow", flow } : { kind: "none" };
  }
  if (selection.length === 0) return { kind: "none" };
  const known = new Set<string>();
  for (const e of doc.elements) known.add(e.id);
  for (const f of doc.flows) known.add(f.id);
  const ids = [...new Set(selection)].filter((id) => known.has(id));
  if (ids.length > 1) return { kind: "many", ids };
  return ids.length === 1 ? inspect(doc, ids) : { kind: "none" };
}
