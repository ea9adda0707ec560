import { all, is, isNot, known } from "../build";
import { base, carries, surelyCarries, type LinddunRule } from "./base";

/** LINDDUN for flows that carry personal data (chart: L, I, Nr, D, DD, Nc). */
export const FLOW: LinddunRule[] = [
  {
    ...base,
    id: "LINDDUN-FLOW-LI-01",
    scope: "element",
    target: { types: ["flow"] },
    when: carries,
    categories: { linddun: ["L", "I"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Identifiers on {flow} let {target} link and identify people",
      description:
        "This flow carries personal data. Identifiers and attributes in it let the receiver, and anyone who can read it, connect requests to one person and find out who they are.",
      mitigations: [
        "Replace direct identifiers with pseudonyms that only the receiver can use.",
        "Send only the attributes the receiver needs.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-FLOW-NR-01",
    scope: "element",
    target: { types: ["flow"] },
    when: all(surelyCarries, known("element", "authenticated", "yes")),
    categories: { linddun: ["Nr"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Each message on {flow} is tied to an identity",
      description:
        "This flow is authenticated and carries personal data, so every message can be attributed to a person afterwards. Where people should be able to act without that lasting proof, it works against them.",
      mitigations: [
        "Authenticate between services rather than per person where personal attribution is not needed.",
        "Keep the caller's identity out of logs that outlive their purpose.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-FLOW-D-01",
    scope: "element",
    target: { types: ["flow"] },
    when: surelyCarries,
    categories: { linddun: ["D"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Observers of {flow} can tell who uses the service",
      description:
        "Even when its content is protected, the timing, size and endpoints of this flow can show that a particular person is using the service, and when.",
      mitigations: [
        "Keep identifiers out of URLs, headers and other metadata that proxies and logs record.",
        "Where the use itself is sensitive, batch or pad the traffic.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-FLOW-DD-01",
    scope: "element",
    target: { types: ["flow"] },
    when: all(surelyCarries, is("element", "encryptedInTransit", "no")),
    categories: { linddun: ["DD"] },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Personal data on {flow} can be read in transit",
      description:
        "This flow carries personal data without encryption. Anyone able to watch the network between its ends reads it.",
      mitigations: [
        "Encrypt the flow with TLS and validate certificates; use mutual TLS between services.",
        "Minimise the personal data the flow carries.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-FLOW-DD-02",
    scope: "element",
    target: { types: ["flow"] },
    when: all(surelyCarries, known("element", "encryptedInTransit", "yes")),
    categories: { linddun: ["DD"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "{target} may receive more personal data than it needs on {flow}",
      description:
        "This flow is encrypted, but the receiver still gets every personal field in it, and exposes them wherever it logs or stores them.",
      mitigations: [
        "Send only the personal fields the receiver uses.",
        "Agree with the receiver's owner how long the data may be kept, and where.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-FLOW-NC-01",
    scope: "element",
    target: { types: ["flow"] },
    when: all(surelyCarries, is("target", "type", "externalEntity")),
    categories: { linddun: ["Nc"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Personal data leaves for {target} on {flow}",
      description:
        "This flow sends personal data outside the system. Sharing with a third party needs a legal basis and an agreement covering the data, and must be disclosed to the people concerned.",
      mitigations: [
        "Put a data processing or sharing agreement in place that covers what is sent.",
        "Record the transfer in the privacy notice and the record of processing, including any transfer abroad.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-FLOW-NC-02",
    scope: "element",
    target: { types: ["flow"] },
    when: all(surelyCarries, isNot("target", "type", "externalEntity")),
    categories: { linddun: ["Nc"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Record why {flow} carries personal data",
      description:
        "This flow moves personal data between components. Each transfer should serve a documented purpose, so that data does not spread beyond it.",
      mitigations: [
        "Document the purpose of this transfer of personal data in the record of processing activities.",
      ],
    },
  },
];
