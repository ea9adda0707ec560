import type { RuleInput } from "../schema";
import { all, is, isNot, known, none, some } from "./build";

/**
 * LINDDUN per element (classic chart, frameworks.md), triggered by personal data:
 * processes and stores that handle it, flows that carry it, external entities that receive it,
 * and, per interaction as in LINDDUN PRO, people who send it.
 *
 * Only the first rule of each element type asks "does it handle personal data?" while that is
 * unknown; the others wait for the answer (`known`), so one unknown is one question, not six.
 */

type LinddunRule = RuleInput & { pack: "linddun" };

const base = { revision: 1, pack: "linddun" } as const;

const handles = is("element", "handlesPersonalData", "yes");
const surelyHandles = known("element", "handlesPersonalData", "yes");
const carries = is("element", "carriesPersonalData", "yes");
const surelyCarries = known("element", "carriesPersonalData", "yes");

const PROCESS: LinddunRule[] = [
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

const DATA_STORE: LinddunRule[] = [
  {
    ...base,
    id: "LINDDUN-STORE-LI-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: handles,
    categories: { linddun: ["L", "I"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Records in {element} can be joined to profile and identify people",
      description:
        "This store keeps personal data. Records sharing an identifier, or enough attributes, can be joined with each other or with outside data to build profiles and re-identify people, even from data believed anonymous.",
      mitigations: [
        "Store pseudonyms and keep the mapping to real identities in a separate, more restricted place.",
        "Remove or generalise quasi-identifiers that no use requires.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-STORE-NR-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(surelyHandles, is("element", "storesLogs", "yes")),
    categories: { linddun: ["Nr"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Logs in {element} tie people to what they did",
      description:
        "This store keeps logs that include personal data, such as request content or caller identities. Together they form a lasting record of what each person did or asked, which can be used against them.",
      mitigations: [
        "Log only what operations and security need from each request; mask or drop request content.",
        "Keep identities apart from content, and restrict and log who may search the logs.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-STORE-D-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: surelyHandles,
    categories: { linddun: ["D"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "A record's presence in {element} says something about a person",
      description:
        "Just knowing that someone appears in this store can reveal a fact about them (a customer, a patient, a user of a service), even when the record itself stays protected.",
      mitigations: [
        "Make lookups give the same response for present and absent people.",
        "Protect the list of who is in the store as well as its contents.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-STORE-DD-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(surelyHandles, is("element", "encryptedAtRest", "no")),
    categories: { linddun: ["DD"] },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Personal data in {element} is readable at rest",
      description:
        "This store keeps personal data without encryption at rest. A copied disk, snapshot or backup exposes every person in it.",
      mitigations: [
        "Encrypt the store and its backups at rest with managed keys.",
        "Keep less: delete or anonymise records once they are no longer needed.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-STORE-DD-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(surelyHandles, known("element", "encryptedAtRest", "yes")),
    categories: { linddun: ["DD"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "Limit who can read the personal data in {element}",
      description:
        "This store is encrypted at rest, but every account and service that can query it reads personal data in the clear.",
      mitigations: [
        "Grant access to personal fields per role and purpose, and review the grants.",
        "Log and monitor reads of personal data, especially bulk exports.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-STORE-NC-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(surelyHandles, { subject: "element", fact: "retentionDays", gt: 365 }),
    categories: { linddun: ["Nc"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "{element} keeps personal data for more than a year",
      description:
        "Personal data in this store is kept longer than a year. Keeping it longer than its purpose needs breaches storage limitation and enlarges every breach.",
      mitigations: [
        "Set retention to what the purpose requires, and delete or anonymise older records automatically.",
        "Document why any longer retention is needed.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-STORE-NC-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(
      surelyHandles,
      { subject: "element", fact: "retentionDays", isNot: null },
      { subject: "element", fact: "retentionDays", lte: 365 },
    ),
    categories: { linddun: ["Nc"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Make sure {element} really deletes personal data on time",
      description:
        "This store has a retention period of a year or less. It protects people only if deletion actually runs, reaches backups and copies, and honours individual deletion requests.",
      mitigations: [
        "Automate deletion and monitor that it runs.",
        "Include backups, replicas and exports in deletion and erasure requests.",
      ],
    },
  },
];

const FLOW: LinddunRule[] = [
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

const EXTERNAL_ENTITY: LinddunRule[] = [
  {
    ...base,
    id: "LINDDUN-EE-LI-01",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: handles,
    categories: { linddun: ["L", "I"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "{element} receives personal data it can link and use to identify people",
      description:
        "Personal data reaches this party, outside the system. It can combine what it receives with its own data to link records and identify people, beyond the purpose it was shared for.",
      mitigations: [
        "Send pseudonymised or aggregated data wherever the recipient does not need identities.",
        "Bind the recipient by agreement not to re-identify people or combine the data.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-INT-U-01",
    scope: "interaction",
    target: { types: ["externalEntity"] },
    when: all(
      is("source", "type", "externalEntity"),
      is("source", "entityKind", "human"),
      is("flow", "carriesPersonalData", "yes"),
    ),
    categories: { linddun: ["U"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "{source} may not know, or control, what happens to the data sent on {flow}",
      description:
        "A person sends personal data on this flow. Without clear information and easy controls, they cannot tell how it is used, correct it, or have it deleted.",
      mitigations: [
        "Tell people, where the data is collected, what it is used for and for how long it is kept.",
        "Give people a way to see, correct, export and delete their data, and to object to uses they did not expect.",
      ],
    },
  },
];

export const LINDDUN_RULES: LinddunRule[] = [
  ...EXTERNAL_ENTITY,
  ...PROCESS,
  ...DATA_STORE,
  ...FLOW,
];
