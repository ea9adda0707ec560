import type { MlAssetKind } from "../../domain/mlKinds";
import type {
  Audience,
  DataFlow,
  DfdElement,
  TrustBoundaryElement,
  ZoneKind,
} from "../../domain/schema";
import { impliedOn, technologyOf, type EvidenceTarget } from "./technologies";

/**
 * Effective properties: what the engine reads for an element or flow. An explicit answer always
 * wins; a property left unknown may be inferred from evidence the user already gave — a
 * technology tag ("HTTPS"), the element's ML kind (a public model hub is a system), its zone (a
 * process inside the Training zone is not reachable from the internet by itself) or what a flow
 * carries (model files carry no personal records). Every inference is recorded with its reason,
 * so the UI can show "inferred from HTTPS — confirm or override".
 */

export type InferenceReason =
  | { kind: "technology"; label: string; tag: string }
  | { kind: "mlKind"; mlKind: MlAssetKind }
  | { kind: "zone"; boundaryId: string; zoneKind: ZoneKind; audience: Audience }
  | { kind: "content"; content: "modelFiles" | "codeOrImages" }
  | { kind: "ends" }
  /** Follows from another property: encryption in transit (TLS) also protects integrity. */
  | { kind: "implied"; by: string };

export interface Inference {
  prop: string;
  value: string;
  reason: InferenceReason;
}

export interface Evidence {
  /** The element's or flow's props with inferred values filled in (the same object if none). */
  readonly props: Readonly<Record<string, unknown>>;
  readonly inferences: readonly Inference[];
}

const NO_INFERENCES: readonly Inference[] = Object.freeze([]);

function isUnknown(value: unknown): boolean {
  return value === undefined || value === "unknown";
}

/**
 * Collects inferences for one item; the first inference of a property wins unless noted. Items
 * have a handful at most, gathered in reused buffers (items are done one at a time, and
 * synchronously) and copied at their final size. The inference objects themselves are made only
 * for the inspector (`result`): the world needs nothing but the effective props.
 */
class Inferred {
  private count = 0;

  constructor(private readonly props: Readonly<Record<string, unknown>>) {}

  /** Records `value` for `prop` if the user left it unknown. A "yes" replaces an earlier "no". */
  add(prop: string, value: string, reason: InferenceReason): void {
    if (!isUnknown(this.props[prop])) return;
    for (let at = 0; at < this.count; at++) {
      if (gatheredProps[at] !== prop) continue;
      if (value === "yes" && gatheredValues[at] === "no") {
        gatheredValues[at] = value;
        gatheredReasons[at] = reason;
      }
      return;
    }
    const at = this.count++;
    gatheredProps[at] = prop;
    gatheredValues[at] = value;
    gatheredReasons[at] = reason;
  }

  /** Whether the user left `prop` unknown (so an inference may fill it). */
  open(prop: string): boolean {
    return isUnknown(this.props[prop]);
  }

  has(prop: string): boolean {
    if (!isUnknown(this.props[prop])) return true;
    for (let at = 0; at < this.count; at++) if (gatheredProps[at] === prop) return true;
    return false;
  }

  /** The item's props with the inferred values filled in (the same object if none). */
  effectiveProps(): Readonly<Record<string, unknown>> {
    if (this.count === 0) return this.props;
    const props: Record<string, unknown> = { ...this.props };
    for (let i = 0; i < this.count; i++) props[gatheredProps[i]!] = gatheredValues[i];
    return props;
  }

  result(): Evidence {
    if (this.count === 0) return { props: this.props, inferences: NO_INFERENCES };
    const inferences = new Array<Inference>(this.count);
    for (let i = 0; i < this.count; i++) {
      inferences[i] = {
        prop: gatheredProps[i]!,
        value: gatheredValues[i]!,
        reason: gatheredReasons[i]!,
      };
    }
    return { props: this.effectiveProps(), inferences };
  }
}

// Parallel: the property, value and reason of each inference of the item being done.
const gatheredProps: string[] = [];
const gatheredValues: string[] = [];
const gatheredReasons: InferenceReason[] = [];

function addTechnologies(
  inferred: Inferred,
  tags: readonly string[],
  target: EvidenceTarget,
  allowed: ReadonlySet<string>,
): void {
  for (let t = 0; t < tags.length; t++) addTechnology(inferred, tags[t]!, target, allowed);
}

function addTechnology(
  inferred: Inferred,
  tag: string,
  target: EvidenceTarget,
  allowed: ReadonlySet<string>,
): void {
  const tech = technologyOf(tag);
  if (!tech) return;
  const pairs = impliedOn(tech, target);
  for (let p = 0; p < pairs.length; p++) {
    const [prop, value] = pairs[p]!;
    if (allowed.has(prop))
      inferred.add(prop, value, { kind: "technology", label: tech.label, tag });
  }
}

