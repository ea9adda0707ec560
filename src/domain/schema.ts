import "./zodConfig";
import { z } from "zod";
import { checklistFields } from "./checklist";
import { decisionFields } from "./decisions";
import { ML_ASSET_KINDS } from "./mlKinds";
import { quoteUserText } from "./validation";

/**
 * The threat-model document. These zod schemas are the single source of the TypeScript types and
 * of the published JSON Schema (`public/schema/threatcanvas-model.schema.json`).
 *
 * Every object is "loose": keys we do not know are kept, so files written by a newer version or
 * by another tool survive a round trip.
 */

export const CURRENT_SCHEMA_VERSION = 3 as const;

export const IdSchema = z
  .string()
  .min(1, "must not be empty")
  .max(200, "is longer than 200 characters");

/** Protection properties are tri-state: "unknown" (the default) is not the same as "no". */
export const TriStateSchema = z.enum(["yes", "no", "unknown"]);
export type TriState = z.infer<typeof TriStateSchema>;

export const DataClassificationSchema = z.enum([
  "unknown",
  "public",
  "internal",
  "confidential",
  "restricted",
]);
export type DataClassification = z.infer<typeof DataClassificationSchema>;

export const MlAssetKindSchema = z.enum(ML_ASSET_KINDS);

export const ZONE_KINDS = [
  "external",
  "dmz",
  "inference",
  "training",
  "data",
  "control",
  "monitoring",
  "registry",
  "custom",
] as const;
export const ZoneKindSchema = z.enum(ZONE_KINDS);
export type ZoneKind = z.infer<typeof ZoneKindSchema>;

const PointSchema = z.looseObject({ x: z.number().finite(), y: z.number().finite() });
export type Point = z.infer<typeof PointSchema>;

const SizeSchema = z.looseObject({
  width: z.number().finite().min(20, "must be at least 20").max(20000),
  height: z.number().finite().min(20, "must be at least 20").max(20000),
});
export type Size = z.infer<typeof SizeSchema>;

const NameSchema = z.string().max(200, "is longer than 200 characters");
const LongTextSchema = z.string().max(20000, "is longer than 20,000 characters");
const TagSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(60, "is longer than 60 characters");

/** Fields every node-like element (not flows) carries. */
const elementBase = {
  id: IdSchema,
  name: NameSchema.default(""),
  description: LongTextSchema.default(""),
  technologies: z.array(TagSchema).max(50).default([]),
  outOfScope: z.boolean().default(false),
  outOfScopeReason: z.string().max(2000).default(""),
  /**
   * Position relative to the parent boundary (React Flow's convention), or absolute when the
   * element has no parent. Storing relative positions means moving a boundary changes one element.
   */
  position: PointSchema,
  /** The trust boundary that directly contains this element, or null. */
  parentId: IdSchema.nullable().default(null),
};

/** ML asset kind: what the element *is*. Null for generic elements. */
const mlKindField = { mlKind: MlAssetKindSchema.nullable().default(null) };

/**
 * Who is behind an external entity, or who can reach into a trust zone from outside: the premise
 * exposure findings rest on. Ordered from the least to the most trusted.
 */
export const AUDIENCES = [
  "anonymous",
  "customers",
  "partners",
  "employees",
  "internalSystems",
] as const;
export const AudienceSchema = z.enum(["unknown", ...AUDIENCES]);
export type Audience = z.infer<typeof AudienceSchema>;

/**
 * Kind-specific properties: asked only for the ML kinds whose threats depend on them (the
 * inspector and the engine decide which); absent means unknown, so documents stay lean.
 */
const optionalTri = TriStateSchema.optional();

/** Where models, data or tool code come from. */
export const ProvenanceKindSchema = z.enum(["unknown", "publicHub", "vendor", "inHouse"]);
export type ProvenanceKind = z.infer<typeof ProvenanceKindSchema>;

/** How the output of a generative model is used downstream. */
export const OutputHandlingSchema = z.enum(["unknown", "plainText", "rendered", "executed"]);
export type OutputHandling = z.infer<typeof OutputHandlingSchema>;

