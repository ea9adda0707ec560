import { all, any, is, isIn, known, not, SENSITIVE_CLASSES, some } from "../build";
import { base, type StrideRule } from "./base";

const holdsSensitiveData = any(
  is("element", "containsPersonalData", "yes"),
  isIn("element", "classification", SENSITIVE_CLASSES),
);

/** STRIDE for data stores (chart: T, I, D; R when the store holds logs). */
export const DATA_STORE: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-STORE-T-01",
    scope: "element",
    rootCause: "store.tampering",
    target: { types: ["dataStore"] },
    when: any(
      // Said not to be verified: a finding whatever the store holds (its readers trust it).
      known("element", "integrityVerified", "no"),
      // Unknown: asked only where the content matters.
      all(
        is("element", "integrityVerified", "no"),
        any(
          isIn("element", "classification", SENSITIVE_CLASSES),
          is("element", "writeAccess", "broad"),
        ),
      ),
    ),
    categories: { stride: ["T"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Records in {element} can be changed without anyone noticing",
      description:
        "Nothing verifies the integrity of {element}. Anyone who gains write access, or a buggy writer, can alter what it holds (records, files, images), and whatever reads it will trust the result.",
      mitigations: [
        "Restrict write access to {element} to the components that must write, each with its own credentials.",
        "Sign or checksum what is written and verify it on read, or keep versioned, immutable copies.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-T-03",
    scope: "element",
    rootCause: "store.unverifiedDistribution",
    // The same gap as any unverified store, with its consequence: say it once, this way.
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"] },
    when: all(
      is("element", "integrityVerified", "no"),
      // Systems on the customers' side (devices, installed apps) take what the store serves.
      some({
        from: "downstream",
        of: "element",
        hops: 1,
        target: { types: ["externalEntity"] },
        where: all(
          known("other", "entityKind", "system"),
          isIn("other", "audience", ["customers", "anonymous"]),
        ),
      }),
    ),
    categories: { stride: ["T", "E"] },
    chartException:
      "Elevation is rated on the store because what it serves runs on every system that takes it: write access to the store becomes control of those systems.",
    likelihood: 4,
    impact: 5,
    text: {
      title:
        "What {element} serves reaches {other} unverified: whoever can write it controls them all",
      description:
        "Systems on the customers' side ({other}) take what {element} serves, and nothing verifies who produced it (a checksum stored beside a file proves nothing once the file can be replaced). Whoever can write {element} (a leaked key, an over-broad role, a compromised release job) changes what every one of them receives at once; where that is firmware, software or configuration, it is code execution across the whole fleet.",
      mitigations: [
        "Sign what {element} serves with a key kept offline or in an HSM, and have {other} refuse anything whose signature does not verify, before installing it.",
        "Protect against rollback: {other} accept only versions newer than the one they run, and the signing key can be rotated through a signed update.",
        "Let only the release job write {element}, keep versions immutable, and roll updates out in stages with an automatic stop on failures.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-R-01",
    scope: "element",
    rootCause: "store.logTampering",
    // In a log store, changed records are erased evidence: said once, in those words.
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"] },
    when: all(known("element", "storesLogs", "yes"), is("element", "integrityVerified", "no")),
    categories: { stride: ["R"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "The logs in {element} can be edited or deleted without trace",
      description:
        "{element} holds logs or audit records, and nothing protects their integrity. Someone who wants to deny an action, or hide an intrusion, can remove or rewrite the entries that would show it.",
      mitigations: [
        "Make the logs in {element} append-only (write-once storage, object lock) and ship a copy to a separate account.",
        "Chain or sign log entries so that gaps and edits are detectable.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-01",
    scope: "element",
    rootCause: "store.unencrypted",
    target: { types: ["dataStore"] },
    when: all(is("element", "encryptedAtRest", "no"), holdsSensitiveData),
    categories: { stride: ["I"] },
    replaces: [{ rule: "STRIDE-STORE-I-02", on: "element" }],
    likelihood: 3,
    impact: 4,
    text: {
      title: "Sensitive data in {element} is stored unencrypted",
      description:
        "{element} holds personal or confidential data and is not encrypted at rest. Backups, snapshots, lost disks or a misconfigured bucket expose it in readable form.",
      mitigations: [
        "Encrypt {element} at rest with keys held in a key management service, separate from the data's administrators.",
        "Encrypt its backups and snapshots too, and keep only the fields that are needed.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-04",
    scope: "element",
    rootCause: "store.holdsSecrets",
    target: { types: ["dataStore"] },
    when: known("element", "storesCredentials", "yes"),
    categories: { stride: ["I"] },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Secrets kept in {element} open doors to other systems",
      description:
        "{element} keeps credentials or secrets. Whoever reads it gains access not only to this data but to every system those secrets unlock.",
      mitigations: [
        "Move the secrets to a dedicated secrets manager, and store references in {element} instead.",
        "Hash passwords with a slow, salted algorithm, and make every stored key short-lived and easy to rotate.",
      ],
    },
  },
  {
    ...base,
    revision: 2,
    id: "STRIDE-STORE-D-01",
    scope: "element",
    rootCause: "store.floodable",
    claims: ["outsiderAccess", "unlimitedAccess"],
    target: { types: ["dataStore"] },
    // Outsiders write to it (their data reaches it) through a process on the way, with nothing
    // limiting their request rate. A store drawn as written straight from an entity records data
    // about people (entered by staff who are not drawn); it is not a way in for them.
    when: all(
      is("element", "publicUnlimitedReach", "yes"),
      is("element", "publicInfluence", "yes"),
      some({
        from: "upstream",
        hops: 1,
        target: { types: ["process"] },
        where: all(
          is("other", "publicUnlimitedReach", "yes"),
          not(known("other", "rateLimited", "yes")),
        ),
      }),
    ),
    categories: { stride: ["D"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Outsiders can fill {element}: nothing on the way limits what they write",
      description:
        "What {exposure} send ends up written to {element}, with nothing on the way limiting their rate. Floods of writes, oversized records or expensive queries can exhaust its storage or connections.",
      mitigations: [
        "Bound record sizes and write rates into {element}, and set quotas per writer.",
        "Monitor its capacity and alert well before it runs out.",
      ],
    },
  },
];

export const RETIRED_DATA_STORE_IDS = [
  "STRIDE-STORE-T-02",
  "STRIDE-STORE-R-02",
  "STRIDE-STORE-I-02",
  "STRIDE-STORE-I-03",
  "STRIDE-STORE-D-02",
];