const PROCESS_PROPS = new Set([
  "provenance",
  "authenticatesCallers",
  "rateLimited",
  "costLimited",
  "usesAccelerator",
]);
const STORE_PROPS = new Set(["encryptedAtRest", "integrityVerified", "modelFormat"]);
const FLOW_PROPS = new Set(["encryptedInTransit", "authenticated", "integrityVerified"]);
const CHANNEL_PROPS = new Set(["encryptedInTransit", "authenticated"]);
/** Where files that run or are loaded come from: public hubs, package and image indexes. */
const ARTIFACT_SOURCE_KINDS: ReadonlySet<MlAssetKind> = new Set(["model-hub", "package-index"]);

/** Zones that hold the system's own internals: nothing in them listens on the internet. */
const PRIVATE_ZONES: ReadonlySet<ZoneKind> = new Set([
  "inference",
  "training",
  "data",
  "control",
  "monitoring",
  "registry",
]);

/** Kinds whose entities are people, and kinds whose entities are systems. */
const HUMAN_KINDS: ReadonlySet<MlAssetKind> = new Set(["human-reviewer", "end-user"]);
const SYSTEM_KINDS: ReadonlySet<MlAssetKind> = new Set([
  "third-party-ai-api",
  "model-hub",
  "package-index",
  "federated-client",
  "data-provider",
]);

/** Who is behind entities of a kind when nobody said: public indexes accept anyone's uploads. */
const KIND_AUDIENCE: Partial<Record<MlAssetKind, Audience>> = {
  "human-reviewer": "employees",
  "model-hub": "anonymous",
  "package-index": "anonymous",
  "data-provider": "partners",
};

/** Stores that hold models, images or data sets rather than logs. */
const NON_LOG_STORES: ReadonlySet<MlAssetKind> = new Set([
  "training-data-store",
  "feature-store",
  "model-artifact-store",
  "model-registry",
  "vector-store",
  "prompt-store",
  "container-registry",
]);
/** Stores that hold model files or images, not records about people. */
const NON_PERSONAL_STORES: ReadonlySet<MlAssetKind> = new Set([
  "model-artifact-store",
  "model-registry",
  "container-registry",
]);
const MODEL_FILE_KINDS: ReadonlySet<MlAssetKind> = new Set([
  "model-artifact-store",
  "model-registry",
  "model-hub",
]);
const CODE_KINDS: ReadonlySet<MlAssetKind> = new Set(["package-index", "container-registry"]);
/** Services the system calls; they never start an exchange with it. */
const CALLED_KINDS: ReadonlySet<MlAssetKind> = new Set([
  "third-party-ai-api",
  "model-hub",
  "package-index",
]);
const ACCELERATED_KINDS: ReadonlySet<MlAssetKind> = new Set(["llm", "embedding-model"]);

const BATCH_KINDS: ReadonlySet<MlAssetKind> = new Set(["training-job", "data-pipeline"]);

// Reasons that name nothing of the item are shared (frozen), not made for every item.
const IMPLIED_BY_ENCRYPTION: InferenceReason = Object.freeze({
  kind: "implied",
  by: "encryptedInTransit",
});
const MODEL_FILES: InferenceReason = Object.freeze({ kind: "content", content: "modelFiles" });
const CODE_OR_IMAGES: InferenceReason = Object.freeze({ kind: "content", content: "codeOrImages" });
const FROM_ENDS: InferenceReason = Object.freeze({ kind: "ends" });
const BY_ML_KIND = new Map<MlAssetKind, InferenceReason>();
function byMlKind(mlKind: MlAssetKind): InferenceReason {
  let reason = BY_ML_KIND.get(mlKind);
  if (!reason) BY_ML_KIND.set(mlKind, (reason = Object.freeze({ kind: "mlKind", mlKind })));
  return reason;
}

function mlKindOf(element: DfdElement): MlAssetKind | null {
  return element.type === "trustBoundary" ? null : element.mlKind;
}

/** The innermost boundary of `chain` whose audience someone set, if any. */
function boundaryWithAudience(chain: readonly TrustBoundaryElement[]) {
  return chain.find((boundary) => boundary.props.audience !== "unknown");
}

function zoneReason(boundary: TrustBoundaryElement): InferenceReason {
  return {
    kind: "zone",
    boundaryId: boundary.id,
    zoneKind: boundary.props.zoneKind,
    audience: boundary.props.audience,
  };
}

/** Effective props of an element in its boundaries (innermost first), with what was inferred. */
export function elementEvidence(
  element: DfdElement,
  chain: readonly TrustBoundaryElement[],
): Evidence {
  if (element.type === "trustBoundary") return { props: element.props, inferences: NO_INFERENCES };
  return inferForElement(element, chain).result();
}

/** `elementEvidence` without the inferences (what the world reads). */
export function elementProps(
  element: DfdElement,
  chain: readonly TrustBoundaryElement[],
): Readonly<Record<string, unknown>> {
  if (element.type === "trustBoundary") return element.props;
  return inferForElement(element, chain).effectiveProps();
}

