/**
 * The whitelist of facts a rule condition may read. A fact is read on a *subject*:
 *
 *   element  the element a per-element rule is evaluating (or the flow, for flow targets)
 *   flow     the flow of an interaction / crossing rule
 *   source   the flow's source element
 *   target   the flow's target element
 *   other    the element bound by a quantifier (upstream / downstream / neighbours / exists)
 *
 * Facts are tri-state ("yes" | "no" | "unknown"), enums, booleans or numbers. A fact read on a
 * subject where it does not apply (a process property on a data store) reads as absent, which
 * makes the comparison false, never unknown. Property facts read the *effective* value: the
 * user's answer, else what the evidence implies (a technology tag, the ML kind, the zone; see
 * `facts/evidence.ts`), else unknown.
 *
 * Each askable fact has a question, used when a rule's outcome depends on that fact being
 * "unknown": the engine asks it instead of guessing. `{name}` is the subject's display name.
 * Derived facts are never asked themselves: their unknowns are traced to the stored properties
 * they hinge on, and those are asked.
 */

type Kind = "tri" | "enum" | "boolean" | "number";
type On = "process" | "dataStore" | "externalEntity" | "trustBoundary" | "flow";

interface FactSpec {
  kind: Kind;
  question: string | null;
  /** The question when the fact is read on a flow, if it differs. */
  flowQuestion?: string;
  /** For stored properties: the item types that carry it (read from their props). */
  prop?: readonly On[];
  /** Derived from the rest of the model; an unknown is traced to its causes. */
  derived?: boolean;
}

const P: readonly On[] = ["process"];
const S: readonly On[] = ["dataStore"];
const E: readonly On[] = ["externalEntity"];
const F: readonly On[] = ["flow"];

