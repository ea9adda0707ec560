import type { CatalogEntry } from "./entry";

/**
 * Databricks AI Security Framework (DASF): risk ids, names, components, applicability flags
 * and DASF's own ATLAS mapping. Ids, names and mappings only; no DASF text.
 *
 * Codes: `DASF-<component>.<n>@<edition>`. The 62 risks of components 1-12 are cited with
 * `@2.0` (v2.0, 2025-02); the agentic risks of component 13 that v3.0 (2026-03) added are
 * cited with `@3.0` (`DASF-13.1@3.0`). v3.0 keeps the 62 risks of v2.0 under their numbers,
 * so each risk has exactly one code. DASF publishes no per-risk page, so entries carry no URL.
 */
export const DASF_DOCUMENT_URL =
  "https://www.databricks.com/resources/whitepaper/databricks-ai-security-framework-dasf";

/** DASF's system types: Predictive ML, RAG, Fine-tuned, pre-Trained, fOundational, External. */
export const DASF_SYSTEM_TYPES = ["P", "R", "F", "T", "O", "E"] as const;
export type DasfSystemType = (typeof DASF_SYSTEM_TYPES)[number];

export const DASF_STAGES = ["data", "model", "serving", "platform", "agentic"] as const;
export type DasfStage = (typeof DASF_STAGES)[number];

export const DASF_COMPONENT_CODES = [
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "10",
  "11",
  "12",
  "13A",
  "13B",
  "13C",
] as const;
export type DasfComponentCode = (typeof DASF_COMPONENT_CODES)[number];

export interface DasfComponent {
  readonly code: DasfComponentCode;
  readonly name: string;
  readonly stage: DasfStage;
  /** The edition that introduced it. */
  readonly edition: "2.0" | "3.0";
}

export const DASF_COMPONENTS: readonly DasfComponent[] = (
  [
    ["1", "Raw data", "data"],
    ["2", "Data preparation", "data"],
    ["3", "Datasets", "data"],
    ["4", "Data catalog and governance", "data"],
    ["5", "ML algorithms", "model"],
    ["6", "Evaluation", "model"],
    ["7", "Model build", "model"],
    ["8", "Model management", "model"],
    ["9", "Model serving: inference requests", "serving"],
    ["10", "Model serving: inference response", "serving"],
    ["11", "MLOps", "platform"],
    ["12", "Data and AI platform", "platform"],
    ["13A", "Agent core", "agentic"],
    ["13B", "MCP server", "agentic"],
    ["13C", "MCP client", "agentic"],
  ] as const
).map(([code, name, stage]) =>
  Object.freeze({ code, name, stage, edition: code.startsWith("13") ? "3.0" : "2.0" } as const),
);

export interface DasfRisk extends CatalogEntry {
  readonly catalog: "dasf-2.0" | "dasf-3.0";
  /** `1.1` */
  readonly number: string;
  readonly component: DasfComponentCode;
  /** System types the risk applies to (v2.0 only; v3.0 agentic risks carry none). */
  readonly appliesTo: readonly DasfSystemType[];
  /** ATLAS ids as DASF maps them (techniques and tactics), verbatim. */
  readonly atlas: readonly string[];
  /** For 13.1-13.15: the OWASP agentic threat whose name the DASF risk carries. */
  readonly sameAsAgentic: string | null;
}

