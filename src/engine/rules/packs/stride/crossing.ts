import { all, is, isIn } from "../build";
import { base, type StrideRule } from "./base";

/** STRIDE at trust boundary crossings, judged per interaction. */
export const TRUST_BOUNDARY_CROSSINGS: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-CROSS-S-01",
    scope: "crossing",
    when: all(is("flow", "trustDirection", "up"), is("flow", "authenticated", "no")),
    categories: { stride: ["S"] },
    chartException:
      "Spoofing is judged per interaction, as the Microsoft tool does at boundary crossings: an unauthenticated flow entering a more trusted zone lets anyone pose as its source.",
    likelihood: 4,
    impact: 4,
    text: {
      title: "{flow} enters {boundary} from a less trusted zone without authentication",
      description:
        "{flow} moves from {source} into {boundary}, a more trusted zone, and is not authenticated. Anything that can send on this path can pose as {source} to {target}.",
      mitigations: [
        "Authenticate the flow at the crossing: mutual TLS, or signed tokens the receiver verifies.",
        "Allow only the intended sender to reach the receiver through the boundary (network policy, allow-lists).",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-CROSS-S-02",
    scope: "crossing",
    when: all(isIn("flow", "trustDirection", ["level", "down"]), is("flow", "authenticated", "no")),
    categories: { stride: ["S"] },
    chartException:
      "Spoofing is judged per interaction at boundary crossings: a flow between zones that does not authenticate lets a compromise in one zone pose as the sender.",
    likelihood: 3,
    impact: 3,
    text: {
      title: "{flow} crosses a trust boundary ({boundary}) without authentication",
      description:
        "{flow} goes from {source} to {target} in another zone that is no more trusted, and is not authenticated. Anyone with a foothold on the path or in either zone can forge what {target} receives in the name of {source}.",
      mitigations: [
        "Authenticate the flow: mutual TLS, or a signature the receiver verifies.",
        "Restrict which components can reach the receiver across the boundary.",
      ],
    },
  },
];
