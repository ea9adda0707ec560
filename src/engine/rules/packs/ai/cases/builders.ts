import type {
  DataStoreProps,
  ExternalEntityProps,
  FlowProps as FlowPropsSchema,
  ProcessProps as ProcessPropsSchema,
  ThreatModel,
} from "../../../../../domain/schema";
import { buildModel, entity, flow, internalCaller, internetUser, proc, store } from "../test-utils";

/**
 * Why a counter-model is silent: either the protection that closes the threat is recorded, or
 * the threat's premise (what an attacker needs) is absent from the drawing.
 */
export type SilentBecause = `protection present: ${string}` | `premise absent: ${string}`;

/**
 * One case per AI rule: a small model where it must fire (a finding, not a question) and a
 * near-identical one where it must stay silent (no finding and no question). The two differ in
 * the fact that closes the threat, so each case also documents what turns it off.
 */
export interface RuleCase {
  fires: () => ThreatModel;
  /** More models it fires on, keyed by the premise each one exercises (another branch of the rule). */
  alsoFires?: Readonly<Record<string, () => ThreatModel>>;
  /** Names the reason the counter-model is silent; the test is named after it. */
  silentBecause: SilentBecause;
  silent: () => ThreatModel;
}

/** Cases keyed by rule id. */
export type RuleCases = Record<string, RuleCase>;

export type ProcessProps = Partial<ProcessPropsSchema>;
export type StoreProps = Partial<DataStoreProps>;
export type EntityProps = Partial<ExternalEntityProps>;
export type FlowProps = Partial<FlowPropsSchema>;

/** A data provider delivering into a training store that a training job reads. */
export const trainingChain = (providerFlow: FlowProps, trainingData: StoreProps = {}) =>
  buildModel(
    [
      entity("provider", "data-provider"),
      store("train", "training-data-store", trainingData),
      proc("job", "training-job"),
    ],
    [flow("provider", "train", providerFlow), flow("train", "job")],
  );

/** Training data -> job -> registry -> deploy -> endpoint, called by an internet user. */
export const servedFrom = (trainingData: StoreProps) =>
  buildModel(
    [
      store("train", "training-data-store", trainingData),
      proc("job", "training-job"),
      store("registry", "model-registry"),
      proc("deploy", "deployment-pipeline"),
      proc("endpoint", "inference-endpoint"),
      internetUser(),
    ],
    [
      flow("train", "job"),
      flow("job", "registry"),
      flow("registry", "deploy"),
      flow("deploy", "endpoint"),
      flow("user", "endpoint"),
    ],
  );

/** An artifact store whose weights an inference endpoint loads. */
export const servedWeights = (weights: StoreProps) =>
  buildModel(
    [store("weights", "model-artifact-store", weights), proc("endpoint", "inference-endpoint")],
    [flow("weights", "endpoint")],
  );

/** A training job reading `data`. */
export const trainedFrom = (data: ReturnType<typeof store>) =>
  buildModel([data, proc("job", "training-job")], [flow(data.id, "job")]);

/** A deployment pipeline rolling out the version the registry names, with files from `weights`. */
export const registryAndWeights = (registry: StoreProps, weights: StoreProps) =>
  buildModel(
    [
      store("registry", "model-registry", registry),
      store("weights", "model-artifact-store", weights),
      proc("deploy", "deployment-pipeline"),
      proc("endpoint", "inference-endpoint"),
    ],
    [flow("registry", "deploy"), flow("weights", "deploy"), flow("deploy", "endpoint")],
  );

/** A system prompt store an internal LLM application loads its instructions from. */
export const promptedLlm = (prompts: StoreProps) =>
  buildModel(
    [
      internalCaller(),
      store("prompts", "prompt-store", prompts),
      proc("llm", "llm", { internetExposed: "no" }),
    ],
    [flow("internal-app", "llm"), flow("prompts", "llm")],
  );

/** An LLM anyone on the internet calls directly. */
export const internetLlm = (llmProps: ProcessProps = {}) =>
  buildModel([internetUser(), proc("llm", "llm", llmProps)], [flow("user", "llm")]);

/** An LLM only an internal application calls. */
export const internalLlm = (extra: ProcessProps = {}) =>
  buildModel(
    [internalCaller(), proc("llm", "llm", { internetExposed: "no", ...extra })],
    [flow("internal-app", "llm")],
  );

type ElementInput = ReturnType<typeof proc>;

/** One flow from an element in one zone (see `zone`) to an element in another. */
export const zonedFlow = (
  source: ElementInput,
  sourceZone: ElementInput,
  target: ElementInput,
  targetZone: ElementInput,
  props: FlowProps,
) =>
  buildModel(
    [
      sourceZone,
      targetZone,
      { ...source, parentId: sourceZone.id },
      { ...target, parentId: targetZone.id },
    ],
    [flow(source.id, target.id, props)],
  );