// [number, name, applicability flags, ATLAS ids as mapped by DASF]
const V2_RISKS: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ["1.1", "Insufficient access controls", "PRFT", ["AML.T0020", "AML.TA0004"]],
  ["1.2", "Missing data classification", "PRFT", ["AML.T0020", "AML.T0022", "AML.T0043"]],
  ["1.3", "Poor data quality", "PRFT", ["AML.T0019", "AML.T0020", "AML.T0029"]],
  [
    "1.4",
    "Ineffective storage and encryption",
    "PRFT",
    ["AML.T0002.000", "AML.T0020", "AML.T0051"],
  ],
  ["1.5", "Lack of data versioning", "PRFT", ["AML.T0019", "AML.T0020"]],
  ["1.6", "Insufficient data lineage", "PRFT", ["AML.T0010", "AML.T0019", "AML.T0020"]],
  ["1.7", "Lack of data trustworthiness", "PRFT", ["AML.T0010", "AML.T0019", "AML.T0020"]],
  ["1.8", "Legality of data", "PRFT", ["AML.T0057"]],
  ["1.9", "Stale data", "PRFT", ["AML.T0010", "AML.T0020", "AML.T0021"]],
  ["1.10", "Lack of data access logs", "PRFT", ["AML.T0010", "AML.T0020"]],
  ["1.11", "Compromised 3rd-party datasets", "PRFT", ["AML.T0010", "AML.T0019"]],
  ["2.1", "Preprocessing integrity", "P", []],
  ["2.2", "Feature manipulation", "P", ["AML.TA0011"]],
  ["2.3", "Raw data criteria", "P", ["AML.TA0011"]],
  ["2.4", "Adversarial partitions", "P", ["AML.TA0011"]],
  ["3.1", "Data poisoning", "PRFT", ["AML.T0002.000", "AML.T0019", "AML.T0043"]],
  ["3.2", "Ineffective storage and encryption", "PRFT", ["AML.T0043", "AML.T0051", "AML.T0053"]],
  ["3.3", "Label flipping", "P", ["AML.TA0011"]],
  ["4.1", "Lack of traceability and transparency of model assets", "PRFT", []],
  ["4.2", "Lack of end-to-end ML lifecycle", "PRFTOE", []],
  ["5.1", "Lack of tracking and reproducibility of experiments", "P", []],
  ["5.2", "Model drift", "PFT", []],
  ["5.3", "Hyperparameters stealing", "PFT", []],
  ["5.4", "Malicious libraries", "PT", ["AML.T0017.000"]],
  ["6.1", "Evaluation data poisoning", "PFT", []],
  ["6.2", "Insufficient evaluation data", "PFTE", []],
  ["6.3", "Lack of interpretability and explainability", "PRFTOE", []],
  [
    "7.1",
    "Backdoor machine learning / Trojaned model",
    "PFE",
    ["AML.T0016.000", "AML.T0018", "AML.TA0006"],
  ],
  ["7.2", "Model assets leak", "PRFT", ["AML.T0007", "AML.T0035", "AML.TA0010"]],
  [
    "7.3",
    "ML supply chain vulnerabilities",
    "PFTE",
    ["AML.T0002", "AML.T0010", "AML.T0010.003", "AML.T0011.000", "AML.T0017.000", "AML.TA0003"],
  ],
  ["7.4", "Source code control attack", "PRFT", ["AML.T0016.001"]],
  ["8.1", "Model attribution", "PFTOE", []],
  ["8.2", "Model theft", "PFT", ["AML.T0002.001", "AML.T0044", "AML.T0048.004", "AML.TA0000"]],
  ["8.3", "Model lifecycle without HITL (human-in-the-loop)", "PRT", []],
  ["8.4", "Model inversion", "PFT", ["AML.T0024.001", "AML.T0024.002"]],
  ["9.1", "Prompt inject", "PFT", ["AML.T0051"]],
  ["9.2", "Model inversion", "PFT", []],
  ["9.3", "Model breakout", "PFT", ["AML.T0024", "AML.TA0005"]],
  ["9.4", "Looped input", "PFT", []],
  ["9.5", "Infer training data membership", "PFT", ["AML.T0016", "AML.T0017", "AML.T0024.000"]],
  ["9.6", "Discover ML model ontology", "P", ["AML.T0013"]],
  ["9.7", "Denial of service (DoS)", "PFTOE", ["AML.T0029", "AML.TA0011"]],
  ["9.8", "LLM hallucinations", "RFTOE", []],
  ["9.9", "Input resource control", "PR", ["AML.TA0012"]],
  ["9.10", "Accidental exposure of unauthorized data to models", "PRFT", ["AML.TA0013"]],
  [
    "9.11",
    "Model inference API access",
    "PRFTOE",
    ["AML.T0012", "AML.T0015", "AML.T0040", "AML.T0055", "AML.TA0004"],
  ],
  ["9.12", "LLM jailbreak", "PRFT", ["AML.T0054", "AML.TA0004"]],
  ["9.13", "Excessive agency", "PRFTOE", []],
  ["10.1", "Lack of audit and monitoring inference quality", "PRFTOE", []],
  ["10.2", "Output manipulation", "PFTOE", []],
  ["10.3", "Discover ML model ontology", "PT", []],
  ["10.4", "Discover ML model family", "P", ["AML.T0014"]],
  ["10.5", "Black-box attacks", "PFT", []],
  ["10.6", "Sensitive data output from a model", "PFT", ["AML.T0056", "AML.T0057"]],
  ["11.1", "Lack of MLOps — repeatable enforced standards", "PRFTOE", ["AML.T0010.001"]],
  ["12.1", "Lack of vulnerability management", "PRFTO", []],
  ["12.2", "Lack of penetration testing, red teaming and bug bounty", "PRFTO", []],
  ["12.3", "Lack of incident response", "PRFTO", []],
  ["12.4", "Unauthorized privileged access", "PRFTO", []],
  ["12.5", "Poor security in the software development lifecycle", "PRFTO", []],
  ["12.6", "Lack of compliance", "PRFTO", []],
  [
    "12.7",
    "Initial access",
    "PRFTOE",
    ["AML.T0012", "AML.T0015", "AML.T0021", "AML.T0055", "AML.TA0004"],
  ],
];

