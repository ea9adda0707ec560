import { type RuleCases } from "./builders";
import { buildModel, entity, flow, proc } from "../test-utils";

/** Cases for the rules in `../federated.ts`. */
export const FEDERATED_CASES: RuleCases = {
  "AI-FL-01": {
    fires: () =>
      buildModel(
        [
          entity("client", "federated-client"),
          proc("aggregator", "federated-aggregator", { validatesInput: "no" }),
        ],
        [flow("client", "aggregator")],
      ),
    silent: () =>
      buildModel(
        [
          entity("client", "federated-client"),
          proc("aggregator", "federated-aggregator", { validatesInput: "yes" }),
        ],
        [flow("client", "aggregator")],
      ),
  },
  "AI-FL-02": {
    fires: () =>
      buildModel(
        [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
        [flow("client", "aggregator", { authenticated: "no" })],
      ),
    silent: () =>
      buildModel(
        [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
        [flow("client", "aggregator", { authenticated: "yes" })],
      ),
  },
  "AI-FL-03": {
    fires: () =>
      buildModel(
        [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
        [flow("client", "aggregator", { carriesPersonalData: "yes" })],
      ),
    silent: () =>
      buildModel(
        [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
        [flow("client", "aggregator", { carriesPersonalData: "no" })],
      ),
  },
};
