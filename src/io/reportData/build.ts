import type { TriageRecord } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";

import { formatBecause } from "../../engine/factLabels";
import type { EvaluationResult, Finding } from "../../engine/types";
import { documentFingerprint } from "../native/fingerprint";
import type { ReferenceResolver } from "../report/references";
import { decisionFor, findingStatus } from "../report/status";
import { displayName, subjectIndex, type SubjectInfo } from "../report/summary";
import { checklistFindings } from "../../engine/risk/checklistFindings";
import { buildAppendix } from "./appendix";
import { checklistItems } from "./checklist";
import { groupByCategory, groupByElement, sortReportFindings } from "./grouping";
import { engineFindings, engineQuestions } from "./engineAdapter";
import { DEFAULT_REPORT_OPTIONS, type ReportContentOptions } from "./options";
import { customReferences, engineReferences } from "./references";
import { inherentRisk, residualRisk } from "./risk";
import { summarize } from "./summary";
import type { ReportData, ReportFinding, ReportQuestion } from "./types";
import { buildReportWorkshop } from "./workshop";

export interface BuildReportOptions extends Partial<ReportContentOptions> {
  generatedAt?: string;
  references?: ReferenceResolver;
}

export function buildReportData(
  model: ThreatModel,
  result: EvaluationResult,
  options: BuildReportOptions = {},
): ReportData {
  const { generatedAt, references, ...content } = options;
  const settings: ReportContentOptions = { ...DEFAULT_REPORT_OPTIONS, ...content };
  const subjects = subjectIndex(model);
  const named = (id: string): SubjectInfo => {
    const subject = subjects(id);
    return { ...subject, name: displayName(subject) };
  };
  const triageOf = (id: string): TriageRecord | null =>
    Object.hasOwn(model.triage, id) ? model.triage[id]! : null;

  const all: ReportFinding[] = [
    ...engineFindings(result).map((finding) => fromEngine(finding)),
    // Checklist items answered "no" (unless the caller passed a result that holds them already).
    ...checklistFindings(model)
      .filter((finding) => !result.findings.some((f) => f.id === finding.id))
      .map((finding) => ({ ...fromEngine(finding), origin: "checklist" as const })),
    ...model.customThreats.map((threat) => {
      const triage = triageOf(threat.id);
      return {
        id: threat.id,
        origin: "custom" as const,
        ruleId: null,
        title: threat.title,
        description: threat.description,
        targets: threat.targetIds.map(named),
        groupId: threat.targetIds[0] ?? model.id,
        categories: {
          stride: [...threat.categories.stride],
          linddun: [...threat.categories.linddun],
        },
        references: customReferences(threat.references, references),
        suggestedMitigations: threat.mitigation.trim() ? [threat.mitigation] : [],
        mitigationRecords: recordsFor([threat.id]),
        because: [],
        status: findingStatus(model, threat.id),
        triage,
        risk: inherentRisk(threat, triage, model.settings.scoring),
        residual: residualRisk(triage),
        assumptions: assumptionsFor([threat.id]),
      };
    }),
  ];

  function fromEngine(finding: Finding): ReportFinding {
    // A decision, mitigation or assumption recorded under an older id (an alias) is this one's.
    const triage = decisionFor(model, finding) ?? null;
    const ids = [finding.id, ...finding.aliases];
    return {
      id: finding.id,
      origin: "engine",
      ruleId: finding.ruleId,
      title: finding.title,
      description: finding.description,
      targets: finding.targetIds.map(named),
      groupId: finding.targetIds[0] ?? model.id,
      categories: {
        stride: [...finding.categories.stride],
        linddun: [...finding.categories.linddun],
      },
      references: engineReferences(finding.references, references),
      suggestedMitigations: finding.mitigations,
      mitigationRecords: recordsFor(ids),
      because: finding.because.map((fact) => formatBecause(fact, named(fact.subjectId).name)),
      status: findingStatus(model, finding),
      triage,
      risk: inherentRisk(finding, triage, model.settings.scoring),
      residual: residualRisk(triage),
      assumptions: assumptionsFor(ids),
    };
  }
  function recordsFor(ids: readonly string[]) {
    return model.mitigations.filter((m) => m.findingIds.some((id) => ids.includes(id)));
  }
  function assumptionsFor(ids: readonly string[]) {
    return model.assumptions.filter((a) => a.findingIds.some((id) => ids.includes(id)));
  }

  const shown = sortReportFindings(
    all.filter(
      (f) =>
        (settings.includeNotApplicable || f.status !== "notApplicable") &&
        inFrameworks(f, settings.frameworks),
    ),
  );
  const titles = new Map(all.map((f) => [f.id, f.title]));
  for (const finding of engineFindings(result))
    for (const alias of finding.aliases) if (!titles.has(alias)) titles.set(alias, finding.title);
  const titleOf = (id: string) => titles.get(id) ?? (triageOf(id)?.title || id);

  const questions: ReportQuestion[] = settings.includeQuestions
    ? engineQuestions(result).map((q) => ({
        key: q.key,
        subject: named(q.subjectId),
        text: q.text,
        dependents: q.dependents,
      }))
    : [];

  // Decisions keyed on a current id or on an alias of one still apply.
  const firing = new Set([
    ...all.map((f) => f.id),
    ...engineFindings(result).flatMap((f) => f.aliases),
  ]);
  const noLongerApplies = Object.entries(model.triage)
    .filter(([id]) => !firing.has(id))
    .map(([id, record]) => ({
      id,
      title: record.title || id,
      status: record.status,
      targets: record.targetIds.map((t) => named(t).name),
    }));

  return {
    model,
    generatedAt: generatedAt ?? new Date().toISOString(),
    documentVersion: { updatedAt: model.updatedAt, fingerprint: documentFingerprint(model) },
    options: settings,
    scoring: model.settings.scoring,
    findings: shown,
    byElement: groupByElement(shown, named),
    byCategory: groupByCategory(shown, settings.frameworks),
    questions,
    checklist: checklistItems(model),
    summary: summarize(shown),
    mitigationPlan: model.mitigations.map((record) => ({
      record,
      findings: record.findingIds.map((id) => ({ id, title: titleOf(id) })),
    })),
    assumptions: model.assumptions.map((assumption) => ({
      assumption,
      elements: assumption.elementIds.map((id) => named(id).name),
      findings: assumption.findingIds.map(titleOf),
    })),
    decisionLog: settings.includeDecisionLog
      ? [...model.decisionLog]
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
          .map((entry) => ({ entry, findingTitle: titleOf(entry.findingId) }))
      : [],
    noLongerApplies,
    appendix: settings.includeAppendix ? buildAppendix(model, named) : { elements: [], flows: [] },
    workshop: buildReportWorkshop(model, named),
  };
}

function inFrameworks(finding: ReportFinding, choice: ReportContentOptions["frameworks"]): boolean {
  const { stride, linddun } = finding.categories;
  if (choice === "both" || (stride.length === 0 && linddun.length === 0)) return true;
  return choice === "stride" ? stride.length > 0 : linddun.length > 0;
}
