import { type RuleCases, servedWeights, zonedFlow } from "./builders";
import { buildModel, flow, proc, store, zone } from "../test-utils";

/** Cases for the rules in `../mlops.ts`. */
export const MLOPS_CASES: RuleCases = {
  "AI-DEPLOY-01": {
    fires: () =>
      buildModel(
        [store("registry", "model-registry"), proc("deploy", "deployment-pipeline")],
        [flow("registry", "deploy", { authenticated: "no" })],
      ),
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
    silent: () =>
      buildModel(
        [proc("deploy", "deployment-pipeline", { validatesInput: "yes" }), proc("llm", "llm")],
        [flow("deploy", "llm")],
      ),
  },
  "AI-TRAINCRED-01": {
    fires: () =>
      buildModel(
        [
          store("secrets", null, { storesCredentials: "yes" }),
          proc("job", "training-job", { runsPrivileged: "no" }),
        ],
        [flow("secrets", "job")],
      ),
    silent: () =>
      buildModel(
        [
          store("secrets", null, { storesCredentials: "no" }),
          proc("job", "training-job", { runsPrivileged: "no" }),
        ],
        [flow("secrets", "job")],
      ),
  },
  "AI-EXPTRACK-01": {
    fires: () =>
      buildModel([proc("tracker", "experiment-tracker", { authenticatesCallers: "no" })]),
    silent: () =>
      buildModel([proc("tracker", "experiment-tracker", { authenticatesCallers: "yes" })]),
  },
  "AI-THEFT-01": {
    fires: () => buildModel([store("weights", "model-artifact-store", { encryptedAtRest: "no" })]),
    silent: () =>
      buildModel([store("weights", "model-artifact-store", { encryptedAtRest: "yes" })]),
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
    silent: () => servedWeights({ classification: "public" }),
  },
};