function inferForElement(
  element: Exclude<DfdElement, TrustBoundaryElement>,
  chain: readonly TrustBoundaryElement[],
): Inferred {
  const inferred = new Inferred(element.props as Readonly<Record<string, unknown>>);
  const kind = mlKindOf(element);
  if (element.type === "process") {
    addTechnologies(inferred, element.technologies, "process", PROCESS_PROPS);
    if (kind !== null && ACCELERATED_KINDS.has(kind)) {
      inferred.add("usesAccelerator", "yes", byMlKind(kind));
    }
    // Batch steps are started by a scheduler or pipeline; nobody calls them from outside.
    if (kind !== null && BATCH_KINDS.has(kind)) {
      inferred.add("internetExposed", "no", byMlKind(kind));
    }
    const withAudience = boundaryWithAudience(chain);
    const innermost = chain[0];
    if (withAudience) {
      const exposed = withAudience.props.audience === "anonymous" ? "yes" : "no";
      inferred.add("internetExposed", exposed, zoneReason(withAudience));
    } else if (innermost && innermost.props.zoneKind === "external") {
      inferred.add("internetExposed", "yes", zoneReason(innermost));
    } else if (innermost && PRIVATE_ZONES.has(innermost.props.zoneKind)) {
      inferred.add("internetExposed", "no", zoneReason(innermost));
    }
  } else if (element.type === "dataStore") {
    addTechnologies(inferred, element.technologies, "dataStore", STORE_PROPS);
    if (kind !== null && NON_LOG_STORES.has(kind)) {
      inferred.add("storesLogs", "no", byMlKind(kind));
    }
    if (kind !== null && NON_PERSONAL_STORES.has(kind)) {
      inferred.add("containsPersonalData", "no", byMlKind(kind));
    }
  } else {
    if (kind !== null && HUMAN_KINDS.has(kind)) {
      inferred.add("entityKind", "human", byMlKind(kind));
    } else if (kind !== null && SYSTEM_KINDS.has(kind)) {
      inferred.add("entityKind", "system", byMlKind(kind));
    }
    const byKind = kind === null ? undefined : KIND_AUDIENCE[kind];
    const withAudience = boundaryWithAudience(chain);
    if (byKind) inferred.add("audience", byKind, byMlKind(kind!));
    else if (withAudience) {
      inferred.add("audience", withAudience.props.audience, zoneReason(withAudience));
    }
  }
  return inferred;
}

/**
 * Effective props of a flow between two elements. `initiatedBy` is always resolved: stores
 * never start an exchange, services the system calls (public hubs, package indexes, AI APIs)
 * are pulled from or called, and otherwise the source starts it (a DFD arrow from a requester).
 */
export function flowEvidence(flow: DataFlow, source: DfdElement, target: DfdElement): Evidence {
  return inferForFlow(flow, source, target).result();
}

/** `flowEvidence` without the inferences (what the world reads). */
export function flowProps(
  flow: DataFlow,
  source: DfdElement,
  target: DfdElement,
): Readonly<Record<string, unknown>> {
  return inferForFlow(flow, source, target).effectiveProps();
}

function inferForFlow(flow: DataFlow, source: DfdElement, target: DfdElement): Inferred {
  const inferred = new Inferred(flow.props as Readonly<Record<string, unknown>>);
  const sourceKind = mlKindOf(source);
  const targetKind = mlKindOf(target);
  // For artifacts pulled from a hub or an index, "integrity verified" means pinned and checked by
  // hash or signature: TLS protects the channel, not what the publisher put in the file.
  const carriesArtifacts =
    (sourceKind !== null && ARTIFACT_SOURCE_KINDS.has(sourceKind)) ||
    (targetKind !== null && ARTIFACT_SOURCE_KINDS.has(targetKind));
  const allowed = carriesArtifacts ? CHANNEL_PROPS : FLOW_PROPS;
  // The protocol is the first tag, when there is one.
  if (flow.props.protocol.trim() !== "")
    addTechnology(inferred, flow.props.protocol, "flow", allowed);
  addTechnologies(inferred, flow.technologies, "flow", allowed);
  if (flow.props.encryptedInTransit === "yes" && !carriesArtifacts) {
    inferred.add("integrityVerified", "yes", IMPLIED_BY_ENCRYPTION);
  }
  if (
    (sourceKind !== null && MODEL_FILE_KINDS.has(sourceKind)) ||
    (targetKind !== null && MODEL_FILE_KINDS.has(targetKind))
  ) {
    inferred.add("carriesPersonalData", "no", MODEL_FILES);
  } else if (
    (sourceKind !== null && CODE_KINDS.has(sourceKind)) ||
    (targetKind !== null && CODE_KINDS.has(targetKind))
  ) {
    inferred.add("carriesPersonalData", "no", CODE_OR_IMAGES);
  }
  if (!inferred.has("initiatedBy")) {
    inferred.add("initiatedBy", initiatorOf(source, target), FROM_ENDS);
  }
  return inferred;
}

function initiatorOf(source: DfdElement, target: DfdElement): "source" | "target" {
  if (source.type === "dataStore") return target.type === "dataStore" ? "source" : "target";
  if (target.type === "dataStore") return "source";
  const sourceKind = mlKindOf(source);
  if (source.type === "externalEntity" && sourceKind !== null && CALLED_KINDS.has(sourceKind)) {
    return "target";
  }
  return "source";
}
