import { all, any, is, isIn, known, knownIn, not, SENSITIVE_CLASSES } from "../build";
import { base, type StrideRule } from "./base";

/** STRIDE for data stores (chart: T, I, D; R when the store holds logs). */
export const DATA_STORE: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-STORE-T-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: is("element", "integrityVerified", "no"),
    categories: { stride: ["T"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Records in {element} can be changed without anyone noticing",
      description:
        "Nothing verifies the integrity of this store. Anyone who gains write access, or a buggy writer, can alter its contents, and the components that read it will trust the result.",
      mitigations: [
        "Restrict write access to the components that must write, each with its own credentials.",
        "Sign or checksum what is written and verify it on read, or keep versioned, immutable copies.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-T-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: known("element", "integrityVerified", "yes"),
    categories: { stride: ["T"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Integrity checks on {element} depend on who holds the keys",
      description:
        "The integrity of this store is verified. That only helps while readers really check it and the signing keys or checksums are out of reach of whoever can write the data.",
      mitigations: [
        "Make readers reject data whose check fails, and alert when that happens.",
        "Keep signing keys in a separate key store, away from the writers.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-R-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(is("element", "storesLogs", "yes"), is("element", "integrityVerified", "no")),
    categories: { stride: ["R"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "The logs in {element} can be edited or deleted without trace",
      description:
        "This store holds logs or audit records, and their integrity is not protected. An intruder can remove the traces of what they did, and anyone can dispute records that nothing proves untouched.",
      mitigations: [
        "Make the store append-only for writers (write-once storage, object lock, or a separate log service).",
        "Chain or sign log entries and ship copies to a second location with separate credentials.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-R-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(is("element", "storesLogs", "yes"), known("element", "integrityVerified", "yes")),
    categories: { stride: ["R"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Keep the audit records in {element} complete and retained",
      description:
        "This store holds logs and protects their integrity. They still settle disputes only if every relevant action is logged and kept for as long as it may be questioned.",
      mitigations: [
        "Check that the writing components log identity, action and outcome for every significant action.",
        "Set a retention period that covers investigation and legal needs, and alert when logging stops.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(
      is("element", "encryptedAtRest", "no"),
      any(
        is("element", "containsPersonalData", "yes"),
        isIn("element", "classification", SENSITIVE_CLASSES),
      ),
    ),
    categories: { stride: ["I"] },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Sensitive data in {element} is stored in the clear",
      description:
        "This store holds personal or confidential data and is not encrypted at rest. A copied disk, snapshot or backup, or direct access to the storage layer, exposes all of it.",
      mitigations: [
        "Encrypt at rest with keys held in a key management service, separately from the data.",
        "Encrypt its backups and snapshots too, and restrict who can read the keys.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(
      is("element", "encryptedAtRest", "no"),
      not(
        any(
          known("element", "containsPersonalData", "yes"),
          knownIn("element", "classification", SENSITIVE_CLASSES),
        ),
      ),
    ),
    categories: { stride: ["I"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "{element} is not encrypted at rest",
      description:
        "This store is not encrypted at rest. Copies of its disks, snapshots or backups can be read by anyone who gets hold of them.",
      mitigations: [
        "Turn on encryption at rest for the store and its backups.",
        "Record how sensitive the stored data is, so its protection can be judged.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-03",
    scope: "element",
    target: { types: ["dataStore"] },
    when: known("element", "encryptedAtRest", "yes"),
    categories: { stride: ["I"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Encryption at rest does not stop readers of {element}",
      description:
        "This store is encrypted at rest, which protects lost disks and backups. Anyone with a valid account, or a compromised service that can query it, still reads everything in plain form.",
      mitigations: [
        "Grant read access per component and per purpose, and review it regularly.",
        "Log reads and alert on bulk exports.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-04",
    scope: "element",
    target: { types: ["dataStore"] },
    when: is("element", "storesCredentials", "yes"),
    categories: { stride: ["I"] },
    references: { atlas: ["AML.T0055"] },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Secrets kept in {element} open doors to other systems",
      description:
        "This store keeps credentials or secrets. Whoever reads it gains access not only to this data but to every system those secrets unlock.",
      mitigations: [
        "Move the secrets to a dedicated secrets manager, and store references instead.",
        "Hash passwords with a slow, salted algorithm, and make every stored key short-lived and easy to rotate.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-D-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: is("element", "reachableFromInternet", "yes"),
    categories: { stride: ["D"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Traffic from the internet can fill or lock {element}",
      description:
        "Data that starts on the internet reaches this store within a couple of hops. Floods of writes, oversized records or expensive queries can exhaust its storage or connections.",
      mitigations: [
        "Bound record sizes and write rates, and set quotas per writer.",
        "Monitor capacity and alert well before it runs out.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-D-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: known("element", "reachableFromInternet", "no"),
    categories: { stride: ["D"] },
    likelihood: 1,
    impact: 4,
    text: {
      title: "Losing {element} stops everything that depends on it",
      description:
        "This store is internal, but its deletion, corruption or an outage would stop the components that read it.",
      mitigations: [
        "Back up the store, keep a copy under separate credentials, and test restoring it.",
        "Protect it against accidental deletion (deletion protection, soft delete).",
      ],
    },
  },
];
