import { internalLlm, type ProcessProps, type RuleCases, trainedFrom } from "./builders";
import { buildModel, flow, proc, store } from "../test-utils";

/** Cases for the rules in `../tenancy.ts`. */
export const TENANCY_CASES: RuleCases = {
  "AI-TENANT-01": {
    fires: () => internalLlm({ multiTenant: "yes" }),
    silentBecause: "premise absent: the LLM serves one tenant",
    silent: () => internalLlm({ multiTenant: "no" }),
  },
  "AI-TENANT-04": {
    fires: () => sharedAgent("yes"),
    silentBecause: "premise absent: the agent works for one tenant",
    silent: () => sharedAgent("no"),
  },
  "AI-TENANT-02": {
    fires: () => trainedFrom(store("datasets", "training-data-store", { multiTenant: "yes" })),
    silentBecause: "premise absent: the data sets belong to one tenant",
    silent: () => trainedFrom(store("datasets", "training-data-store", { multiTenant: "no" })),
  },
  "AI-TENANT-03": {
    fires: () => gpuTraining("yes"),
    silentBecause: "protection present: the job has its accelerator to itself",
    silent: () => gpuTraining("no"),
  },
};

/** An agent calling a tool, shared by tenants or not. */
function sharedAgent(multiTenant: ProcessProps["multiTenant"]) {
  return buildModel(
    [proc("agent", "agent", { multiTenant }), proc("crm", "agent-tool")],
    [flow("agent", "crm")],
  );
}

/** A training job on GPUs, reading its data set. */
function gpuTraining(sharesAccelerator: ProcessProps["sharesAccelerator"]) {
  return buildModel(
    [
      store("datasets", "training-data-store"),
      proc("train", "training-job", { usesAccelerator: "yes", sharesAccelerator }),
    ],
    [flow("datasets", "train")],
  );
}
