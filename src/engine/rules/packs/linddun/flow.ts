import { all, any, is, isIn, known, knownIn, not } from "../build";
import { base, carries, surelyCarries, type LinddunRule } from "./base";

/**
 * LINDDUN per flow and interaction (LINDDUN PRO: source -> flow -> target). A flow that reads in
 * clear is the STRIDE finding "flow.clearText", with Data Disclosure among its categories.
 */
/** The end is people working for the organisation or a partner (staff, contractors). */
const atWork = (end: "source" | "target") =>
  all(
    is(end, "type", "externalEntity"),
    known(end, "entityKind", "human"),
    knownIn(end, "audience", ["employees", "partners"]),
  );

/** Who is behind a system that receives personal data without it leaving the organisation's hands. */
const NOT_A_RECIPIENT = ["customers", "anonymous", "internalSystems"];

export const FLOW: LinddunRule[] = [
  {
    ...base,
    id: "LINDDUN-FLOW-DD-01",
    scope: "element",
    rootCause: "flow.clearText",
    target: { types: ["flow"] },
    when: all(carries, is("element", "encryptedInTransit", "no")),
    categories: { linddun: ["DD"] },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Personal data on {flow} can be read in transit",
      description:
        "{flow} carries personal data without encryption; anyone who can observe the network between {source} and {target} can read it.",
      mitigations: ["Encrypt {flow} with TLS and validate certificates."],
    },
  },
  {
    ...base,
    revision: 2,
    id: "LINDDUN-INT-DD-01",
    scope: "interaction",
    rootCause: "personalData.leavesSystem",
    target: { types: ["externalEntity"] },
    when: all(
      is("target", "type", "externalEntity"),
      // A partner's people (an outsourced labelling or support firm) receive it as a processor too;
      // customers' own applications receive their own data; the organisation's own systems
      // (a directory, a core system drawn outside the scope) are not outside the system.
      any(
        all(
          is("target", "entityKind", "system"),
          not(knownIn("target", "audience", NOT_A_RECIPIENT)),
        ),
        known("target", "audience", "partners"),
      ),
      surelyCarries,
    ),
    categories: { linddun: ["DD", "L", "I"] },
    replaces: [
      { rule: "LINDDUN-FLOW-NC-01", on: "flow" },
      { rule: "LINDDUN-PROC-DD-01", on: "source" },
      { rule: "LINDDUN-EE-LI-01", on: "target" },
    ],
    likelihood: 3,
    impact: 4,
    text: {
      title: "Personal data leaves the system for {target} on {flow}",
      description:
        "{flow} hands personal data to {target}, outside the system. Whether it processes the data on your behalf (a SaaS provider, an outsourced service) or for its own purposes, once there the data is handled by its people and systems: unless an agreement limits it, it can be kept longer than needed, combined with other data, used for other purposes or passed on.",
      mitigations: [
        "Send {target} only the fields it needs, pseudonymised or aggregated wherever it does not need identities.",
        "Bind {target} by a processing or sharing agreement (purpose, retention, sub-processors, where the data is kept) and record the transfer.",
      ],
    },
  },
  {
    ...base,
    revision: 2,
    id: "LINDDUN-INT-DD-03",
    scope: "interaction",
    rootCause: "personalData.leavesSystem",
    target: { types: ["externalEntity"] },
    // The same disclosure when the outside party opens a two-way flow and personal data comes back.
    when: all(
      is("source", "type", "externalEntity"),
      is("element", "bidirectional", true),
      any(
        all(
          is("source", "entityKind", "system"),
          not(knownIn("source", "audience", NOT_A_RECIPIENT)),
        ),
        known("source", "audience", "partners"),
      ),
      surelyCarries,
    ),
    categories: { linddun: ["DD", "L", "I"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Personal data leaves the system for {source} on {flow}",
      description:
        "{flow} runs both ways: {target} answers {source}, outside the system, with personal data. Whether it handles the data on your behalf or for its own purposes, once there it is handled by its people and systems: unless an agreement limits it, it can be kept longer than needed, combined with other data, used for other purposes or passed on.",
      mitigations: [
        "Show {source} pseudonymised or redacted records wherever it does not need identities, and only the fields it needs.",
        "Bind {source} by agreement (purpose, retention, no re-identification, sub-processors) and record the transfer.",
      ],
    },
  },
  {
    ...base,
    revision: 2,
    id: "LINDDUN-FLOW-D-01",
    scope: "element",
    rootCause: "flow.observableUse",
    target: { types: ["flow"] },
    // Where using the service is itself telling (health, finance, other special categories).
    // Staff and contractors using it at work reveal their job, not something about themselves.
    when: all(
      surelyCarries,
      known("element", "overPublicNetwork", "yes"),
      known("element", "classification", "restricted"),
      not(atWork("source")),
      not(atWork("target")),
    ),
    categories: { linddun: ["D"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "Observers of {flow} can tell who uses the service",
      description:
        "{flow} carries personal data over a network you do not control. Even encrypted, its timing, size and endpoints show observers that a person uses the service, and how often.",
      mitigations: [
        "Avoid identifying endpoints or query strings in {flow}; pad or batch where use itself is sensitive (health, finance).",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-INT-DD-02",
    scope: "interaction",
    rootCause: "personalData.rowLevelAccess",
    target: { types: ["externalEntity"] },
    when: all(
      is("source", "type", "dataStore"),
      is("target", "type", "externalEntity"),
      is("target", "entityKind", "human"),
      isIn("target", "audience", ["employees", "partners"]),
      surelyCarries,
    ),
    categories: { linddun: ["DD"], stride: ["I"] },
    chartException:
      "Information disclosure is rated on the interaction: people reading records straight from the store see more than their task needs.",
    likelihood: 3,
    impact: 3,
    text: {
      title: "People at {target} read row-level personal records from {source} directly",
      description:
        "{flow} gives the people behind {target} access to individual personal records in {source}, not only to what a particular task needs. Ad hoc queries, exports and notebooks copy personal data beyond its purpose, and every copy is another place it can leak from.",
      mitigations: [
        "Give people at {target} aggregated, pseudonymised or sampled views of {source}, and grant row-level access per task, time-limited.",
        "Log and review who queries {source} and what leaves it.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-INT-DD-04",
    scope: "interaction",
    rootCause: "personalData.rowLevelAccess",
    target: { types: ["externalEntity"] },
    // The same access drawn the other way: people query the store on a two-way flow.
    when: all(
      is("target", "type", "dataStore"),
      is("source", "type", "externalEntity"),
      is("source", "entityKind", "human"),
      isIn("source", "audience", ["employees", "partners"]),
      is("element", "bidirectional", true),
      surelyCarries,
    ),
    categories: { linddun: ["DD"], stride: ["I"] },
    chartException:
      "Information disclosure is rated on the interaction: people reading records straight from the store see more than their task needs.",
    likelihood: 3,
    impact: 3,
    text: {
      title: "People at {source} read row-level personal records from {target} directly",
      description:
        "{flow} gives the people behind {source} access to individual personal records in {target}, not only to what a particular task needs. Ad hoc queries, exports and notebooks copy personal data beyond its purpose, and every copy is another place it can leak from.",
      mitigations: [
        "Give people at {source} aggregated, pseudonymised or sampled views of {target}, and grant row-level access per task, time-limited.",
        "Log and review who queries {target} and what leaves it.",
      ],
    },
  },
];

export const RETIRED_FLOW_IDS = [
  "LINDDUN-FLOW-LI-01",
  "LINDDUN-FLOW-NR-01",
  "LINDDUN-FLOW-DD-02",
  "LINDDUN-FLOW-NC-01",
  "LINDDUN-FLOW-NC-02",
];
