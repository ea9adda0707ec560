import { all, any, is, known } from "../build";
import { base, handles, surelyHandles, type LinddunRule } from "./base";

/** LINDDUN for data stores with personal data (chart: L, I, Nr, D, DD, Nc). */
export const DATA_STORE: LinddunRule[] = [
  {
    ...base,
    id: "LINDDUN-STORE-LI-01",
    scope: "element",
    rootCause: "store.linkablePersonalData",
    target: { types: ["dataStore"] },
    when: all(surelyHandles, { subject: "element", fact: "inDegree", gte: 2 }),
    categories: { linddun: ["L", "I", "D"] },
    replaces: [{ rule: "LINDDUN-STORE-D-01", on: "element" }],
    likelihood: 3,
    impact: 3,
    text: {
      title: "Personal records from several sources meet in {element}, where they can be joined",
      description:
        "{element} receives personal data from more than one source. Records sharing an identifier, or enough attributes, can be joined to build profiles and re-identify people, and a person's mere presence in the store can reveal something about them.",
      mitigations: [
        "Store pseudonyms in {element} and keep the mapping to real identities in a separate, more restricted place.",
        "Remove or generalise quasi-identifiers that no use requires, and make lookups answer the same for present and absent people.",
      ],
    },
  },
  {
    ...base,
    revision: 2,
    id: "LINDDUN-STORE-NR-01",
    scope: "element",
    rootCause: "store.personalLogs",
    target: { types: ["dataStore"] },
    // Records of what the public asked or did. An audit trail of staff acting in their role is
    // kept to hold them accountable: that is its purpose, not a privacy threat.
    when: all(
      surelyHandles,
      known("element", "storesLogs", "yes"),
      any(known("element", "publicReach", "yes"), known("element", "publicInfluence", "yes")),
    ),
    categories: { linddun: ["Nr"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Logs in {element} keep a lasting record of what each person did",
      description:
        "{element} holds logs that include personal data, such as request content or caller identities. Together they form a record of what each person did or asked, which can be held against them.",
      mitigations: [
        "Log only what operations and security need from each request; mask or drop request content.",
        "Keep identities apart from content, and restrict and log who may search the logs.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-STORE-DD-01",
    scope: "element",
    rootCause: "store.unencrypted",
    target: { types: ["dataStore"] },
    when: all(handles, is("element", "encryptedAtRest", "no")),
    categories: { linddun: ["DD"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Personal data in {element} is readable at rest",
      description:
        "{element} holds personal data and is not encrypted at rest: backups, snapshots and lost disks expose it.",
      mitigations: ["Encrypt {element} at rest with keys held in a key management service."],
    },
  },
  {
    ...base,
    id: "LINDDUN-STORE-NC-01",
    scope: "element",
    rootCause: "store.overRetention",
    target: { types: ["dataStore"] },
    when: all(surelyHandles, { subject: "element", fact: "retentionDays", gt: 365 }),
    categories: { linddun: ["Nc", "L", "D"] },
    replaces: [{ rule: "LINDDUN-STORE-NC-02", on: "element" }],
    likelihood: 3,
    impact: 3,
    text: {
      title: "Personal data in {element} is kept for more than a year",
      description:
        "{element} keeps personal records for longer than a year. Data protection law expects personal data to be kept no longer than its purpose needs; a long history about the same people also builds profiles of their habits and whereabouts (when they are home, what they do), and widens the damage of any breach.",
      mitigations: [
        "Set a retention period for {element} per purpose and delete or anonymise records automatically when it ends, backups included.",
        "Record the purpose and the legal basis for keeping the data that long.",
      ],
    },
  },
];

export const RETIRED_DATA_STORE_IDS = [
  "LINDDUN-STORE-D-01",
  "LINDDUN-STORE-DD-02",
  "LINDDUN-STORE-NC-02",
];