export const FACTS = {
  // ---- identity (any element or flow) -------------------------------------------------------
  type: { kind: "enum", question: null },
  mlKind: { kind: "enum", question: null },
  outOfScope: { kind: "boolean", question: null },

  // ---- placement (elements) -----------------------------------------------------------------
  /** Zone kind of the innermost boundary, or "none". */
  zoneKind: { kind: "enum", question: null },
  /** Trust level (0-100) of the innermost boundary; absent when outside every boundary. */
  trustLevel: { kind: "number", question: null },
  inBoundary: { kind: "boolean", question: null },

  // ---- process properties ---------------------------------------------------------------------
  internetExposed: {
    kind: "tri",
    question: "Can {name} be called directly from the internet (a public address or port)?",
    prop: P,
  },
  authenticatesCallers: { kind: "tri", question: "Does {name} authenticate its callers?", prop: P },
  authorizesActions: {
    kind: "tri",
    question: "Does {name} check what each caller may do?",
    prop: P,
  },
  rateLimited: {
    kind: "tri",
    question: "Does {name} limit how many requests each caller can make?",
    prop: P,
  },
  validatesInput: { kind: "tri", question: "Does {name} validate its input?", prop: P },
  runsPrivileged: {
    kind: "tri",
    question: "Does {name} run with elevated privileges (root, host access, broad cloud roles)?",
    prop: P,
  },
  executesInputCode: {
    kind: "tri",
    question: "Does {name} execute code or commands derived from its input?",
    prop: P,
  },
  costLimited: {
    kind: "tri",
    question: "Does {name} cap tokens or compute per caller, not only the number of requests?",
    prop: P,
  },
  usesAccelerator: {
    kind: "tri",
    question: "Does {name} run on GPUs or other accelerators?",
    prop: P,
  },
  sharesAccelerator: {
    kind: "tri",
    question: "Does {name} share its GPUs (and their memory) with other tenants' workloads?",
    prop: P,
  },
  failsOpen: {
    kind: "tri",
    question: "When {name} times out or fails, does the caller go on as if it had approved?",
    prop: P,
  },
  decidesAboutPeople: {
    kind: "tri",
    question:
      "Do the outputs of {name} decide or rank things for individual people (credit, hiring, care, prices)?",
    prop: P,
  },
  trainedOnPrivateData: {
    kind: "tri",
    question: "Was the model behind {name} trained or fine-tuned on non-public data?",
    prop: P,
  },
  inputGuardrails: {
    kind: "tri",
    question: "Are prompts and retrieved content screened before {name} sees them?",
    prop: P,
  },
  outputGuardrails: {
    kind: "tri",
    question: "Is the output of {name} screened before anyone or anything uses it?",
    prop: P,
  },
  secretsInPrompt: {
    kind: "tri",
    question:
      "Does the system prompt or context of {name} hold secrets (keys, credentials, internal URLs)?",
    prop: P,
  },
  /** unknown | plainText | rendered | executed */
  outputHandling: {
    kind: "enum",
    question:
      "How is the output of {name} used: shown as text, rendered (Markdown/HTML) or executed?",
    prop: P,
  },
  requiresHumanApproval: {
    kind: "tri",
    question: "Does a person approve the state-changing actions of {name} before they run?",
    prop: P,
  },
  changesState: {
    kind: "tri",
    question: "Does {name} change state outside the model (write, send, pay, deploy)?",
    prop: P,
  },
  destructive: {
    kind: "tri",
    question: "Can {name} delete or irreversibly change data or systems?",
    prop: P,
  },

  // ---- data store properties ------------------------------------------------------------------
  encryptedAtRest: { kind: "tri", question: "Is {name} encrypted at rest?", prop: S },
  /** Also a flow property: integrity of the data in transit. */
  integrityVerified: {
    kind: "tri",
    question: "Is the integrity of {name} verified (signatures, checksums)?",
    flowQuestion:
      "Is the flow {name} protected against alteration on the way (TLS, signed payloads)?",
    prop: [...S, ...F],
  },
  storesCredentials: {
    kind: "tri",
    question: "Does {name} store credentials or secrets?",
    prop: S,
  },
  storesLogs: { kind: "tri", question: "Does {name} hold logs or audit records?", prop: S },
  containsPersonalData: { kind: "tri", question: "Does {name} contain personal data?", prop: S },
  /** unknown | public | internal | confidential | restricted (also on flows) */
  classification: {
    kind: "enum",
    question: "How sensitive is the data in {name}?",
    flowQuestion: "How sensitive is the data on the flow {name}?",
    prop: [...S, ...F],
  },
  /** Retention in days; absent when nobody has said (asks the question). */
  retentionDays: {
    kind: "number",
    question: "How many days does {name} keep its records?",
    prop: S,
  },
  /** unknown | pickle | safetensors | onnx | gguf | savedModel | other */
  modelFormat: {
    kind: "enum",
    question: "In which file format does {name} store models?",
    prop: S,
  },
  /** unknown | publicHub | vendor | inHouse */
  provenance: {
    kind: "enum",
    question:
      "Where does {name} come from (its models, data or code): a public hub or registry, a vendor, or in house?",
    prop: [...P, ...S],
  },
  /** unknown | restricted | broad */
  writeAccess: {
    kind: "enum",
    question:
      "Who besides the flows drawn can write to {name}: only them, or many people or systems?",
    prop: S,
  },
  sourcesVetted: {
    kind: "tri",
    question: "Are the sources of the records in {name} vetted before they are added?",
    prop: S,
  },
  enforcesDocumentPermissions: {
    kind: "tri",
    question: "Does retrieval from {name} enforce each caller's permission on each document?",
    prop: S,
  },
  multiTenant: {
    kind: "tri",
    question: "Is {name} shared by several tenants whose data must not mix?",
    prop: [...P, ...S],
  },

  // ---- external entity properties -------------------------------------------------------------
  /** human | system | unknown */
  entityKind: { kind: "enum", question: "Is {name} a person or a system?", prop: E },
  /** Also a flow property: the flow authenticates its sender. */
  authenticated: {
    kind: "tri",
    question: "Is {name} authenticated?",
    flowQuestion: "Does the flow {name} authenticate its sender (mutual TLS, signed tokens)?",
    prop: [...E, ...F],
  },
  /** unknown | anonymous | customers | partners | employees | internalSystems */
  audience: {
    kind: "enum",
    question:
      "Who is behind {name}: anyone on the internet, authenticated customers, partners, employees or internal systems?",
    prop: [...E, "trustBoundary"],
  },

  // ---- flow properties (read on `flow`, or on `element` for flow targets) --------------------
  encryptedInTransit: {
    kind: "tri",
    question: "Is the flow {name} encrypted in transit?",
    prop: F,
  },
  carriesPersonalData: {
    kind: "tri",
    question: "Does the flow {name} carry personal data?",
    prop: F,
  },
  /** source | target (always resolved: unknown is inferred from the ends) */
  initiatedBy: { kind: "enum", question: null, prop: F },
  overPublicNetwork: {
    kind: "tri",
    question:
      "Does the flow {name} travel over a network you do not control (the internet, a partner's)?",
    prop: F,
  },
  bidirectional: { kind: "boolean", question: null },
  crossesBoundary: { kind: "boolean", question: null },
  /**
   * Direction of trust a flow moves in: "none" (no boundary crossed), "up" (from a less trusted
   * zone into a more trusted one), "down", or "level" (crosses, same trust level).
   */
  trustDirection: { kind: "enum", question: null },

  // ---- derived, per element (computed once per evaluation; see facts/exposure.ts) -------------
  /** Outsiders (anyone on the internet, or customers with accounts) can send it requests. */
  publicReach: {
    kind: "tri",
    question: "Can people outside the organisation reach {name}?",
    derived: true,
  },
  /** Partners or employees (people inside the organisation's reach) can send it requests. */
  insiderReach: {
    kind: "tri",
    question: "Can people inside the organisation (employees, partners) reach {name}?",
    derived: true,
  },
  /** Anyone on the internet, without an account, can send it requests. */
  anonymousReach: {
    kind: "tri",
    question: "Can anyone on the internet reach {name}?",
    derived: true,
  },
  /** Outsiders reach it through a path on which nothing before it authenticates them. */
  publicUnauthReach: {
    kind: "tri",
    question: "Can outsiders reach {name} without being authenticated on the way?",
    derived: true,
  },
  /** Outsiders reach it through a path on which nothing before it limits request rates. */
  publicUnlimitedReach: {
    kind: "tri",
    question: "Can outsiders reach {name} with nothing in front limiting their request rate?",
    derived: true,
  },
  /** Outsiders reach it through a path on which nothing before it caps tokens or compute. */
  publicUncappedReach: {
    kind: "tri",
    question: "Can outsiders reach {name} with nothing in front capping their compute?",
    derived: true,
  },
  /** Data that outsiders wrote reaches it (along the data, through processes and stores). */
  publicInfluence: {
    kind: "tri",
    question: "Can data written by outsiders reach {name}?",
    derived: true,
  },
  /** Data that partners, employees or broadly writable stores supply reaches it. */
  insiderInfluence: {
    kind: "tri",
    question: "Can data edited by many insiders reach {name}?",
    derived: true,
  },
  /** "yes" when a flow carrying personal data ends here, or the element contains personal data. */
  handlesPersonalData: {
    kind: "tri",
    question: "Does personal data reach {name}?",
    derived: true,
  },
  /** Known personal or confidential data reaches it (a store holding it, a flow carrying it). */
  handlesSensitiveData: { kind: "tri", question: null, derived: true },
  /** Number of flows into / out of the element. */
  inDegree: { kind: "number", question: null },
  outDegree: { kind: "number", question: null },
} as const satisfies Record<string, FactSpec>;

