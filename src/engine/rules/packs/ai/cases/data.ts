import { type ProcessProps, type RuleCases, type StoreProps, trainingChain } from "./builders";
import { buildModel, entity, flow, internetUser, proc, store } from "../test-utils";

/** Cases for the rules in `../data.ts`. */
export const DATA_CASES: RuleCases = {
  "AI-POISON-01": {
    fires: () => trainingChain({ authenticated: "no" }),
    silentBecause: "protection present: the provider's deliveries are authenticated",
    silent: () => trainingChain({ authenticated: "yes" }),
  },
  "AI-POISON-02": {
    fires: () => trainingChain({ integrityVerified: "no" }),
    silentBecause: "protection present: the provider's deliveries are integrity-checked",
    silent: () => trainingChain({ integrityVerified: "yes" }),
  },
  "AI-LABEL-01": {
    fires: () =>
      buildModel(
        [
          entity("labelers", "human-reviewer"),
          proc("labels", "labeling-tool", { authenticatesCallers: "no" }),
        ],
        [flow("labelers", "labels")],
      ),
    silentBecause: "protection present: the labeling tool authenticates labelers",
    silent: () =>
      buildModel(
        [
          entity("labelers", "human-reviewer"),
          proc("labels", "labeling-tool", { authenticatesCallers: "yes" }),
        ],
        [flow("labelers", "labels")],
      ),
  },
  "AI-LABEL-02": {
    fires: () =>
      buildModel(
        [
          entity("annotator", "human-reviewer"),
          proc("labels", "labeling-tool", { validatesInput: "no" }),
        ],
        [flow("annotator", "labels")],
      ),
    silentBecause: "protection present: the labeling tool validates submitted labels",
    silent: () =>
      buildModel(
        [
          entity("annotator", "human-reviewer"),
          proc("labels", "labeling-tool", { validatesInput: "yes" }),
        ],
        [flow("annotator", "labels")],
      ),
  },
  "AI-FEATURE-01": {
    fires: () =>
      buildModel(
        [
          proc("etl", "data-pipeline"),
          store("features", "feature-store"),
          proc("endpoint", "inference-endpoint"),
        ],
        [flow("etl", "features", { authenticated: "no" }), flow("features", "endpoint")],
      ),
    silentBecause: "protection present: writes into the feature store are authenticated",
    silent: () =>
      buildModel(
        [
          proc("etl", "data-pipeline"),
          store("features", "feature-store"),
          proc("endpoint", "inference-endpoint"),
        ],
        [flow("etl", "features", { authenticated: "yes" }), flow("features", "endpoint")],
      ),
  },
  "AI-SKEW-01": {
    fires: () =>
      buildModel(
        [proc("endpoint", "inference-endpoint"), store("train", "training-data-store")],
        [flow("endpoint", "train")],
      ),
    silentBecause: "premise absent: no serving output flows back into the training data",
    silent: () =>
      buildModel(
        [proc("etl", "data-pipeline"), store("train", "training-data-store")],
        [flow("etl", "train")],
      ),
  },
  "AI-POISON-03": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          proc("app", null),
          store("train", "training-data-store", { sourcesVetted: "no" }),
        ],
        [flow("user", "app"), flow("app", "train")],
      ),
    silentBecause: "protection present: the training data's sources are vetted",
    silent: () =>
      buildModel(
        [
          internetUser(),
          proc("app", null),
          store("train", "training-data-store", { sourcesVetted: "yes" }),
        ],
        [flow("user", "app"), flow("app", "train")],
      ),
  },
  "AI-SYBIL-01": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          proc("recs", "inference-endpoint"),
          store("clicks", "training-data-store"),
        ],
        [flow("user", "recs", {}, { bidirectional: true }), flow("recs", "clicks")],
      ),
    silentBecause: "premise absent: only employees' interactions are recorded for training",
    silent: () =>
      buildModel(
        [
          entity("analyst", null, { audience: "employees" }),
          proc("recs", "inference-endpoint", { internetExposed: "no" }),
          store("clicks", "training-data-store"),
        ],
        [flow("analyst", "recs", {}, { bidirectional: true }), flow("recs", "clicks")],
      ),
  },
  "AI-FEATURE-02": {
    fires: () => liveFeatures("broad"),
    silentBecause: "protection present: write access to the feature store is restricted",
    silent: () => liveFeatures("restricted"),
  },
  "AI-POISON-04": {
    // Customers' listings reach training through the shop's catalogue; staff-written ones do not
    // make it an outsider's threat.
    fires: () => catalogueTraining(internetUser("customers"), {}),
    silentBecause: "premise absent: only staff write the catalogue the job learns from",
    silent: () =>
      catalogueTraining(entity("staff", null, { entityKind: "human", audience: "employees" }), {
        internetExposed: "no",
      }),
  },
  "AI-POISON-05": {
    // Inherent in records from a third party, until they are known to be vetted.
    fires: () => trainingChain({}),
    silentBecause: "protection present: the provider's records are vetted before training",
    silent: () => trainingChain({}, { sourcesVetted: "yes" }),
  },
  "AI-EVAL-01": {
    fires: () => evaluation(flow("evaluator", "job")),
    silentBecause: "premise absent: the evaluator's scores do not feed training",
    silent: () => evaluation(flow("job", "evaluator")),
  },
};

/** Features written by a pipeline and read by an endpoint at prediction time. */
function liveFeatures(writeAccess: StoreProps["writeAccess"]) {
  return buildModel(
    [
      proc("etl", "data-pipeline"),
      store("features", "feature-store", { writeAccess }),
      proc("endpoint", "inference-endpoint"),
    ],
    [flow("etl", "features"), flow("features", "endpoint")],
  );
}

/** Listings written through a shop into its catalogue, which a training job learns from. */
function catalogueTraining(writer: ReturnType<typeof entity>, shop: ProcessProps) {
  return buildModel(
    [writer, proc("shop", null, shop), store("catalogue", null), proc("job", "training-job")],
    [flow(writer.id, "shop"), flow("shop", "catalogue"), flow("catalogue", "job")],
  );
}

/** An evaluator scoring an LLM's answers, with `link` between it and the training job. */
function evaluation(link: ReturnType<typeof flow>) {
  return buildModel(
    [proc("llm", "llm"), proc("evaluator", null), proc("job", "training-job")],
    [flow("llm", "evaluator"), link],
  );
}
