import { all, any, is, isIn, SENSITIVE_CLASSES } from "../build";
import { base, type StrideRule } from "./base";

/**
 * STRIDE for data flows (chart: T, I, D). A flow without encryption is one root cause,
 * "flow.clearText": readable (I) and, unless integrity is protected some other way, alterable (T)
 * — one finding, with the privacy view of the same gap (LINDDUN DD) folded in.
 */
const exposedPath = any(
  is("element", "crossesBoundary", true),
  is("element", "overPublicNetwork", "yes"),
);
const sensitive = any(
  is("element", "carriesPersonalData", "yes"),
  isIn("element", "classification", SENSITIVE_CLASSES),
);

export const FLOW: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-FLOW-I-01",
    scope: "element",
    rootCause: "flow.clearText",
    target: { types: ["flow"] },
    when: all(is("element", "encryptedInTransit", "no"), sensitive),
    categories: { stride: ["I"] },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Sensitive data on {flow} travels unencrypted",
      description:
        "{flow} carries personal or confidential data without encryption. Anyone who can observe the network between {source} and {target}, including another tenant or a compromised host, can read it.",
      mitigations: [
        "Encrypt {flow} with TLS 1.2 or later, with certificate validation; use mutual TLS between services.",
        "Send only the fields {target} needs, so less is exposed if a channel fails.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-I-02",
    scope: "element",
    rootCause: "flow.clearText",
    target: { types: ["flow"] },
    // Whatever it carries: when it is also sensitive, STRIDE-FLOW-I-01 speaks for the merged finding.
    when: all(is("element", "encryptedInTransit", "no"), exposedPath),
    categories: { stride: ["I"] },
    likelihood: 3,
    impact: 2,
    text: {
      title: "Data on {flow} crosses a boundary in clear text",
      description:
        "{flow} leaves its zone (or travels over a network you do not control) without encryption. Tokens, identifiers or internal details in it can be read by anyone on the path between {source} and {target}.",
      mitigations: [
        "Encrypt {flow} with TLS and validate certificates.",
        "Record what {flow} carries and how sensitive it is, so its protection can be judged.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-T-01",
    scope: "element",
    rootCause: "flow.clearText",
    target: { types: ["flow"] },
    when: all(
      is("element", "encryptedInTransit", "no"),
      is("element", "integrityVerified", "no"),
      exposedPath,
    ),
    categories: { stride: ["T"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Data on {flow} can be altered on the way to {target}",
      description:
        "{flow} crosses a trust boundary or an uncontrolled network and is neither encrypted nor integrity-protected. Anyone on the path between {source} and {target} can change the data, and {target} cannot tell.",
      mitigations: [
        "Carry {flow} over TLS (mutual TLS between services) so the channel protects integrity.",
        "For data that must stay trustworthy beyond the channel, sign it at {source} and verify it at {target}.",
      ],
    },
  },
];

export const RETIRED_FLOW_IDS = [
  "STRIDE-FLOW-T-02",
  "STRIDE-FLOW-I-03",
  "STRIDE-FLOW-D-01",
  "STRIDE-FLOW-D-02",
];