export const ProcessPropsSchema = z.looseObject({
  internetExposed: TriStateSchema.default("unknown"),
  authenticatesCallers: TriStateSchema.default("unknown"),
  authorizesActions: TriStateSchema.default("unknown"),
  rateLimited: TriStateSchema.default("unknown"),
  validatesInput: TriStateSchema.default("unknown"),
  runsPrivileged: TriStateSchema.default("unknown"),
  executesInputCode: TriStateSchema.default("unknown"),
  // ---- serving and gateways ----
  /** Limits tokens / compute per caller, not only the number of requests. */
  costLimited: optionalTri,
  /** Serves several tenants (customers, teams) whose data must not mix. */
  multiTenant: optionalTri,
  /** Runs on GPUs or other accelerators. */
  usesAccelerator: optionalTri,
  /** Shares accelerators (and their memory) with other tenants' workloads. */
  sharesAccelerator: optionalTri,
  /** When the model times out or fails, the caller goes on as if it had approved. */
  failsOpen: optionalTri,
  /** Its outputs decide or rank things for individual people (credit, hiring, care, price). */
  decidesAboutPeople: optionalTri,
  /** The model it serves was trained or fine-tuned on non-public data. */
  trainedOnPrivateData: optionalTri,
  // ---- LLMs and agents ----
  /** Screens prompts and retrieved content before the model sees them. */
  inputGuardrails: optionalTri,
  /** Screens the model's output before anyone or anything uses it. */
  outputGuardrails: optionalTri,
  /** The system prompt or context holds secrets (keys, internal URLs, credentials). */
  secretsInPrompt: optionalTri,
  outputHandling: OutputHandlingSchema.optional(),
  /** A person approves state-changing actions before they run. */
  requiresHumanApproval: optionalTri,
  // ---- agent tools and MCP servers ----
  /** Changes state outside the model (writes, sends, pays, deploys). */
  changesState: optionalTri,
  /** Can destroy or irreversibly change data or systems. */
  destructive: optionalTri,
  /** Tools and MCP servers: where their code and tool descriptions come from. */
  provenance: ProvenanceKindSchema.optional(),
});
export type ProcessProps = z.infer<typeof ProcessPropsSchema>;

/** The file format trained models are stored in: some formats run code when loaded. */
export const ModelFormatSchema = z.enum([
  "unknown",
  "pickle",
  "safetensors",
  "onnx",
  "gguf",
  "savedModel",
  "other",
]);
export type ModelFormat = z.infer<typeof ModelFormatSchema>;

/** Who can write to a store beyond the flows drawn into it. */
export const WriteAccessSchema = z.enum(["unknown", "restricted", "broad"]);
export type WriteAccess = z.infer<typeof WriteAccessSchema>;

export const DataStorePropsSchema = z.looseObject({
  encryptedAtRest: TriStateSchema.default("unknown"),
  integrityVerified: TriStateSchema.default("unknown"),
  storesCredentials: TriStateSchema.default("unknown"),
  storesLogs: TriStateSchema.default("unknown"),
  containsPersonalData: TriStateSchema.default("unknown"),
  classification: DataClassificationSchema.default("unknown"),
  /** How long records are kept, in days; null when nobody has said. */
  retentionDays: z
    .number()
    .int("must be a whole number of days")
    .min(0, "cannot be negative")
    .max(36500, "must be at most 100 years (36,500 days)")
    .nullable()
    .default(null),
  // ---- kind-specific (absent = unknown) ----
  /** Model stores: the format models are serialized in. */
  modelFormat: ModelFormatSchema.optional(),
  /** Model and data stores: where what it holds comes from. */
  provenance: ProvenanceKindSchema.optional(),
  /** Training data, feature and vector stores: who can write beyond the drawn flows. */
  writeAccess: WriteAccessSchema.optional(),
  /** Training data and vector stores: the sources of its records are vetted. */
  sourcesVetted: optionalTri,
  /** Vector stores: retrieval enforces the caller's permission on each document. */
  enforcesDocumentPermissions: optionalTri,
  /** Holds data of several tenants that must not mix. */
  multiTenant: optionalTri,
});
export type DataStoreProps = z.infer<typeof DataStorePropsSchema>;

export const ExternalEntityPropsSchema = z.looseObject({
  entityKind: z.enum(["human", "system", "unknown"]).default("unknown"),
  authenticated: TriStateSchema.default("unknown"),
  /** Who is behind this entity; unknown is inferred from its ML kind and zone where possible. */
  audience: AudienceSchema.default("unknown"),
});
export type ExternalEntityProps = z.infer<typeof ExternalEntityPropsSchema>;

export const TrustBoundaryPropsSchema = z.looseObject({
  zoneKind: ZoneKindSchema.default("custom"),
  /** Free name of the zone when zoneKind is "custom". */
  customZone: z.string().max(100).default(""),
  /** 0 (untrusted, e.g. the internet) to 100 (fully trusted). Same scale as OTM's trustRating. */
  trustLevel: z
    .number()
    .int("must be a whole number")
    .min(0, "must be between 0 and 100")
    .max(100, "must be between 0 and 100")
    .default(50),
  /** Who can reach into this zone from outside it; unknown is inferred from the zone kind. */
  audience: AudienceSchema.default("unknown"),
});
export type TrustBoundaryProps = z.infer<typeof TrustBoundaryPropsSchema>;