// 13.1-13.15 (agent core) carry the names of OWASP agentic threats T1-T15.
const V3_RISKS: readonly string[] = [
  "Memory poisoning",
  "Tool misuse",
  "Privilege compromise",
  "Resource overload",
  "Cascading hallucination attacks",
  "Intent breaking and goal manipulation",
  "Misaligned and deceptive behaviours",
  "Repudiation and untraceability",
  "Identity spoofing and impersonation",
  "Overwhelming human in the loop",
  "Unexpected RCE and code attacks",
  "Agent communication poisoning",
  "Rogue agents in multi-agent systems",
  "Human attacks on multi-agent systems",
  "Human manipulation",
  // 13B MCP server
  "Prompt injection",
  "Confused deputy",
  "Tool poisoning",
  "Credential and token exposure",
  "Insecure server configuration",
  "Supply chain attacks",
  "Excessive permissions and scope creep",
  "Data exfiltration",
  "Context spoofing and manipulation",
  "Insecure communication",
  // 13C MCP client
  "Malicious server connection",
  "Insecure credential storage",
  "UI/UX deception",
  "Insufficient server validation",
  "Client-side data leakage",
  "Excessive permission granting",
  "Client-side code execution",
  "Insecure communication handling",
  "Session and state management failures",
  "Update and patch management",
];

function flags(text: string): DasfSystemType[] {
  return DASF_SYSTEM_TYPES.filter((flag) => text.includes(flag));
}

export const DASF_V2_RISKS: readonly DasfRisk[] = V2_RISKS.map(([number, name, applies, atlas]) =>
  Object.freeze({
    catalog: "dasf-2.0" as const,
    code: `DASF-${number}@2.0`,
    number,
    name,
    url: null,
    component: number.split(".")[0] as DasfComponentCode,
    appliesTo: Object.freeze(flags(applies)),
    atlas: Object.freeze([...atlas]),
    sameAsAgentic: null,
  }),
);

function v3Component(n: number): DasfComponentCode {
  if (n <= 15) return "13A";
  return n <= 25 ? "13B" : "13C";
}

export const DASF_V3_AGENTIC_RISKS: readonly DasfRisk[] = V3_RISKS.map((name, index) => {
  const n = index + 1;
  return Object.freeze({
    catalog: "dasf-3.0" as const,
    code: `DASF-13.${n}@3.0`,
    number: `13.${n}`,
    name,
    url: null,
    component: v3Component(n),
    appliesTo: Object.freeze([]),
    atlas: Object.freeze([]),
    sameAsAgentic: n <= 15 ? `AGT-T${n}@1.1` : null,
  });
});

const byCode = new Map<string, DasfRisk>(
  [...DASF_V2_RISKS, ...DASF_V3_AGENTIC_RISKS].map((risk) => [risk.code, risk]),
);
const components = new Map<string, DasfComponent>(DASF_COMPONENTS.map((c) => [c.code, c]));

/** `DASF-9.1@2.0` or `DASF-13.16@3.0`; undefined for anything else. */
export function dasfRisk(code: string): DasfRisk | undefined {
  return byCode.get(code);
}

export function dasfComponent(code: DasfComponentCode): DasfComponent {
  // Every DasfComponentCode is in the table above.
  return components.get(code)!;
}
