import { linddunLabel, strideLabel } from "../report/categories";
import { severityRank } from "../report/summary";
import type { SubjectInfo } from "../report/summary";
import type { LinddunCode, StrideCode } from "../../engine/rules/schema";
import type { CategoryGroup, FindingGroup, ReportFinding } from "./types";
import type { FrameworkChoice } from "./options";

/** Report order: most severe first, then highest score, then id (reproducible output). */
export function sortReportFindings(findings: readonly ReportFinding[]): ReportFinding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.risk.severity) - severityRank(a.risk.severity) ||
      (b.risk.dread ?? 0) - (a.risk.dread ?? 0) ||
      b.risk.score - a.risk.score ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** By the element each finding is shown on, groups in the order of their most severe finding. */
export function groupByElement(
  findings: readonly ReportFinding[],
  subject: (id: string) => SubjectInfo,
): FindingGroup[] {
  const groups = new Map<string, ReportFinding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.groupId);
    if (list) list.push(finding);
    else groups.set(finding.groupId, [finding]);
  }
  return [...groups].map(([id, list]) => ({ subject: subject(id), findings: list }));
}

const STRIDE: readonly StrideCode[] = ["S", "T", "R", "I", "D", "E"];
const LINDDUN: readonly LinddunCode[] = ["L", "I", "Nr", "D", "DD", "U", "Nc"];

/** By framework category, in the framework's order; a finding is listed under each of its own. */
export function groupByCategory(
  findings: readonly ReportFinding[],
  frameworks: FrameworkChoice,
): CategoryGroup[] {
  const groups: CategoryGroup[] = [];
  if (frameworks !== "linddun") {
    for (const code of STRIDE) {
      const list = findings.filter((f) => f.categories.stride.includes(code));
      if (list.length)
        groups.push({ code, framework: "stride", label: strideLabel(code), findings: list });
    }
  }
  if (frameworks !== "stride") {
    for (const code of LINDDUN) {
      const list = findings.filter((f) => f.categories.linddun.includes(code));
      if (list.length)
        groups.push({ code, framework: "linddun", label: linddunLabel(code), findings: list });
    }
  }
  const none = findings.filter(
    (f) => f.categories.stride.length === 0 && f.categories.linddun.length === 0,
  );
  if (none.length)
    groups.push({ code: "", framework: "none", label: "No framework category", findings: none });
  return groups;
}
