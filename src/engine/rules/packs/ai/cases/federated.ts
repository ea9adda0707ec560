import { type RuleCases } from "./builders";
import { buildModel, entity, flow, proc, store } from "../test-utils";

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
    silentBecause: "protection present: the aggregator screens updates",
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
    silentBecause: "protection present: clients authenticate to the aggregator",
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
    silentBecause: "premise absent: the device only downloads the global model, sending no updates",
    silent: () => federation(flow("aggregator", "client")),
  },
  "AI-FL-04": {
    fires: () => federation(flow("client", "aggregator", {}, { bidirectional: true })),
    silentBecause: "premise absent: members never receive the global model's weights",
    silent: () => federationForOperator(),
  },
  "AI-FL-05": {
    fires: () => federation(flow("client", "aggregator", {}, { bidirectional: true })),
    silentBecause: "premise absent: the aggregator sends nothing back to the members",
    silent: () => federationForOperator(),
  },
};

/** A federated client and its aggregator, joined by `link`. */
function federation(link: ReturnType<typeof flow>) {
  return buildModel(
    [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
    [link],
  );
}

/**
 * Members send updates; the global model goes into the operator's registry, and nothing is sent
 * back to the members (they use the operator's service, not the weights).
 */
function federationForOperator() {
  return buildModel(
    [
      entity("client", "federated-client"),
      proc("aggregator", "federated-aggregator"),
      store("registry", "model-registry"),
    ],
    [flow("client", "aggregator"), flow("aggregator", "registry")],
  );
}
