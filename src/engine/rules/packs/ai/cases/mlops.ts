import { type ProcessProps, type RuleCases, servedWeights, zonedFlow } from "./builders";
import { buildModel, flow, proc, store, zone } from "../test-utils";

/** Cases for the rules in `../mlops.ts`. */
export const MLOPS_CASES: RuleCases = {
  "AI-REPRO-01": {
    fires: () =>
      buildModel(
        [proc("train", "training-job"), store("weights", "model-artifact-store")],
        [flow("train", "weights")],
      ),
    silentBecause: "protection present: every training run is recorded in an experiment tracker",
    silent: () =>
      buildModel(
        [
          proc("train", "training-job"),
          store("weights", "model-artifact-store"),
          proc("tracker", "experiment-tracker"),
        ],
        [flow("train", "weights"), flow("train", "tracker")],
      ),
  },
  "AI-DEPLOY-01": {
    fires: () =>
      buildModel(
        [store("registry", "model-registry"), proc("deploy", "deployment-pipeline")],
        [flow("registry", "deploy", { authenticated: "no" })],
      ),
    silentBecause: "protection present: what the deployment pipeline receives is authenticated",
    silent: () =>
      buildModel(
        [store("registry", "model-registry"), proc("deploy", "deployment-pipeline")],
        [flow("registry", "deploy", { authenticated: "yes" })],
      ),
  },
  "AI-DEPLOY-02": {
    fires: () =>
      buildModel(
        [proc("deploy", "deployment-pipeline", { validatesInput: "no" }), proc("llm", "llm")],
        [flow("deploy", "llm")],
      ),
    silentBecause: "protection present: the pipeline validates models before rollout",
    silent: () =>
      buildModel(
        [proc("deploy", "deployment-pipeline", { validatesInput: "yes" }), proc("llm", "llm")],
        [flow("deploy", "llm")],
      ),
  },
  "AI-TRAINCRED-01": {
    // The job can read the team's vault of long-lived keys, not only its own data.
    fires: () =>
      buildModel(
        [
          store("train", "training-data-store", { storesCredentials: "no" }),
          store("team-vault", null, { storesCredentials: "yes" }),
          proc("job", "training-job", { runsPrivileged: "no" }),
        ],
        [flow("train", "job"), flow("team-vault", "job")],
      ),
    silentBecause:
      "premise absent: the unprivileged job reads only its training data, which holds no credentials",
    silent: () =>
      buildModel(
        [
          store("train", "training-data-store", { storesCredentials: "no" }),
          proc("job", "training-job", { runsPrivileged: "no" }),
        ],
        [flow("train", "job")],
      ),
  },
  "AI-EXPTRACK-01": {
    fires: () => trackedTraining({ authenticatesCallers: "no" }),
    silentBecause: "protection present: the tracker authenticates callers",
    silent: () => trackedTraining({ authenticatesCallers: "yes" }),
  },
  "AI-THEFT-01": {
    fires: () => servedWeights({ encryptedAtRest: "no" }),
    silentBecause: "protection present: the weights are encrypted at rest",
    silent: () => servedWeights({ encryptedAtRest: "yes" }),
  },
  "AI-THEFT-02": {
    fires: () =>
      zonedFlow(
        store("weights", "model-artifact-store"),
        zone("zone-registry", "registry", 80),
        proc("endpoint", "inference-endpoint"),
        zone("zone-inference", "inference", 60),
        { encryptedInTransit: "no" },
      ),
    silentBecause: "protection present: the weights travel encrypted",
    silent: () =>
      zonedFlow(
        store("weights", "model-artifact-store"),
        zone("zone-registry", "registry", 80),
        proc("endpoint", "inference-endpoint"),
        zone("zone-inference", "inference", 60),
        { encryptedInTransit: "yes" },
      ),
  },
  "AI-THEFT-03": {
    // Inherent in stored weights; open weights, published on purpose, are no loss when copied.
    fires: () => servedWeights({}),
    silentBecause: "premise absent: the weights are public (open weights)",
    silent: () => servedWeights({ classification: "public" }),
  },
};

/** A training job logging its runs to an experiment tracker. */
function trackedTraining(tracker: ProcessProps) {
  return buildModel(
    [
      store("train", "training-data-store"),
      proc("job", "training-job"),
      proc("tracker", "experiment-tracker", tracker),
    ],
    [flow("train", "job"), flow("job", "tracker")],
  );
}
