import type { Location, Log, ReportingDescriptor, Result } from "sarif";
import type { ThreatModel } from "../../domain/schema";
import { REFERENCE_FIELDS } from "../../engine/rules/references";
import type { EvaluationResult, Finding, Severity } from "../../engine/types";
import { TOOL_INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from "./meta";
import { defaultReferenceResolver, resolveReferences, type ReferenceResolver } from "./references";
import { idLines } from "./sourceLines";
import { findingStatus, isOpen } from "./status";
import { displayName, severityRank, sortFindings, subjectIndex, type SubjectInfo } from "./summary";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** Key of the stable finding id in `result.partialFingerprints`. */
export const FINGERPRINT_KEY = "threatcanvasFindingId/v1";

/** What SARIF needs to know about a rule; the engine's `Rule` satisfies it. */
export interface SarifRuleSource {
  id: string;
  text: { title: string; description: string };
}

export interface SarifOptions {
  /** The model file as given on the command line; becomes `artifactLocation.uri`. */
  modelUri: string;
  /** The model file's text, to point each result at the line declaring its element. */
  modelText?: string;
  /** The rule set the model was evaluated with, for rule descriptions. */
  rules?: readonly SarifRuleSource[];
  references?: ReferenceResolver;
}

type SarifLevel = "error" | "warning" | "note";

const LEVELS: Record<Severity, SarifLevel> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/** GitHub code scanning reads `security-severity` (0-10) to rank security alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0",
};

export function sarifLevel(finding: Finding): SarifLevel {
  return finding.kind === "question" ? "note" : LEVELS[finding.severity];
}

/** One SARIF 2.1.0 log with one run: the rules that produced results, and the results. */
export function buildSarifLog(
  model: ThreatModel,
  result: EvaluationResult,
  options: SarifOptions,
): Log {
  const findings = sortFindings(result.findings);
  const subjects = subjectIndex(model);
  const resolver = options.references ?? defaultReferenceResolver;
  const lines =
    options.modelText === undefined ? new Map<string, number>() : idLines(options.modelText);
  const uri = toUriReference(options.modelUri);

  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const sources = new Map((options.rules ?? []).map((rule) => [rule.id, rule]));

  const location = (id: string, index?: number): Location => {
    const subject = subjects(id);
    const line = lines.get(id);
    return {
      ...(index === undefined ? {} : { id: index, message: { text: subjectText(subject) } }),
      physicalLocation: {
        artifactLocation: { uri },
        ...(line === undefined ? {} : { region: { startLine: line } }),
      },
      logicalLocations: [
        { name: displayName(subject), fullyQualifiedName: `element/${id}`, kind: subject.type },
      ],
    };
  };

  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            informationUri: TOOL_INFORMATION_URI,
            rules: ruleIds.map((id) =>
              ruleDescriptor(
                id,
                findings.filter((f) => f.ruleId === id),
                sources.get(id),
                resolver,
              ),
            ),
          },
        },
        results: findings.map((finding) =>
          sarifResult(model, finding, ruleIndex, location, resolver),
        ),
      },
    ],
  };
}

export function formatSarif(
  model: ThreatModel,
  result: EvaluationResult,
  options: SarifOptions,
): string {
  return `${JSON.stringify(buildSarifLog(model, result, options), null, 2)}\n`;
}

function sarifResult(
  model: ThreatModel,
  finding: Finding,
  ruleIndex: ReadonlyMap<string, number>,
  location: (id: string, index?: number) => Location,
  resolver: ReferenceResolver,
): Result {
  const [shownOn, ...others] = finding.targetIds;
  const status = findingStatus(model, finding.id);
  const links = resolveReferences(finding.references, resolver);
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    level: sarifLevel(finding),
    message: { text: sentence(finding.title, finding.description) },
    locations: [location(shownOn ?? model.id)],
    ...(others.length ? { relatedLocations: others.map((id, i) => location(id, i + 1)) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.id },
    ...(!isOpen(model, finding)
      ? {
          suppressions: [
            {
              kind: "external" as const,
              justification: model.triage[finding.id]?.justification || `Triaged as ${status}.`,
            },
          ],
        }
      : {}),
    properties: {
      threatcanvasKind: finding.kind,
      ...(finding.kind === "question"
        ? { isQuestion: true, questions: finding.questions.map((q) => q.text) }
        : {}),
      findingId: finding.id,
      status,
      severity: finding.severity,
      likelihood: finding.likelihood,
      impact: finding.impact,
      score: finding.score,
      stride: finding.categories.stride,
      linddun: finding.categories.linddun,
      atlas: finding.references.atlas,
      owasp: finding.references.owasp,
      references: links.map((link) => link.url ?? link.id),
      mitigations: finding.mitigations,
      because: finding.because,
    },
  };
}

function ruleDescriptor(
  id: string,
  findings: readonly Finding[],
  source: SarifRuleSource | undefined,
  resolver: ReferenceResolver,
): ReportingDescriptor {
  const first = findings[0];
  if (!first) throw new Error(`rule ${id} has no findings`);
  // Categories, references and pack are rule data: every finding of a rule carries the same.
  const { stride, linddun } = first.categories;
  const worst = findings
    .filter((f) => f.kind === "finding")
    .reduce<Severity | null>(
      (max, f) => (max === null || severityRank(f.severity) > severityRank(max) ? f.severity : max),
      null,
    );
  const severity = worst ?? first.severity;
  const helpUri = resolveReferences(first.references, resolver).find((link) => link.url)?.url;
  const title = source ? genericText(source.text.title) : first.title;
  const description = source ? genericText(source.text.description) : first.description;
  return {
    id,
    name: id,
    shortDescription: { text: title },
    fullDescription: { text: description },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVELS[severity] },
    properties: {
      tags: [
        ...(stride.length ? ["security"] : []),
        ...(linddun.length ? ["privacy"] : []),
        ...stride.map((c) => `external/stride/${c}`),
        ...linddun.map((c) => `external/linddun/${c}`),
        ...REFERENCE_FIELDS.flatMap((field) =>
          (first.references[field] ?? []).map((ref) => `external/${field}/${ref}`),
        ),
      ],
      "security-severity": SECURITY_SEVERITY[severity],
      pack: first.pack,
      scope: first.scope,
      revision: first.ruleRevision,
    },
  };
}

const GENERIC: Record<string, string> = {
  element: "the element",
  flow: "the data flow",
  source: "the source",
  target: "the target",
  boundary: "the trust boundary",
  other: "a related element",
};

/** A rule's text template with its placeholders in general words: "{element} ..." -> "The element ...". */
export function genericText(template: string): string {
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => GENERIC[name] ?? whole);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(title: string, description: string): string {
  if (!description.trim()) return title;
  return /[.!?]$/.test(title.trim())
    ? `${title.trim()} ${description}`
    : `${title.trim()}. ${description}`;
}

function subjectText(subject: SubjectInfo): string {
  return `${displayName(subject)} (element/${subject.id})`;
}

/** A file path as a URI reference: forward slashes, percent-encoded, Windows drives as file URIs. */
export function toUriReference(path: string): string {
  const slashed = path.replace(/\\/g, "/");
  const encoded = encodeURI(slashed).replace(/[?#]/g, (c) => encodeURIComponent(c));
  return /^[A-Za-z]:\//.test(slashed) ? `file:///${encoded}` : encoded;
}
