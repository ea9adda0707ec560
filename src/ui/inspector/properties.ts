import { DEFAULT_ZONE_TRUST } from "../../domain/factory";
import { DATA_STORE_KIND_PROPERTIES, PROCESS_KIND_PROPERTIES } from "../../domain/kindProperties";
import { mlKindsForType, type MlAssetKind } from "../../domain/mlKinds";
import {
  AudienceSchema,
  FlowPropsSchema,
  ModelFormatSchema,
  OutputHandlingSchema,
  ProvenanceKindSchema,
  WriteAccessSchema,
  type DataFlow,
  type DfdElement,
  type ElementType,
  type TrustBoundaryProps,
  type ZoneKind,
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
  | "protocol"
  | "choice";

export interface PropertySpec {
  key: PropertyKey;
  control: PropertyControl;
  /** For "choice": the stored codes, in the order shown ("unknown" first). */
  options?: readonly string[];
  /** Shown only for these ML kinds (kind-specific properties); always shown when absent. */
  kinds?: readonly MlAssetKind[];
}

const tri = (key: PropertyKey, kinds?: readonly MlAssetKind[]): PropertySpec =>
  kinds ? { key, control: "triState", kinds } : { key, control: "triState" };
const choice = (
  key: PropertyKey,
  options: readonly string[],
  kinds?: readonly MlAssetKind[],
): PropertySpec =>
  kinds ? { key, control: "choice", options, kinds } : { key, control: "choice", options };

const P = PROCESS_KIND_PROPERTIES;
const S = DATA_STORE_KIND_PROPERTIES;

export const ELEMENT_PROPERTIES: Record<ElementType, readonly PropertySpec[]> = {
  process: [
    tri("internetExposed"),
    tri("authenticatesCallers"),
    tri("authorizesActions"),
    tri("rateLimited"),
    tri("validatesInput"),
    tri("runsPrivileged"),
    tri("executesInputCode"),
    tri("costLimited", P.costLimited),
    tri("multiTenant", P.multiTenant),
    tri("usesAccelerator", P.usesAccelerator),
    tri("sharesAccelerator", P.sharesAccelerator),
    tri("failsOpen", P.failsOpen),
    tri("decidesAboutPeople", P.decidesAboutPeople),
    tri("trainedOnPrivateData", P.trainedOnPrivateData),
    tri("inputGuardrails", P.inputGuardrails),
    tri("outputGuardrails", P.outputGuardrails),
    tri("secretsInPrompt", P.secretsInPrompt),
    choice("outputHandling", OutputHandlingSchema.options, P.outputHandling),
    tri("requiresHumanApproval", P.requiresHumanApproval),
    tri("changesState", P.changesState),
    tri("destructive", P.destructive),
    choice("provenance", ProvenanceKindSchema.options, P.provenance),
  ],
  dataStore: [
    { key: "classification", control: "classification" },
    tri("containsPersonalData"),
    tri("encryptedAtRest"),
    tri("integrityVerified"),
    tri("storesCredentials"),
    tri("storesLogs"),
    { key: "retentionDays", control: "retentionDays" },
    choice("modelFormat", ModelFormatSchema.options, S.modelFormat),
    choice("provenance", ProvenanceKindSchema.options, S.provenance),
    choice("writeAccess", WriteAccessSchema.options, S.writeAccess),
    tri("sourcesVetted", S.sourcesVetted),
    tri("enforcesDocumentPermissions", S.enforcesDocumentPermissions),
    tri("multiTenant", S.multiTenant),
  ],
  externalEntity: [
    { key: "entityKind", control: "entityKind" },
    tri("authenticated"),
    choice("audience", AudienceSchema.options),
  ],
  trustBoundary: [
    { key: "zoneKind", control: "zoneKind" },
    { key: "customZone", control: "customZone" },
    { key: "trustLevel", control: "trustLevel" },
    choice("audience", AudienceSchema.options),
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
  choice("initiatedBy", FlowPropsSchema.shape.initiatedBy.removeDefault().options),
  tri("overPublicNetwork"),
];

/**
 * Specs that are visible for these props and this ML kind: the zone name only for custom zones,
 * kind-specific properties only for their kinds.
 */
export function visibleProperties(
  specs: readonly PropertySpec[],
  props: Readonly<Record<string, unknown>>,
  mlKind: MlAssetKind | null = null,
): PropertySpec[] {
  return specs.filter(
    (spec) =>
      (spec.key !== "customZone" || props.zoneKind === "custom") &&
      (spec.kinds === undefined || (mlKind !== null && spec.kinds.includes(mlKind))),
  );
}

/**
 * ML kind choices: only the kinds of this element's type. A kind of another type would give
 * findings whose premise is false (tool calls from a data store); the document refuses it too.
 */
export function mlKindOptions(type: ElementType): MlAssetKind[] {
  return type === "trustBoundary" ? [] : mlKindsForType(type);
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
