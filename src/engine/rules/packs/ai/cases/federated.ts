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
  // AI-FL-03, -04 and -05 hinge on nothing but which way updates and models travel: no
  // protection (secure aggregation, differential privacy) can be recorded to close them.
  "AI-FL-03": {
    // Updates are computed from the client's data, whatever the flow is said to carry.
    fires: () => federation(flow("client", "aggregator", { carriesPersonalData: "no" })),
    silent: () => federation(flow("aggregator", "client")),
  },
  "AI-FL-04": {
    fires: () => federation(flow("client", "aggregator", {}, { bidirectional: true })),
    silent: () => federation(flow("client", "aggregator")),
  },
  "AI-FL-05": {
    fires: () => federation(flow("aggregator", "client")),
    silent: () => federation(flow("client", "aggregator")),
  },
};

/** A federated client and its aggregator, joined by `link`. */
function federation(link: ReturnType<typeof flow>) {
  return buildModel(
    [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
    [link],
  );
}
