import type { RuleInput } from "../../schema";
import { all, is, some } from "./conditions";

const clientToAggregator = all(
  is("source", "mlKind", "federated-client"),
  is("target", "mlKind", "federated-aggregator"),
);

/** Federated learning: model updates sent by clients the operator does not control. */
export const FEDERATED_RULES: RuleInput[] = [
  {
    id: "AI-FL-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "fl.unscreenedUpdates",
    supersedes: ["process.unvalidatedInput"],
    target: { types: ["process"], mlKinds: ["federated-aggregator"] },
    when: all(
      some({
        from: "upstream",
        of: "element",
        hops: 1,
        target: { mlKinds: ["federated-client"] },
      }),
      is("element", "validatesInput", "no"),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0020", "AML.T0018.000", "AML.M0008"],
      owasp: ["ML02:2023", "ML10:2023"],
      dasf: ["DASF-7.1@2.0"],
      aiExchange: ["owaspai:devmodelpoison"],
      nist: ["NISTAML.026", "NISTAML.011"],
      maestro: ["L1"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} averages updates from {other} without screening them",
      description:
        "{element} folds model updates from clients such as {other} into the global model without checking them. One client, or a handful, can send scaled or crafted gradients that implant a backdoor or degrade accuracy for everyone, and plain averaging does not dilute a deliberately boosted update.",
      mitigations: [
        "Use a robust aggregation rule in {element} (coordinate-wise median, trimmed mean, norm clipping) instead of a plain average.",
        "Compare each update from {other} with the others and the previous round and drop outliers before aggregation.",
        "Evaluate the aggregated model on a trusted server-side set each round and roll back rounds that regress.",
      ],
    },
  },
  {
    id: "AI-FL-02",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "fl.fakeClients",
    supersedes: ["crossing.unauthenticated"],
    when: all(clientToAggregator, is("flow", "authenticated", "no")),
    categories: { stride: ["S", "T"] },
    chartException:
      "Spoofing is rated on the flow because fake clients submit updates under identities the aggregator cannot check.",
    references: {
      atlas: ["AML.T0020", "AML.T0021"],
      owasp: ["ML10:2023"],
      dasf: ["DASF-12.7@2.0"],
      aiExchange: ["owaspai:devmodelpoison"],
      nist: ["NISTAML.026"],
      maestro: ["L1"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Fake clients can join the federation and send updates to {target}",
      description:
        "{target} accepts updates over {flow} without authenticating {source}. An attacker can register many fake clients and outvote honest ones in aggregation, steering the global model.",
      mitigations: [
        "Authenticate every {source} on {flow} with a credential issued at enrolment, ideally bound to device attestation.",
        "Limit how many clients from one origin can take part in a round and how much weight any one client carries.",
      ],
    },
  },
  {
    id: "AI-FL-03",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "fl.gradientLeak",
    // Updates are computed from the client's data: they leak it whatever the flow is labelled.
    when: clientToAggregator,
    categories: { stride: ["I"], linddun: ["DD", "I"] },
    references: {
      owasp: ["ML03:2023"],
      cosai: ["cosai:riskFederatedDistributedTrainingPrivacy"],
      aiExchange: ["owaspai:devdataleak"],
      nist: ["NISTAML.032"],
      maestro: ["L1"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Updates from {source} let {target} reconstruct the client's local data",
      description:
        "{source} sends model updates computed from personal data over {flow}. Individual gradients can be inverted to recover training examples, so whoever operates or compromises {target} can see client data that federated learning was meant to keep local.",
      mitigations: [
        "Use secure aggregation so {target} only ever sees the sum of many clients' updates, never one client's.",
        "Add differential-privacy noise and clip updates on {source} before they are sent.",
        "Require a minimum number of clients per round before any aggregate is released.",
      ],
    },
  },
  {
    id: "AI-FL-04",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "fl.memberInference",
    target: { types: ["process"], mlKinds: ["federated-aggregator"] },
    when: some({ from: "roundTrip", of: "element", target: { mlKinds: ["federated-client"] } }),
    categories: { stride: ["I"], linddun: ["I", "DD"] },
    references: {
      atlas: ["AML.T0024.000", "AML.T0024.001"],
      owasp: ["ML03:2023", "ML04:2023"],
      cosai: ["cosai:riskFederatedDistributedTrainingPrivacy"],
      aiExchange: ["owaspai:modelinversionandmembership"],
      nist: ["NISTAML.033", "NISTAML.034"],
      maestro: ["L1"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title:
        "Every member gets the global model from {element} and can probe it for the others' data",
      description:
        "{element} sends the global model back to each member, such as {other}. A member can query it offline for membership (was this customer in another bank's data?) or properties of the other members' data, with no rate limit and no trace.",
      mitigations: [
        "Train with differential privacy (clipped, noised updates) so the global model limits what it reveals about any member's records.",
        "Share only what members need (predictions through an API instead of the weights) where the use case allows.",
      ],
    },
  },
  {
    id: "AI-FL-05",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "fl.compromisedAggregator",
    target: { types: ["process"], mlKinds: ["federated-aggregator"] },
    when: some({ from: "downstream", of: "element", target: { mlKinds: ["federated-client"] } }),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0018", "AML.T0018.000"],
      owasp: ["ML10:2023"],
      dasf: ["DASF-7.1@2.0"],
      cosai: ["cosai:riskModelDeploymentTampering", "cosai:riskModelSourceTampering"],
      aiExchange: ["owaspai:devmodelpoison"],
      nist: ["NISTAML.026"],
      maestro: ["L1", "L4"],
    },
    likelihood: 2,
    impact: 5,
    text: {
      title: "A compromise of {element} hands a backdoored model to every member at once",
      description:
        "Members such as {other} use what {element} sends back. Whoever controls the aggregation server (an intruder, an insider at the operator) can insert a backdoor into the global model, and every member deploys it at the next round.",
      mitigations: [
        "Sign each global model at {element} with a key held outside the server, and have members verify the signature and evaluate the model on their own holdout before use.",
        "Log and review every change to the aggregation code and configuration of {element}.",
      ],
    },
  },
];
