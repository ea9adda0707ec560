import { all, any, is, isIn, isNot, known, knownIn, not, SENSITIVE_CLASSES } from "../build";
import { base, type StrideRule } from "./base";

/** STRIDE for data flows (chart: T, I, D). */
export const FLOW: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-FLOW-T-01",
    scope: "element",
    target: { types: ["flow"] },
    when: all(is("element", "encryptedInTransit", "no"), is("element", "integrityVerified", "no")),
    categories: { stride: ["T"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Data on {flow} can be altered on the way to {target}",
      description:
        "This flow is neither encrypted nor integrity-protected. Anyone on the network path between its ends can change the data, and the receiver cannot tell.",
      mitigations: [
        "Carry the flow over TLS (mutual TLS between services) so the channel protects integrity.",
        "For data that must stay trustworthy beyond the channel, sign it at the sender and verify it at the receiver.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-T-02",
    scope: "element",
    target: { types: ["flow"] },
    when: any(
      known("element", "encryptedInTransit", "yes"),
      known("element", "integrityVerified", "yes"),
    ),
    categories: { stride: ["T"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Protection of {flow} ends where its channel ends",
      description:
        "This flow is protected in transit. Proxies and load balancers that terminate the connection see and could change the data; protection resumes only on the next leg.",
      mitigations: [
        "List where the connection is terminated and make sure each hop re-encrypts.",
        "Sign payloads end to end when the receiver must trust data that crosses intermediaries.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-I-01",
    scope: "element",
    target: { types: ["flow"] },
    when: all(
      is("element", "encryptedInTransit", "no"),
      any(
        is("element", "carriesPersonalData", "yes"),
        isIn("element", "classification", SENSITIVE_CLASSES),
      ),
    ),
    categories: { stride: ["I"] },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Sensitive data on {flow} travels unencrypted",
      description:
        "This flow carries personal or confidential data without encryption. Anyone who can observe the network between its ends, including another tenant or a compromised host, can read it.",
      mitigations: [
        "Encrypt with TLS 1.2 or later, with certificate validation; use mutual TLS between services.",
        "Send only the fields the receiver needs, so less is exposed if a channel fails.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-I-02",
    scope: "element",
    target: { types: ["flow"] },
    when: all(
      is("element", "encryptedInTransit", "no"),
      not(
        any(
          known("element", "carriesPersonalData", "yes"),
          knownIn("element", "classification", SENSITIVE_CLASSES),
        ),
      ),
    ),
    categories: { stride: ["I"] },
    likelihood: 3,
    impact: 2,
    text: {
      title: "{flow} travels in clear text",
      description:
        "This flow is not encrypted. Tokens, identifiers or internal details in it can be read by anyone who can observe the network between its ends.",
      mitigations: [
        "Encrypt the flow with TLS and validate certificates.",
        "Record what the flow carries and how sensitive it is, so its protection can be judged.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-I-03",
    scope: "element",
    target: { types: ["flow"] },
    when: known("element", "encryptedInTransit", "yes"),
    categories: { stride: ["I"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Check how {flow} is encrypted",
      description:
        "This flow is encrypted in transit. It stays private only if old protocol versions are refused, certificates are validated, and the data is not logged in clear where the connection is terminated.",
      mitigations: [
        "Refuse protocol versions below TLS 1.2 and validate certificates (never disable verification).",
        "Keep the payload out of access logs at proxies and gateways.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-D-01",
    scope: "element",
    target: { types: ["flow"] },
    when: any(is("source", "type", "externalEntity"), is("source", "reachableFromInternet", "yes")),
    categories: { stride: ["D"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "{flow} can be flooded or cut off from outside",
      description:
        "This flow starts outside the system or at a component reachable from the internet. Volume sent along it, or disruption of the network path, can starve the receiver.",
      mitigations: [
        "Rate-limit and size-limit what the receiver accepts on this flow.",
        "Put the entry point behind infrastructure that absorbs volumetric attacks, and set timeouts.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-D-02",
    scope: "element",
    target: { types: ["flow"] },
    when: all(
      isNot("source", "type", "externalEntity"),
      known("source", "reachableFromInternet", "no"),
    ),
    categories: { stride: ["D"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "If {flow} stops, {target} goes without",
      description:
        "This flow is internal. A network fault, a full queue or a failure at the sender interrupts it, and the receiver has to cope without that data.",
      mitigations: [
        "Decide what the receiver does when the data is delayed or missing (retry, queue, degrade) and test it.",
        "Monitor the flow for gaps and backlog.",
      ],
    },
  },
];