export const ProcessSchema = z.looseObject({
  ...elementBase,
  ...mlKindField,
  type: z.literal("process"),
  size: SizeSchema.optional(),
  props: ProcessPropsSchema.prefault({}),
});
export const DataStoreSchema = z.looseObject({
  ...elementBase,
  ...mlKindField,
  type: z.literal("dataStore"),
  size: SizeSchema.optional(),
  props: DataStorePropsSchema.prefault({}),
});
export const ExternalEntitySchema = z.looseObject({
  ...elementBase,
  ...mlKindField,
  type: z.literal("externalEntity"),
  size: SizeSchema.optional(),
  props: ExternalEntityPropsSchema.prefault({}),
});
export const TrustBoundarySchema = z.looseObject({
  ...elementBase,
  type: z.literal("trustBoundary"),
  size: SizeSchema,
  props: TrustBoundaryPropsSchema.prefault({}),
});

export const ElementSchema = z.discriminatedUnion("type", [
  ProcessSchema,
  DataStoreSchema,
  ExternalEntitySchema,
  TrustBoundarySchema,
]);

export type ProcessElement = z.infer<typeof ProcessSchema>;
export type DataStoreElement = z.infer<typeof DataStoreSchema>;
export type ExternalEntityElement = z.infer<typeof ExternalEntitySchema>;
export type TrustBoundaryElement = z.infer<typeof TrustBoundarySchema>;
export type DfdElement = z.infer<typeof ElementSchema>;
export type ElementType = DfdElement["type"];
/** Elements that can be flow endpoints (everything but boundaries). */
export type NodeElement = ProcessElement | DataStoreElement | ExternalEntityElement;

export const ELEMENT_TYPES = ["process", "dataStore", "externalEntity", "trustBoundary"] as const;

export const FlowPropsSchema = z.looseObject({
  dataDescription: z.string().max(2000).default(""),
  protocol: z.string().max(100).default(""),
  encryptedInTransit: TriStateSchema.default("unknown"),
  authenticated: TriStateSchema.default("unknown"),
  integrityVerified: TriStateSchema.default("unknown"),
  carriesPersonalData: TriStateSchema.default("unknown"),
  classification: DataClassificationSchema.default("unknown"),
  /**
   * Which end starts the exchange: a flow drawn from a package index into a training job is
   * started by the job (a pull). Unknown is inferred from the ends' types and kinds.
   */
  initiatedBy: z.enum(["unknown", "source", "target"]).default("unknown"),
  /** Travels over a network the organisation does not control (the internet, a partner's). */
  overPublicNetwork: TriStateSchema.default("unknown"),
});
export type FlowProps = z.infer<typeof FlowPropsSchema>;

export const FlowSchema = z.looseObject({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  /** React Flow handle ids, kept so a reconnected flow reattaches where it was drawn. */
  sourceHandle: z.string().max(100).nullable().default(null),
  targetHandle: z.string().max(100).nullable().default(null),
  label: NameSchema.default(""),
  description: LongTextSchema.default(""),
  technologies: z.array(TagSchema).max(50).default([]),
  bidirectional: z.boolean().default(false),
  outOfScope: z.boolean().default(false),
  outOfScopeReason: z.string().max(2000).default(""),
  props: FlowPropsSchema.prefault({}),
  /**
   * Trust boundaries this flow crosses although its ends sit on the same side of them: other
   * tools draw boundaries as lines (Threat Dragon's curves, TMT's line boundaries) that flows
   * cross without either end being inside. Absent for flows drawn here, whose crossings follow
   * from where their ends are.
   */
  crossesBoundaryIds: z.array(IdSchema).max(100).optional(),
});
export type DataFlow = z.infer<typeof FlowSchema>;

export const ViewportSchema = z.looseObject({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().positive(),
});
export type Viewport = z.infer<typeof ViewportSchema>;

const IsoDateSchema = z.iso.datetime({ offset: true });

/** How many elements and flows one model may hold. */
export const MAX_ELEMENTS = 20000;
export const MAX_FLOWS = 40000;

/**
 * The document body, before cross-reference checks. Exported so that a document whose unchanged
 * parts are known to be valid can be checked field by field (see `domain/documentCheck.ts`).
 */
export const ThreatModelShape = z.looseObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: IdSchema,
  name: NameSchema.default("Untitled model"),
  description: LongTextSchema.default(""),
  owner: NameSchema.default(""),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  elements: z.array(ElementSchema).max(MAX_ELEMENTS),
  flows: z.array(FlowSchema).max(MAX_FLOWS),
  viewport: ViewportSchema.nullable().default(null),
  ...decisionFields,
  ...checklistFields,
});

