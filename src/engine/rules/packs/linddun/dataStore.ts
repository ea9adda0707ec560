import { all, is, known } from "../build";
import { base, handles, surelyHandles, type LinddunRule } from "./base";

/** LINDDUN for data stores with personal data (chart: L, I, Nr, D, DD, Nc). */
export const DATA_STORE: LinddunRule[] = [
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
