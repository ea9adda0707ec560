import { registryAndWeights, type RuleCases, servedWeights } from "./builders";
import { buildModel, entity, flow, proc, store } from "../test-utils";

/** Cases for the rules in `../model-supply-chain.ts`. */
export const SUPPLY_CHAIN_CASES: RuleCases = {
  "AI-TAMPER-01": {
    fires: () => servedWeights({ integrityVerified: "no" }),
    silentBecause: "protection present: the stored weights are integrity-checked",
    silent: () => servedWeights({ integrityVerified: "yes" }),
  },
  "AI-TAMPER-02": {
    fires: () =>
      buildModel(
        [store("weights", "model-artifact-store"), proc("deploy", "deployment-pipeline")],
        [flow("weights", "deploy", { integrityVerified: "no" })],
      ),
    silentBecause: "protection present: the deployment checks the weights it pulls",
    silent: () =>
      buildModel(
        [store("weights", "model-artifact-store"), proc("deploy", "deployment-pipeline")],
        [flow("weights", "deploy", { integrityVerified: "yes" })],
      ),
  },
  "AI-TAMPER-03": {
    fires: () =>
      buildModel(
        [proc("job", "training-job"), store("registry", "model-registry")],
        [flow("job", "registry", { authenticated: "no" })],
      ),
    silentBecause: "protection present: pushes into the registry are authenticated",
    silent: () =>
      buildModel(
        [proc("job", "training-job"), store("registry", "model-registry")],
        [flow("job", "registry", { authenticated: "yes" })],
      ),
  },
  "AI-TAMPER-04": {
    fires: () => registryAndWeights({}, { integrityVerified: "no" }),
    silentBecause:
      "protection present: the artifact store behind the registry is integrity-checked",
    silent: () => registryAndWeights({}, { integrityVerified: "yes" }),
  },
  "AI-DESER-01": {
    fires: () => servedWeights({ modelFormat: "pickle" }),
    silentBecause: "protection present: weights are stored as safetensors, which carry no code",
    silent: () => servedWeights({ modelFormat: "safetensors" }),
  },
  "AI-SUPPLY-01": {
    fires: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job")],
        [flow("hub", "job", { integrityVerified: "no" })],
      ),
    silentBecause: "protection present: downloads from the hub are integrity-checked",
    silent: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job")],
        [flow("hub", "job", { integrityVerified: "yes" })],
      ),
  },
  "AI-SUPPLY-02": {
    fires: () =>
      buildModel([entity("hub", "model-hub"), proc("job", "training-job")], [flow("hub", "job")]),
    silentBecause: "premise absent: the job trains from in-house data, no hub model",
    silent: () =>
      buildModel(
        [store("train", "training-data-store"), proc("job", "training-job")],
        [flow("train", "job")],
      ),
  },
  "AI-SUPPLY-03": {
    fires: () =>
      buildModel(
        [
          entity("provider", "data-provider"),
          store("train", "training-data-store"),
          proc("job", "training-job", { validatesInput: "no" }),
        ],
        [flow("provider", "train"), flow("train", "job")],
      ),
    silentBecause: "protection present: the job validates the provider's data before training",
    silent: () =>
      buildModel(
        [
          entity("provider", "data-provider"),
          store("train", "training-data-store"),
          proc("job", "training-job", { validatesInput: "yes" }),
        ],
        [flow("provider", "train"), flow("train", "job")],
      ),
  },
  "AI-SUPPLY-04": {
    fires: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job", { executesInputCode: "yes" })],
        [flow("hub", "job")],
      ),
    silentBecause: "protection present: the job does not run code shipped with downloaded models",
    silent: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job", { executesInputCode: "no" })],
        [flow("hub", "job")],
      ),
  },
  "AI-SUPPLY-05": {
    fires: () =>
      buildModel(
        [entity("pypi", "package-index"), proc("job", "training-job")],
        [flow("pypi", "job", { integrityVerified: "no" })],
      ),
    silentBecause: "protection present: package downloads are integrity-checked",
    silent: () =>
      buildModel(
        [entity("pypi", "package-index"), proc("job", "training-job")],
        [flow("pypi", "job", { integrityVerified: "yes" })],
      ),
  },
  "AI-SUPPLY-06": {
    fires: () =>
      buildModel(
        [
          store("images", "container-registry", { integrityVerified: "no" }),
          proc("serve", "inference-endpoint"),
        ],
        [flow("images", "serve")],
      ),
    silentBecause: "protection present: container images are integrity-checked",
    silent: () =>
      buildModel(
        [
          store("images", "container-registry", { integrityVerified: "yes" }),
          proc("serve", "inference-endpoint"),
        ],
        [flow("images", "serve")],
      ),
  },
  "AI-SUPPLY-07": {
    fires: () => servedWeights({ provenance: "publicHub" }),
    silentBecause: "premise absent: the weights are trained in house, not from a public hub",
    silent: () => servedWeights({ provenance: "inHouse" }),
  },
  "AI-TAMPER-05": {
    // Inherent in a store that serving trusts, until integrity is known to be checked.
    fires: () => servedWeights({}),
    silentBecause: "protection present: the weights serving loads are integrity-checked",
    silent: () => servedWeights({ integrityVerified: "yes" }),
  },
  "AI-SBOM-01": {
    // No fact closes it: a job built only from in-house code has nothing to list.
    fires: () =>
      buildModel(
        [entity("pypi", "package-index"), proc("job", "training-job")],
        [flow("pypi", "job")],
      ),
    silentBecause: "premise absent: the job is built only from in-house code",
    silent: () =>
      buildModel(
        [store("repo", null, { provenance: "inHouse" }), proc("job", "training-job")],
        [flow("repo", "job")],
      ),
  },
};
