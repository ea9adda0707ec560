import { type RuleCases, trainingChain } from "./builders";
import { buildModel, entity, flow, internetUser, proc, store } from "../test-utils";

/** Cases for the rules in `../data.ts`. */
export const DATA_CASES: RuleCases = {
  "AI-POISON-01": {
    fires: () => trainingChain({ authenticated: "no" }),
    silent: () => trainingChain({ authenticated: "yes" }),
  },
  "AI-POISON-02": {
    fires: () => trainingChain({ integrityVerified: "no" }),
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
};
