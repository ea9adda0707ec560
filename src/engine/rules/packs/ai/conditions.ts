import type { MlAssetKind } from "../../../../domain/mlKinds";
import type { FactName, Subject } from "../../facts";
import type { Condition, FactTest, QuantifierBody } from "../../schema";

/**
 * Small builders so the AI rules read as conditions rather than as nested object literals.
 * They only assemble plain data: every rule still validates against `RuleSchema`.
 */

type Scalar = string | number | boolean | null;

export const is = (subject: Subject, fact: FactName, value: Scalar): FactTest => ({
  subject,
  fact,
  is: value,
});

export const isIn = (subject: Subject, fact: FactName, values: readonly Scalar[]): FactTest => ({
  subject,
  fact,
  in: [...values],
});

export const isNotIn = (subject: Subject, fact: FactName, values: readonly Scalar[]): FactTest => ({
  subject,
  fact,
  notIn: [...values],
});

export const greaterThan = (subject: Subject, fact: FactName, value: number): FactTest => ({
  subject,
  fact,
  gt: value,
});

/** True only when the fact is known and equals `value` (never a question). */
export const known = (subject: Subject, fact: FactName, value: Scalar): Condition => ({
  all: [
    { subject, fact, isNot: "unknown" },
    { subject, fact, is: value },
  ],
});

export const all = (...parts: Condition[]): Condition => ({ all: parts });
export const any = (...parts: Condition[]): Condition => ({ any: parts });
export const not = (part: Condition): Condition => ({ not: part });
export const some = (body: QuantifierBody): Condition => ({ some: body });
export const none = (body: QuantifierBody): Condition => ({ none: body });

/** "The subject is one of these ML asset kinds." */
export const kindIn = (subject: Subject, kinds: readonly MlAssetKind[]): FactTest =>
  isIn(subject, "mlKind", kinds);

// ---- ML asset kind groups ----------------------------------------------------------------------

/** Processes that answer inference requests with a model. */
export const MODEL_SERVING_KINDS = [
  "inference-endpoint",
  "llm",
  "embedding-model",
] as const satisfies readonly MlAssetKind[];

/** Generative components that take natural-language instructions. */
export const GENERATIVE_KINDS = ["llm", "agent"] as const satisfies readonly MlAssetKind[];

/** Components that act on the world for a model: tools and MCP servers. */
export const ACTING_KINDS = ["agent-tool", "mcp-server"] as const satisfies readonly MlAssetKind[];

/** Anything that answers requests with model output (serving kinds plus agents). */
export const MODEL_ANSWERING_KINDS = [
  ...MODEL_SERVING_KINDS,
  "agent",
] as const satisfies readonly MlAssetKind[];

/** Stores that hold trained models or the record of which version is live. */
export const MODEL_STORE_KINDS = [
  "model-artifact-store",
  "model-registry",
] as const satisfies readonly MlAssetKind[];

/** Stores whose records end up inside a model or its context (training, features, retrieval). */
export const LEARNING_DATA_STORE_KINDS = [
  "training-data-store",
  "feature-store",
  "vector-store",
] as const satisfies readonly MlAssetKind[];

// ---- reusable predicates -----------------------------------------------------------------------

/** Outsiders (anyone on the internet, or customers with accounts) can send it requests. */
export const reachedByOutsiders: Condition = is("element", "publicReach", "yes");

/** Data outsiders control reaches it: by request, or written somewhere it reads. */
export const fedByOutsiders: Condition = any(
  reachedByOutsiders,
  is("element", "publicInfluence", "yes"),
);

/** Data that outsiders or many insiders can write reaches the bound element. */
export const otherIsWritableByOthers: Condition = any(
  is("other", "publicInfluence", "yes"),
  is("other", "insiderInfluence", "yes"),
);

/** The source of an interaction is outside the system's trust: an external party or zone, or the flow moves up in trust. */
export const sourceIsUntrusted: Condition = any(
  is("source", "type", "externalEntity"),
  is("source", "zoneKind", "external"),
  is("flow", "trustDirection", "up"),
);

/** Services the system calls (they answer, they neither read outputs nor send content of their own). */
export const CALLED_SERVICE_KINDS = [
  "third-party-ai-api",
  "model-hub",
  "package-index",
] as const satisfies readonly MlAssetKind[];

/** The bound `other` is an outside party that receives what it is sent (not a service we call). */
export const otherIsReceivingParty: Condition = {
  subject: "other",
  fact: "mlKind",
  notIn: [...CALLED_SERVICE_KINDS],
};

/** The bound `other` element holds personal or highly classified data. */
export const otherHoldsSensitiveData: Condition = any(
  is("other", "containsPersonalData", "yes"),
  isIn("other", "classification", ["confidential", "restricted"]),
);

/** A registry in a model that also draws an artifact store: the registry holds the metadata. */
export const registryBesideArtifactStore: Condition = all(
  is("element", "mlKind", "model-registry"),
  some({ from: "model", target: { mlKinds: ["model-artifact-store"] } }),
);

/** What a model reads that others wrote: tool results, MCP servers, outside data. */
export const INJECTION_SOURCE_KINDS = [
  "agent-tool",
  "mcp-server",
  "data-provider",
] as const satisfies readonly MlAssetKind[];

/**
 * Content others wrote reaches the model's context: directly from a tool, MCP server or outside
 * source, through one component in between (a retriever, an orchestration layer; content another
 * agent fetched reaches it as that agent's result instead), or from a retrieval index others can
 * write.
 */
export const thirdPartyContentReaches: Condition = any(
  some({
    from: "upstream",
    of: "element",
    hops: 1,
    target: { mlKinds: [...INJECTION_SOURCE_KINDS] },
  }),
  all(
    none({ from: "upstream", of: "element", hops: 1, target: { mlKinds: ["agent"] } }),
    some({
      from: "upstream",
      of: "element",
      hops: 2,
      target: { mlKinds: [...INJECTION_SOURCE_KINDS] },
    }),
  ),
  some({
    from: "upstream",
    of: "element",
    hops: 2,
    target: { mlKinds: ["vector-store"] },
    where: otherIsWritableByOthers,
  }),
);