/**
 * A threat model, with its cross-references checked: unique ids, flows between existing
 * non-boundary elements and never to themselves, parents that are boundaries, no parent cycles.
 */
export const ThreatModelSchema = ThreatModelShape.superRefine((doc, ctx) =>
  checkReferences(doc, (path, message) => ctx.addIssue({ code: "custom", path, message })),
);

/** Where a cross-reference problem is (`["flows", 3, "source"]`) and what it is. */
export type ReportIssue = (path: Array<string | number>, message: string) => void;

/**
 * The cross-reference checks of ThreatModelSchema: unique ids, flows between existing
 * non-boundary elements and never to themselves, parents that are boundaries, no parent cycles.
 */
export function checkReferences(doc: z.output<typeof ThreatModelShape>, report: ReportIssue): void {
  const byId = new Map<string, DfdElement>();
  checkUniqueIds(doc.customThreats, "customThreats", report);
  checkUniqueIds(doc.mitigations, "mitigations", report);
  checkUniqueIds(doc.assumptions, "assumptions", report);
  doc.elements.forEach((element, index) => {
    if (byId.has(element.id)) {
      report(["elements", index, "id"], `duplicate id ${quoteUserText(element.id)}`);
    }
    if (element.id === doc.id) {
      report(
        ["elements", index, "id"],
        `${quoteUserText(element.id)} is also the id of the model itself; give the element another id`,
      );
    }
    byId.set(element.id, element);
  });
  const flowIds = new Set<string>();
  doc.flows.forEach((flow, index) => {
    if (flowIds.has(flow.id) || byId.has(flow.id) || flow.id === doc.id) {
      report(["flows", index, "id"], `duplicate id ${quoteUserText(flow.id)}`);
    }
    flowIds.add(flow.id);
    for (const end of ["source", "target"] as const) {
      const endpoint = byId.get(flow[end]);
      if (!endpoint) {
        report(
          ["flows", index, end],
          `refers to ${quoteUserText(flow[end])}, which is not an element of this model`,
        );
      } else if (endpoint.type === "trustBoundary") {
        report(
          ["flows", index, end],
          `${quoteUserText(flow[end])} is a trust boundary; flows connect processes, data stores and external entities`,
        );
      }
    }
    if (flow.source === flow.target) {
      report(["flows", index, "target"], "a flow cannot go from an element to itself");
    }
    checkCrossings(flow, index, byId, report);
  });
  doc.elements.forEach((element, index) => {
    if (element.parentId === null) return;
    const parent = byId.get(element.parentId);
    if (!parent) {
      report(
        ["elements", index, "parentId"],
        `refers to ${quoteUserText(element.parentId)}, which is not an element of this model`,
      );
      return;
    }
    if (parent.type !== "trustBoundary") {
      report(
        ["elements", index, "parentId"],
        `${quoteUserText(element.parentId)} is not a trust boundary`,
      );
      return;
    }
    const seen = new Set<string>([element.id]);
    let cursor: DfdElement | undefined = parent;
    while (cursor && cursor.parentId !== null) {
      if (seen.has(cursor.id)) {
        report(["elements", index, "parentId"], "boundaries contain each other in a cycle");
        return;
      }
      seen.add(cursor.id);
      cursor = byId.get(cursor.parentId);
    }
  });
}

export type ThreatModel = z.infer<typeof ThreatModelSchema>;
/** What a caller may pass in: defaults not yet applied. */
export type ThreatModelInput = z.input<typeof ThreatModelSchema>;

function checkCrossings(
  flow: DataFlow,
  index: number,
  byId: ReadonlyMap<string, DfdElement>,
  report: ReportIssue,
): void {
  const seen = new Set<string>();
  (flow.crossesBoundaryIds ?? []).forEach((boundaryId, at) => {
    const path = ["flows", index, "crossesBoundaryIds", at];
    const boundary = byId.get(boundaryId);
    if (!boundary) {
      report(path, `refers to ${quoteUserText(boundaryId)}, which is not an element of this model`);
    } else if (boundary.type !== "trustBoundary") {
      report(path, `${quoteUserText(boundaryId)} is not a trust boundary`);
    } else if (seen.has(boundaryId)) {
      report(path, `${quoteUserText(boundaryId)} is listed twice`);
    }
    seen.add(boundaryId);
  });
}

function checkUniqueIds(
  items: readonly { id: string }[],
  field: string,
  report: ReportIssue,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      report([field, index, "id"], `duplicate id ${quoteUserText(item.id)}`);
    }
    seen.add(item.id);
  });
}
