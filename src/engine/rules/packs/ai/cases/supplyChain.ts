import { type RuleCases, servedWeights } from "./builders";
import { buildModel, entity, flow, proc, store } from "../test-utils";

/** Cases for the rules in `../model-supply-chain.ts`. */
export const SUPPLY_CHAIN_CASES: RuleCases = {
  "AI-TAMPER-01": {
    fires: () =>
      buildModel([store("weights", "model-artifact-store", { integrityVerified: "no" })]),
    silent: () =>
      buildModel([store("weights", "model-artifact-store", { integrityVerified: "yes" })]),
  },
  "AI-TAMPER-02": {
    fires: () =>
      buildModel(
        [store("weights", "model-artifact-store"), proc("deploy", "deployment-pipeline")],
        [flow("weights", "deploy", { integrityVerified: "no" })],
      ),
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
    silent: () =>
      buildModel(
        [proc("job", "training-job"), store("registry", "model-registry")],
        [flow("job", "registry", { authenticated: "yes" })],
      ),
  },
  "AI-TAMPER-04": {
    fires: () =>
      buildModel([
        store("registry", "model-registry"),
        store("weights", "model-artifact-store", { integrityVerified: "no" }),
      ]),
    silent: () =>
      buildModel([
        store("registry", "model-registry"),
        store("weights", "model-artifact-store", { integrityVerified: "yes" }),
      ]),
  },
  "AI-DESER-01": {
    fires: () => servedWeights({ modelFormat: "pickle" }),
    silent: () => servedWeights({ modelFormat: "safetensors" }),
  },
  "AI-SUPPLY-01": {
    fires: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job")],
        [flow("hub", "job", { integrityVerified: "no" })],
      ),
    silent: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job")],
        [flow("hub", "job", { integrityVerified: "yes" })],
      ),
  },
  "AI-SUPPLY-02": {
    fires: () =>
      buildModel([entity("hub", "model-hub"), proc("job", "training-job")], [flow("hub", "job")]),
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
    fires: () =>
      buildModel([store("weights", "model-artifact-store", { provenance: "publicHub" })]),
    silent: () => buildModel([store("weights", "model-artifact-store", { provenance: "inHouse" })]),
  },
  "AI-TAMPER-05": {
    // Inherent in a store that serving trusts, until integrity is known to be checked.
    fires: () => servedWeights({}),
    silent: () => servedWeights({ integrityVerified: "yes" }),
  },
  "AI-SBOM-01": {
    // No fact closes it: a job built only from in-house code has nothing to list.
    fires: () =>
      buildModel(
        [entity("pypi", "package-index"), proc("job", "training-job")],
        [flow("pypi", "job")],
      ),
    silent: () =>
      buildModel(
        [store("repo", null, { provenance: "inHouse" }), proc("job", "training-job")],
        [flow("repo", "job")],
      ),
  },
};
