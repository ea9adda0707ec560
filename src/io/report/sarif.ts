import type { Location, Log, ReportingDescriptor, Result } from "sarif";
import type { ThreatModel } from "../../domain/schema";
import { isolateBidi } from "../../domain/text/bidi";
import { REFERENCE_FIELDS } from "../../engine/rules/references";
import type { EvaluationResult, Finding, Severity } from "../../engine/types";

export { sarifLevel } from "./sarifLevels";
export { SUMMARY_FINGERPRINT_KEY, limitSentence, type SarifLimitNotice } from "./sarifLimit";
import { TOOL_INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from "./meta";
import { defaultReferenceResolver, resolveReferences, type ReferenceResolver } from "./references";
import { LEVELS, SECURITY_SEVERITY, sarifLevel } from "./sarifLevels";
import {
  GITHUB_RESULTS_PER_RUN,
  limitInvocation,
  limitNotice,
  limitResults,
  summaryResult,
  type SarifLimitNotice,
} from "./sarifLimit";
import { sarifMessageText } from "./sarifText";
import { idLines } from "./sourceLines";
import { STATUS_LABELS } from "../../domain/triage/labels";
import { decisionOf, findingStatus, isSuppressed, riskOf } from "./status";
import { displayName, severityRank, subjectIndex, type SubjectInfo } from "./summary";

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
  /** At most this many results in the run (default: GitHub's 25,000); see `sarifLimit.ts`. */
  maxResults?: number;
}

/** One SARIF 2.1.0 log with one run: the rules that produced results, and the results. */
export function buildSarifLog(
  model: ThreatModel,
  result: EvaluationResult,
  options: SarifOptions,
): Log {
  return buildSarifReport(model, result, options).log;
}

/** The log, and what was left out when the model has more findings than a run may carry. */
export function buildSarifReport(
  model: ThreatModel,
  result: EvaluationResult,
  options: SarifOptions,
): { log: Log; limited: SarifLimitNotice | null } {
  const limit = options.maxResults ?? GITHUB_RESULTS_PER_RUN;
  const chosen = limitResults(model, result.findings, limit);
  const subjects = subjectIndex(model);
  const resolver = options.references ?? defaultReferenceResolver;
  const lines =
    options.modelText === undefined ? new Map<string, number>() : idLines(options.modelText);
  const uri = toUriReference(options.modelUri);

  const byRule = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  const ruleIds = [...byRule.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const sources = new Map((options.rules ?? []).map((rule) => [rule.id, rule]));

  const location = (id: string, index?: number): Location => {
    const subject = subjects(id);
    const line = lines.get(id);
    return {
      ...(index === undefined
        ? {}
        : { id: index, message: { text: sarifMessageText(subjectText(subject)) } }),
      physicalLocation: {
        artifactLocation: { uri },
        ...(line === undefined ? {} : { region: { startLine: line } }),
      },
      logicalLocations: [
        { name: displayName(subject), fullyQualifiedName: `element/${id}`, kind: subject.type },
      ],
    };
  };

  const limited = limitNotice(chosen, limit);
  const results = chosen.listed.map((finding) =>
    sarifResult(model, finding, ruleIndex, location, resolver),
  );
  for (const [ruleId, { count, first }] of chosen.omitted) {
    results.push(summaryResult(ruleId, count, first, limit, ruleIndex, uri));
  }

  return {
    limited,
    log: {
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
                ruleDescriptor(id, byRule.get(id) ?? [], sources.get(id), resolver),
              ),
            },
          },
          ...(limited ? { invocations: [limitInvocation(limited)] } : {}),
          results,
          ...(limited ? { properties: { threatcanvasResultLimit: limited } } : {}),
        },
      ],
    },
  };
}

export function formatSarif(
  model: ThreatModel,
  result: EvaluationResult,
  options: SarifOptions,
): string {
  return formatSarifReport(model, result, options).text;
}

export function formatSarifReport(
  model: ThreatModel,
  result: EvaluationResult,
  options: SarifOptions,
): { text: string; limited: SarifLimitNotice | null } {
  const { log, limited } = buildSarifReport(model, result, options);
  return { text: `${JSON.stringify(log, null, 2)}\n`, limited };
}

function sarifResult(
  model: ThreatModel,
  finding: Finding,
  ruleIndex: ReadonlyMap<string, number>,
  location: (id: string, index?: number) => Location,
  resolver: ReferenceResolver,
): Result {
  const [shownOn, ...others] = finding.targetIds;
  const status = findingStatus(model, finding);
  const record = decisionOf(model, finding);
  const risk = riskOf(model, finding);
  const links = resolveReferences(finding.references, resolver);
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    level: sarifLevel(finding),
    message: { text: sarifMessageText(sentence(finding.title, finding.description)) },
    locations: [location(shownOn ?? model.id)],
    ...(others.length ? { relatedLocations: others.map((id, i) => location(id, i + 1)) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.id },
    ...(isSuppressed(model, finding)
      ? {
          suppressions: [
            {
              kind: "external" as const,
              status: "accepted" as const,
              justification: record?.justification.trim()
                ? `${STATUS_LABELS[status]}: ${record.justification}`
                : `Triaged as ${STATUS_LABELS[status]}.`,
            },
          ],
        }
      : {}),
    properties: {
      findingId: finding.id,
      ...(finding.aliases.length > 0 ? { aliases: finding.aliases } : {}),
      rootCause: finding.rootCause,
      status,
      justification: record?.justification ?? "",
      owner: record?.owner ?? "",
      ticket: record?.ticket ?? "",
      reviewBy: record?.reviewBy ?? null,
      residual: risk.residual,
      computed: risk.computed,
      ...(risk.dread ? { dread: risk.dread } : {}),
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
  const worst = findings.reduce<Severity | null>(
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
      // GitHub rejects a rule with more than 20 tags (and shows 10): the most general first.
      tags: [
        ...(stride.length ? ["security"] : []),
        ...(linddun.length ? ["privacy"] : []),
        ...stride.map((c) => `external/stride/${c}`),
        ...linddun.map((c) => `external/linddun/${c}`),
        ...REFERENCE_FIELDS.flatMap((field) =>
          (first.references[field] ?? []).map((ref) => `external/${field}/${ref}`),
        ),
      ].slice(0, MAX_TAGS_PER_RULE),
      "security-severity": SECURITY_SEVERITY[severity],
      pack: first.pack,
      scope: first.scope,
      revision: first.ruleRevision,
    },
  };
}

const MAX_TAGS_PER_RULE = 20;

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
  return `${isolateBidi(displayName(subject))} (element/${isolateBidi(subject.id)})`;
}

/** A file path as a URI reference: forward slashes, percent-encoded, Windows drives as file URIs. */
export function toUriReference(path: string): string {
  const slashed = path.replace(/\\/g, "/");
  const encoded = encodeURI(slashed).replace(/[?#]/g, (c) => encodeURIComponent(c));
  return /^[A-Za-z]:\//.test(slashed) ? `file:///${encoded}` : encoded;
}
