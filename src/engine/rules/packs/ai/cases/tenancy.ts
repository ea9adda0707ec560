import { internalLlm, type RuleCases } from "./builders";
import { buildModel, proc, store } from "../test-utils";

/** Cases for the rules in `../tenancy.ts`. */
export const TENANCY_CASES: RuleCases = {
  "AI-TENANT-01": {
    fires: () => internalLlm({ multiTenant: "yes" }),
    silent: () => internalLlm({ multiTenant: "no" }),
  },
  "AI-TENANT-02": {
    fires: () => buildModel([store("datasets", "training-data-store", { multiTenant: "yes" })]),
    silent: () => buildModel([store("datasets", "training-data-store", { multiTenant: "no" })]),
  },
  "AI-TENANT-03": {
    fires: () =>
      buildModel([
        proc("train", "training-job", { usesAccelerator: "yes", sharesAccelerator: "yes" }),
      ]),
    silent: () =>
      buildModel([
        proc("train", "training-job", { usesAccelerator: "yes", sharesAccelerator: "no" }),
      ]),
  },
};
