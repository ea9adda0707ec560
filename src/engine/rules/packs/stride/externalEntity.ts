import { is, known } from "../build";
import { base, type StrideRule } from "./base";

/** STRIDE for external entities (chart: S, R). */
export const EXTERNAL_ENTITY: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-EE-S-01",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: is("element", "authenticated", "no"),
    categories: { stride: ["S"] },
    likelihood: 4,
    impact: 3,
    text: {
      title: "Anyone can act as {element}",
      description:
        "Nothing checks that requests claiming to come from this party really do. Whoever can reach the system can send data or commands under its name, and everything downstream will treat them as genuine.",
      mitigations: [
        "Authenticate this party on every request: personal sign-in with a second factor for people, mutual TLS or signed short-lived tokens for systems.",
        "Reject requests without a verifiable identity at the first component they reach, before any business logic runs.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-EE-S-02",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: known("element", "authenticated", "yes"),
    categories: { stride: ["S"] },
    references: { atlas: ["AML.T0012"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Stolen credentials of {element} would still be accepted",
      description:
        "This party is authenticated, so an attacker's shortest path is its credentials: a leaked API key, a phished password or a replayed token passes the same check.",
      mitigations: [
        "Issue short-lived, narrowly scoped credentials and rotate any long-lived key on a schedule.",
        "Alert when the identity is used from an unusual place or at an unusual rate, and make revoking it a one-step operation.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-EE-R-01",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: is("element", "authenticated", "no"),
    categories: { stride: ["R"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "What {element} does cannot be tied to anyone",
      description:
        "This party is not authenticated, so no record can say who sent a given request. When something goes wrong, there is no way to show who caused it, and anyone can deny an action that was in fact theirs.",
      mitigations: [
        "Identify the sender before accepting its requests, then record that identity with every action it triggers.",
        "Keep the records where the system they describe cannot edit them.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-EE-R-02",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: known("element", "authenticated", "yes"),
    categories: { stride: ["R"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Keep an attributable record of what {element} does",
      description:
        "This party is authenticated, but an identity check only settles a dispute if the actions it allowed were recorded, with that identity, somewhere they cannot be rewritten.",
      mitigations: [
        "Log each significant action with the acting identity, time and outcome.",
        "Send those records to an append-only store outside the reach of the components they describe.",
      ],
    },
  },
];
