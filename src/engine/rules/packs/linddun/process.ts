import { all, none, some } from "../build";
import { base, handles, surelyHandles, type LinddunRule } from "./base";

/** LINDDUN for processes that handle personal data (chart: L, I, Nr, D, DD, Nc). */
export const PROCESS: LinddunRule[] = [
  {
    ...base,
    id: "LINDDUN-PROC-LI-01",
    scope: "element",
    target: { types: ["process"] },
    when: handles,
    categories: { linddun: ["L", "I"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "{element} can link records to one person and single them out",
      description:
        "This process handles personal data. Stable identifiers, or enough attributes taken together, let it (or anyone with its data) connect a person's records across requests and sources and work out who they are.",
      mitigations: [
        "Use per-purpose pseudonyms instead of global identifiers such as e-mail addresses or account numbers.",
        "Drop or coarsen attributes the processing does not need (exact timestamps, precise location, free text).",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-PROC-NR-01",
    scope: "element",
    target: { types: ["process"] },
    when: surelyHandles,
    categories: { linddun: ["Nr"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "What people do through {element} can be held against them",
      description:
        "This process handles personal data. Signed requests, detailed logs or receipts can prove later that a person did something, where they might reasonably expect to be able to deny it (a sensitive query, a report, a vote).",
      mitigations: [
        "Decide which actions need proof of who did them, and keep identifying detail out of the rest.",
        "Separate operational logs from identities, or aggregate them, where accountability is not the goal.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-PROC-D-01",
    scope: "element",
    target: { types: ["process"] },
    when: surelyHandles,
    categories: { linddun: ["D"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "The behaviour of {element} can reveal that a person is known to it",
      description:
        "Differences in the answers, errors or timing of this process can tell an observer whether a given person has an account or a record, without reading any data.",
      mitigations: [
        "Answer the same way, in about the same time, whether or not a record exists.",
        "Rate-limit lookups that take an identifier, to slow down probing.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-PROC-DD-01",
    scope: "element",
    target: { types: ["process"] },
    when: all(surelyHandles, some({ from: "downstream", target: { types: ["externalEntity"] } })),
    categories: { linddun: ["DD"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} passes personal data to {other}, outside the system",
      description:
        "This process handles personal data and sends data to an external party. Unless the fields are limited to what that party needs, personal data leaves the organisation's control.",
      mitigations: [
        "List the personal fields sent to the external party and remove those it does not need.",
        "Pseudonymise or aggregate before the data leaves, and have an agreement with the recipient that covers it.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-PROC-DD-02",
    scope: "element",
    target: { types: ["process"] },
    when: all(surelyHandles, none({ from: "downstream", target: { types: ["externalEntity"] } })),
    categories: { linddun: ["DD"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "{element} may pass on more personal data than its recipients need",
      description:
        "This process handles personal data. Components that receive its output get whatever it forwards; each extra field is exposed wherever they log, cache or store it.",
      mitigations: [
        "Forward only the personal fields each recipient uses.",
        "Mask personal data in logs and caches.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-PROC-NC-01",
    scope: "element",
    target: { types: ["process"] },
    when: surelyHandles,
    categories: { linddun: ["Nc"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "Record why {element} processes personal data",
      description:
        "This process handles personal data. Data protection law expects a stated purpose and legal basis for each processing activity, and processing beyond that purpose is a breach even without any attack.",
      mitigations: [
        "Add this processing to the record of processing activities, with its purpose, legal basis and the data categories it uses.",
        "Check that new uses of the data fit the stated purpose before they ship.",
      ],
    },
  },
];
