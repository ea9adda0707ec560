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
 * makes the comparison false, never unknown.
 *
 * Each fact has a question template, used when a rule's outcome depends on that fact being
 * "unknown": the engine asks it instead of guessing. `{name}` is the subject's display name.
 */
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
  internetExposed: { kind: "tri", question: "Is {name} reachable from the internet?" },
  authenticatesCallers: { kind: "tri", question: "Does {name} authenticate its callers?" },
  authorizesActions: { kind: "tri", question: "Does {name} check what each caller may do?" },
  rateLimited: { kind: "tri", question: "Is {name} rate limited or quota-bound?" },
  validatesInput: { kind: "tri", question: "Does {name} validate its input?" },
  runsPrivileged: { kind: "tri", question: "Does {name} run with elevated privileges?" },
  executesInputCode: {
    kind: "tri",
    question: "Does {name} execute code or commands derived from its input?",
  },

  // ---- data store properties ------------------------------------------------------------------
  encryptedAtRest: { kind: "tri", question: "Is {name} encrypted at rest?" },
  integrityVerified: {
    kind: "tri",
    question: "Is the integrity of {name} verified (signatures, checksums)?",
  },
  storesCredentials: { kind: "tri", question: "Does {name} store credentials or secrets?" },
  storesLogs: { kind: "tri", question: "Does {name} hold logs or audit records?" },
  containsPersonalData: { kind: "tri", question: "Does {name} contain personal data?" },
  /** unknown | public | internal | confidential | restricted */
  classification: { kind: "enum", question: "How sensitive is the data in {name}?" },
  /** Retention in days; absent when nobody has said (asks the question). */
  retentionDays: { kind: "number", question: "How long does {name} keep its records?" },

  // ---- external entity properties -------------------------------------------------------------
  /** human | system | unknown */
  entityKind: { kind: "enum", question: "Is {name} a person or a system?" },
  authenticated: { kind: "tri", question: "Is {name} authenticated?" },

  // ---- flow properties (read on `flow`, or on `element` for flow targets) --------------------
  encryptedInTransit: { kind: "tri", question: "Is the flow {name} encrypted in transit?" },
  // `authenticated` and `integrityVerified` above also apply to flows.
  carriesPersonalData: { kind: "tri", question: "Does the flow {name} carry personal data?" },
  bidirectional: { kind: "boolean", question: null },
  crossesBoundary: { kind: "boolean", question: null },
  /**
   * Direction of trust a flow moves in: "none" (no boundary crossed), "up" (from a less trusted
   * zone into a more trusted one), "down", or "level" (crosses, same trust level).
   */
  trustDirection: { kind: "enum", question: null },

  // ---- derived, per element (computed once per evaluation) -----------------------------------
  /**
   * "yes" when the element is internet exposed, sits in an external zone, or receives a flow
   * from an external entity or internet-exposed process within 2 hops; "unknown" when that
   * depends on unknown exposure; else "no".
   */
  reachableFromInternet: {
    kind: "tri",
    question: "Can {name} be reached, directly or through a gateway, from the internet?",
  },
  /** "yes" when a flow carrying personal data ends here, or the element contains personal data. */
  handlesPersonalData: { kind: "tri", question: "Does {name} process personal data?" },
  /** Number of flows into / out of the element. */
  inDegree: { kind: "number", question: null },
  outDegree: { kind: "number", question: null },
} as const satisfies Record<
  string,
  { kind: "tri" | "enum" | "boolean" | "number"; question: string | null }
>;

export type FactName = keyof typeof FACTS;
export const FACT_NAMES = Object.keys(FACTS) as FactName[];

export const SUBJECTS = ["element", "flow", "source", "target", "other"] as const;
export type Subject = (typeof SUBJECTS)[number];

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