export type FactName = keyof typeof FACTS;
export const FACT_NAMES = Object.keys(FACTS) as FactName[];

export const SUBJECTS = ["element", "flow", "source", "target", "other"] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Stored properties a fact reads, by item type; undefined for facts that are not properties. */
export function propertyTypesOf(fact: FactName): readonly On[] | undefined {
  return (FACTS[fact] as FactSpec).prop;
}

/** The question for a fact read on an element or on a flow. */
export function questionTemplate(fact: FactName, on: "element" | "flow"): string {
  const spec = FACTS[fact] as FactSpec;
  return (
    (on === "flow" ? spec.flowQuestion : undefined) ??
    spec.question ??
    `What is the ${fact} of {name}?`
  );
}

export function isDerivedFact(fact: FactName): boolean {
  return (FACTS[fact] as FactSpec).derived === true;
}

/**
 * Protections: properties whose "yes" only ever removes risk. Answering one "yes" must never add
 * a finding (a property test checks every rule against this list).
 */
export const PROTECTION_FACTS = [
  "authenticatesCallers",
  "authorizesActions",
  "rateLimited",
  "validatesInput",
  "costLimited",
  "inputGuardrails",
  "outputGuardrails",
  "requiresHumanApproval",
  "encryptedAtRest",
  "integrityVerified",
  "sourcesVetted",
  "enforcesDocumentPermissions",
  "authenticated",
  "encryptedInTransit",
] as const satisfies readonly FactName[];

/**
 * Facts about the whole model, for scope "model" rules (and usable from any rule).
 * Counts ignore out-of-scope elements.
 */
export const MODEL_FACTS = {
  elementCount: { kind: "number" },
  boundaryCount: { kind: "number" },
  flowCount: { kind: "number" },
} as const;
export type ModelFactName = keyof typeof MODEL_FACTS;
