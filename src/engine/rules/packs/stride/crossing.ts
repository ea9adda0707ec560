import { all, is, isIn, known, not } from "../build";
import { base, type StrideRule } from "./base";

/** STRIDE at trust boundary crossings, judged per interaction (source -> flow -> target). */
export const TRUST_BOUNDARY_CROSSINGS: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-CROSS-S-01",
    scope: "crossing",
    rootCause: "crossing.unauthenticated",
    supersedes: ["crossing.unvalidated"],
    when: all(is("flow", "trustDirection", "up"), is("flow", "authenticated", "no")),
    categories: { stride: ["S"] },
    chartException:
      "Spoofing is judged per interaction, as the Microsoft tool does at boundary crossings: an unauthenticated flow entering a more trusted zone lets anyone pose as its source.",
    likelihood: 4,
    impact: 4,
    text: {
      title:
        "Data on {flow} enters {boundary} unauthenticated: anyone on the path can forge what {source} sends",
      description:
        "{flow} moves from {source} into {boundary}, a more trusted zone, and is not authenticated. Anything that can send on this path can pose as {source} to {target}.",
      mitigations: [
        "Authenticate {flow} at the crossing: mutual TLS, or signed tokens {target} verifies.",
        "Allow only {source} to reach {target} through the boundary (network policy, allow-lists), and validate what arrives.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-CROSS-S-02",
    scope: "crossing",
    rootCause: "crossing.unauthenticated",
    when: all(
      isIn("flow", "trustDirection", ["level", "down"]),
      known("flow", "authenticated", "no"),
    ),
    categories: { stride: ["S"] },
    chartException:
      "Spoofing is judged per interaction at boundary crossings: a flow between zones that does not authenticate lets a compromise in one zone pose as the sender.",
    likelihood: 2,
    impact: 3,
    text: {
      title: "Data on {flow} crosses into {boundary} without authentication",
      description:
        "{flow} goes from {source} to {target} in another zone that is no more trusted, and is not authenticated. A foothold on the path or in either zone is enough to forge what {target} receives in the name of {source}.",
      mitigations: [
        "Authenticate {flow}: mutual TLS, or a signature {target} verifies.",
        "Restrict which components can reach {target} across the boundary.",
      ],
    },
  },
  {
    ...base,
    revision: 2,
    id: "STRIDE-CROSS-T-01",
    scope: "crossing",
    rootCause: "crossing.unvalidated",
    // The residual form of STRIDE-PROC-T-01 once outsiders are known not to feed the target: the
    // same missing validation, so a decision taken on that finding carries over to this one.
    replaces: [{ rule: "STRIDE-PROC-T-01", on: "target" }],
    target: { types: ["process"] },
    when: all(
      is("flow", "trustDirection", "up"),
      is("target", "type", "process"),
      is("target", "validatesInput", "no"),
      not(known("target", "publicInfluence", "yes")),
      // Where what arrives is training input, its own rules say what is unchecked (poisoned
      // updates at an aggregator, flipped labels at a labelling tool).
      { subject: "target", fact: "mlKind", notIn: ["federated-aggregator", "labeling-tool"] },
    ),
    categories: { stride: ["T"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "Validate what arrives in {boundary} on {flow}",
      description:
        "{flow} carries data from a less trusted zone into {boundary}. Even an authenticated sender can be compromised or mistaken; {target} is the last place where malformed or hostile data can be stopped before trusted components act on it.",
      mitigations: [
        "Validate what {target} receives on {flow} against an explicit schema, and reject what does not fit.",
        "Treat fields from {source} as untrusted when {target} passes them on to queries, commands or prompts.",
      ],
    },
  },
];
