import { MITIGATION_STATUS_LABELS, TRIAGE_STATUS_LABELS } from "../../../domain/labels";
import { DECISION_VIA_LABELS } from "../../../domain/triage/viaLabels";
import { SEVERITY_LABELS } from "../../csv/riskRegister";
import { typeLabel } from "../../report/summary";
import type { ReportData } from "../../reportData";
import { oneLine } from "../text";
import { COLOR, SIZE } from "../theme";
import type { PdfWriter } from "../writer";

export function writeScope(writer: PdfWriter, data: ReportData): void {
  const { model } = data;
  writer.paragraph(model.description.trim() || "No description given.");
  const outOfScope = [
    ...model.elements.map((e) => ({
      name: e.name,
      id: e.id,
      out: e.outOfScope,
      reason: e.outOfScopeReason,
    })),
    ...model.flows.map((f) => ({
      name: f.label,
      id: f.id,
      out: f.outOfScope,
      reason: f.outOfScopeReason,
    })),
  ].filter((item) => item.out);
  if (outOfScope.length) {
    writer.subheading("Out of scope");
    for (const item of outOfScope) {
      writer.bullet(`${oneLine(item.name) || item.id}${item.reason ? `: ${item.reason}` : ""}`);
    }
  }
  if (data.workshop) {
    writer.gap(4);
    writer.paragraph(
      "A workshop was held on this model: its attendees, answers and notes are under Workshop session.",
      { color: COLOR.muted },
    );
  }
}

export function writeMitigationPlan(writer: PdfWriter, data: ReportData): void {
  if (data.mitigationPlan.length === 0) {
    writer.paragraph("No mitigations recorded yet.");
    return;
  }
  writer.table(
    [
      { header: "Mitigation", width: 3 },
      { header: "Status", width: 1.2 },
      { header: "Owner", width: 1.4 },
      { header: "Ticket", width: 2 },
      { header: "Addresses", width: 3 },
    ],
    data.mitigationPlan.map(({ record, findings }) => [
      {
        text: record.title + (record.description.trim() ? `\n${record.description}` : ""),
        bold: false,
      },
      { text: MITIGATION_STATUS_LABELS[record.status] },
      { text: record.owner },
      { text: record.ticket },
      { text: findings.map((f) => oneLine(f.title)).join("\n") },
    ]),
  );
}

export function writeAssumptions(writer: PdfWriter, data: ReportData): void {
  if (data.assumptions.length === 0) {
    writer.paragraph("No assumptions recorded.");
    return;
  }
  writer.table(
    [
      { header: "Assumption", width: 4 },
      { header: "Holds", width: 0.8 },
      { header: "About", width: 3 },
    ],
    data.assumptions.map(({ assumption, elements, findings }) => [
      { text: assumption.text },
      { text: assumption.valid ? "Yes" : "No" },
      { text: [...elements, ...findings].map(oneLine).join("\n") },
    ]),
  );
}

export function writeQuestions(writer: PdfWriter, data: ReportData): void {
  if (data.questions.length === 0) {
    writer.paragraph("Nothing is left unknown.");
    return;
  }
  writer.paragraph(
    "Properties nobody has set yet. Each answer turns the possible findings that depend on it into definite ones, or makes them go away.",
    { color: COLOR.muted },
  );
  writer.table(
    [
      { header: "Element", width: 2 },
      { header: "Question", width: 4 },
      { header: "Depends on it", width: 3 },
    ],
    data.questions.map((q) => [
      { text: oneLine(q.subject.name) },
      { text: q.text },
      {
        text: q.dependents
          .map((d) => `${SEVERITY_LABELS[d.severity]}: ${oneLine(d.title)}`)
          .join("\n"),
      },
    ]),
  );
}

export function writeDecisionLog(writer: PdfWriter, data: ReportData): void {
  if (data.decisionLog.length === 0) {
    writer.paragraph("No decisions logged.");
    return;
  }
  writer.table(
    [
      { header: "When (UTC)", width: 1.5 },
      { header: "Finding", width: 3 },
      { header: "Change", width: 2 },
      { header: "By", width: 1.2 },
      { header: "How", width: 1.1 },
      { header: "Justification", width: 3 },
    ],
    data.decisionLog.map(({ entry, findingTitle }) => [
      { text: entry.at.replace("T", " ").slice(0, 16) },
      { text: oneLine(findingTitle) },
      { text: `${TRIAGE_STATUS_LABELS[entry.from]} → ${TRIAGE_STATUS_LABELS[entry.to]}` },
      { text: entry.by },
      { text: DECISION_VIA_LABELS[entry.via] },
      { text: entry.justification },
    ]),
  );
}

export function writeNoLongerApplies(writer: PdfWriter, data: ReportData): void {
  writer.paragraph("The model changed since these were decided; their findings no longer fire.", {
    color: COLOR.muted,
  });
  writer.table(
    [
      { header: "Decision on", width: 4 },
      { header: "Status", width: 1.5 },
      { header: "Finding id", width: 3 },
    ],
    data.noLongerApplies.map((d) => [
      { text: oneLine(d.title) },
      { text: TRIAGE_STATUS_LABELS[d.status] },
      { text: d.id },
    ]),
  );
}

export function writeAppendix(writer: PdfWriter, data: ReportData): void {
  writer.table(
    [
      { header: "Element", width: 2.2 },
      { header: "Type", width: 1.6 },
      { header: "In boundary", width: 1.6 },
      { header: "Properties", width: 4 },
    ],
    data.appendix.elements.map((row) => [
      { text: oneLine(row.subject.name), bold: true },
      { text: [typeLabel(row.subject.type), row.kind].filter(Boolean).join("\n") },
      { text: oneLine(row.boundary) },
      {
        text: [
          ...row.properties.map(([k, v]) => `${k}: ${v}`),
          ...(row.technologies.length ? [`Technologies: ${row.technologies.join(", ")}`] : []),
          ...(row.outOfScope ? [`Out of scope: ${row.outOfScope}`] : []),
        ].join("\n"),
      },
    ]),
    { size: SIZE.small },
  );
  writer.heading("Data flows", SIZE.h3);
  writer.table(
    [
      { header: "Flow", width: 2 },
      { header: "From → to", width: 3 },
      { header: "Properties", width: 4 },
    ],
    data.appendix.flows.map((row) => [
      { text: oneLine(row.subject.name), bold: true },
      { text: row.kind },
      { text: row.properties.map(([k, v]) => `${k}: ${v}`).join("\n") },
    ]),
    { size: SIZE.small },
  );
}
