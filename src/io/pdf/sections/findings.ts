import { MITIGATION_STATUS_LABELS, TRIAGE_STATUS_LABELS } from "../../../domain/labels";
import { isHttpUrl } from "../../../domain/decisions";
import { SEVERITY_LABELS } from "../../csv/riskRegister";
import { typeLabel } from "../../report/summary";
import type { ReportData, ReportFinding } from "../../reportData";
import { wrapLines } from "../lines";
import { oneLine } from "../text";
import { COLOR, SEVERITY_FILL, SIZE } from "../theme";
import { BODY, BOLD, type PdfWriter } from "../writer";

export interface OutlineTarget {
  title: string;
  destination: string;
  page: number;
}

/**
 * Findings grouped by element, each with its decision, risk, why it applies, references as
 * links, and mitigations. Returns a destination per group (for the bookmarks) and registers one
 * per finding (for links from the summary and the category view).
 */
export function writeFindingsByElement(
  writer: PdfWriter,
  data: ReportData,
  findingDestination: (id: string) => string,
  currentPage: () => number,
): OutlineTarget[] {
  const groups: OutlineTarget[] = [];
  if (data.findings.length === 0) writer.paragraph("No findings.");
  for (const group of data.byElement) {
    writer.heading(`${oneLine(group.subject.name)} (${typeLabel(group.subject.type)})`, SIZE.h2, {
      keepWith: 90,
    });
    groups.push({
      title: oneLine(group.subject.name),
      destination: writer.destination("g"),
      page: currentPage(),
    });
    for (const finding of group.findings) {
      writer.ensureSpace(90);
      writer.namedDestination(findingDestination(finding.id));
      writeFinding(writer, finding);
    }
  }
  return groups;
}

function writeFinding(writer: PdfWriter, f: ReportFinding): void {
  const { doc } = writer;
  const chip = SEVERITY_LABELS[f.risk.severity];
  doc.font(BOLD).fontSize(SIZE.small);
  const chipWidth = doc.widthOfString(chip) + 10;
  const y = writer.y;
  doc.roundedRect(writer.left, y, chipWidth, 13, 3).fill(SEVERITY_FILL[f.risk.severity]);
  doc.fillColor("#ffffff").text(chip, writer.left + 5, y + 2.5, { lineBreak: false });
  writer.y = y;
  writer.lines(
    wrapLines(oneLine(f.title), SIZE.h3, true, writer.width - chipWidth - 6),
    writer.left + chipWidth + 6,
    { size: SIZE.h3, bold: true, color: COLOR.text },
  );
  writer.gap(3);
  writer.field("Status", TRIAGE_STATUS_LABELS[f.status]);
  writer.field(
    "Risk",
    `${SEVERITY_LABELS[f.risk.severity]} (${f.risk.basis}${f.risk.overridden ? ", adjusted by the team" : ""})`,
  );
  if (f.residual)
    writer.field("Residual risk", `${SEVERITY_LABELS[f.residual.severity]} (${f.residual.basis})`);
  const categories = [
    ...f.categories.stride.map((c) => `STRIDE ${c}`),
    ...f.categories.linddun.map((c) => `LINDDUN ${c}`),
  ];
  if (categories.length) writer.field("Categories", categories.join(", "));
  if (f.targets.length) writer.field("Elements", f.targets.map((t) => oneLine(t.name)).join(" → "));
  const t = f.triage;
  if (t?.justification.trim()) writer.field("Justification", t.justification);
  if (t?.owner.trim()) writer.field("Owner", t.owner);
  if (t?.ticket) writer.field("Ticket", t.ticket, { link: isHttpUrl(t.ticket) ? t.ticket : null });
  if (t?.reviewBy) writer.field("Review by", t.reviewBy);
  writer.field("Finding id", f.id);
  writer.gap(3);
  if (f.description.trim()) writer.paragraph(f.description);
  if (f.because.length) {
    writer.subheading("Why it applies");
    for (const line of f.because) writer.bullet(line);
    writer.gap(3);
  }
  if (f.references.length) {
    writer.subheading("References");
    for (const r of f.references)
      writer.bullet(r.name ? `${r.id} ${r.name}` : r.id, { link: r.url });
    writer.gap(3);
  }
  if (f.mitigationRecords.length) {
    writer.subheading("Mitigations recorded");
    for (const m of f.mitigationRecords) {
      writer.bullet(
        `${m.title} (${[MITIGATION_STATUS_LABELS[m.status], m.owner].filter(Boolean).join(", ")})`,
      );
    }
    writer.gap(3);
  }
  if (f.suggestedMitigations.length) {
    writer.subheading("Suggested mitigations");
    for (const m of f.suggestedMitigations) writer.bullet(m);
    writer.gap(3);
  }
  if (f.assumptions.length) {
    writer.subheading("Assumptions");
    for (const a of f.assumptions) writer.bullet(`${a.valid ? "" : "No longer holds: "}${a.text}`);
  }
  writer.gap(6);
  writer.rule();
  doc.font(BODY);
}

/** The second view: one table per framework category, rows linking to the finding's details. */
export function writeFindingsByCategory(
  writer: PdfWriter,
  data: ReportData,
  findingDestination: (id: string) => string,
  currentPage: () => number,
): OutlineTarget[] {
  const groups: OutlineTarget[] = [];
  for (const group of data.byCategory) {
    writer.heading(group.label, SIZE.h2, { keepWith: 60 });
    groups.push({ title: group.label, destination: writer.destination("c"), page: currentPage() });
    writer.table(
      [
        { header: "Severity", width: 1.1 },
        { header: "Finding", width: 5 },
        { header: "Element", width: 2.2 },
        { header: "Status", width: 1.7 },
      ],
      group.findings.map((f) => [
        { text: SEVERITY_LABELS[f.risk.severity], bold: true },
        { text: oneLine(f.title), goTo: findingDestination(f.id) },
        { text: oneLine(f.targets[0]?.name ?? "(whole model)") },
        { text: TRIAGE_STATUS_LABELS[f.status] },
      ]),
    );
  }
  return groups;
}
