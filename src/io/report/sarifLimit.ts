import type { Invocation, Result } from "sarif";
import type { ThreatModel } from "../../domain/schema";
import type { Finding } from "../../engine/types";
import { sarifLevel } from "./sarifLevels";
import { sarifMessageText } from "./sarifText";
import { isOpen } from "./status";
import { compareFindings } from "./summary";

/**
 * GitHub code scanning rejects a SARIF run with more than 25,000 results (and stores only the
 * first 5,000 it ranks by severity). A large model makes more: 5,000 elements give ~83,000. So a
 * run never carries more than `limit` results: the most important findings first — open before
 * closed by triage, then most severe, highest score, id — and for
 * every rule with results left out, one summary result saying how many, in the same run. The
 * run's properties and a tool notification say that the run was limited; the CLI says so on
 * standard error. The JSON report always has every finding.
 */
export const GITHUB_RESULTS_PER_RUN = 25_000;

export interface LimitedResults {
  /** The findings listed, in report order. */
  listed: Finding[];
  /** Per rule left out: how many of its findings, and the worst of them (for the level). */
  omitted: Map<string, { count: number; first: Finding }>;
  total: number;
}

export function limitResults(
  model: ThreatModel,
  findings: readonly Finding[],
  limit = GITHUB_RESULTS_PER_RUN,
): LimitedResults {
  const ranked = [...findings].sort(byImportance(model));
  if (ranked.length <= limit) return { listed: ranked, omitted: new Map(), total: ranked.length };
  // distinctAfter[k]: rules among ranked[k..]; the summaries needed if the first k are listed.
  const distinctAfter = new Array<number>(ranked.length + 1);
  const seen = new Set<string>();
  distinctAfter[ranked.length] = 0;
  for (let k = ranked.length - 1; k >= 0; k--) {
    seen.add(ranked[k]!.ruleId);
    distinctAfter[k] = seen.size;
  }
  // k + distinctAfter[k] grows with k (by 1, less a rule that ends): the largest k that fits.
  let keep = Math.max(0, Math.min(ranked.length, limit));
  while (keep > 0 && keep + distinctAfter[keep]! > limit) keep--;
  const omitted = new Map<string, { count: number; first: Finding }>();
  for (const finding of ranked.slice(keep)) {
    const entry = omitted.get(finding.ruleId);
    if (entry) entry.count++;
    else omitted.set(finding.ruleId, { count: 1, first: finding });
  }
  return { listed: ranked.slice(0, keep), omitted, total: ranked.length };
}

function byImportance(model: ThreatModel): (a: Finding, b: Finding) => number {
  const open = new Map<string, boolean>();
  const isOpenCached = (f: Finding) => {
    let value = open.get(f.id);
    if (value === undefined) open.set(f.id, (value = isOpen(model, f)));
    return value;
  };
  const rank = (f: Finding) => (isOpenCached(f) ? 0 : 1);
  return (a, b) => rank(a) - rank(b) || compareFindings(a, b);
}

/** Key of the rule id in a summary result's `partialFingerprints`. */
export const SUMMARY_FINGERPRINT_KEY = "threatcanvasOmittedResults/v1";

/** Said when a run could not list every finding. */
export interface SarifLimitNotice {
  limit: number;
  total: number;
  listed: number;
  omitted: number;
  /** Rules with findings left out; each has one summary result in the run. */
  summarisedRules: number;
}

export function limitNotice(chosen: LimitedResults, limit: number): SarifLimitNotice | null {
  if (chosen.omitted.size === 0) return null;
  return {
    limit,
    total: chosen.total,
    listed: chosen.listed.length,
    omitted: chosen.total - chosen.listed.length,
    summarisedRules: chosen.omitted.size,
  };
}

/** Our sentence saying a run was limited; also printed by the CLI. */
export function limitSentence(notice: SarifLimitNotice): string {
  const n = (value: number) => value.toLocaleString("en-US");
  return (
    `${n(notice.total)} findings are more than a SARIF run may carry (${n(notice.limit)}): ` +
    `the ${n(notice.listed)} most important are listed, and the other ${n(notice.omitted)} are ` +
    `counted in one summary result per rule (${n(notice.summarisedRules)} ` +
    `rule${notice.summarisedRules === 1 ? "" : "s"}). ` +
    `The JSON report lists every finding.`
  );
}

export function limitInvocation(notice: SarifLimitNotice): Invocation {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: [
      {
        level: "warning",
        descriptor: { id: "result-limit" },
        message: { text: sarifMessageText(limitSentence(notice)) },
      },
    ],
  };
}

/** One result standing for every finding of a rule the run could not list. */
export function summaryResult(
  ruleId: string,
  count: number,
  worst: Finding,
  limit: number,
  ruleIndex: ReadonlyMap<string, number>,
  uri: string,
): Result {
  const n = count.toLocaleString("en-US");
  return {
    ruleId,
    ruleIndex: ruleIndex.get(ruleId) ?? -1,
    level: sarifLevel(worst),
    message: {
      text: sarifMessageText(
        `${n} more result${count === 1 ? "" : "s"} of rule ${ruleId} not listed: this run is ` +
          `limited to ${limit.toLocaleString("en-US")} results. The JSON report lists them all.`,
      ),
    },
    locations: [{ physicalLocation: { artifactLocation: { uri } } }],
    partialFingerprints: { [SUMMARY_FINGERPRINT_KEY]: ruleId },
    properties: { threatcanvasKind: "omitted", omittedCount: count, severity: worst.severity },
  };
}
