import { TRIAGE_STATUSES } from "../../../domain/decisions";
import { TRIAGE_STATUS_LABELS } from "../../../domain/labels";
import { severityOf } from "../../../engine/scoring";
import { SEVERITY_LABELS } from "../../csv/riskRegister";
import { SEVERITIES_DESC } from "../../report/summary";
import type { HeatMap, ReportData } from "../../reportData";
import { oneLine } from "../text";
import { BAND_FILL, COLOR, SIZE } from "../theme";
import { BODY, BOLD, type PdfWriter } from "../writer";

/** Counts by status and severity, the two 5x5 matrices, triage progress and the top risks. */
export function writeSummary(
  writer: PdfWriter,
  data: ReportData,
  findingDestination: (id: string) => string,
): void {
  const s = data.summary;
  writer.paragraph(
    `${s.total} findings. ${s.atRisk} are still at risk (open, under investigation or being mitigated). ${s.decided} of ${s.total} have a decision.`,
  );
  writer.gap(4);
  writer.table(
    [
      { header: "Severity", width: 2 },
      { header: "Findings", width: 1, align: "right" },
      { header: "At risk", width: 1, align: "right" },
    ],
    SEVERITIES_DESC.map((severity) => [
      { text: SEVERITY_LABELS[severity], bold: true },
      { text: String(s.bySeverity[severity]) },
      { text: String(s.atRiskBySeverity[severity]) },
    ]),
  );
  writer.table(
    [
      { header: "Status", width: 2 },
      { header: "Findings", width: 1, align: "right" },
    ],
    TRIAGE_STATUSES.map((status) => [
      { text: TRIAGE_STATUS_LABELS[status] },
      { text: String(s.byStatus[status]) },
    ]),
  );
  progressBar(writer, s.decided, s.total);

  writer.heading("Risk matrix: inherent and residual", SIZE.h3, { keepWith: 200 });
  const top = writer.y;
  const half = (writer.width - 30) / 2;
  heatMap(writer, s.inherentHeat, writer.left, top, half, "Inherent (as found)");
  heatMap(writer, s.residualHeat, writer.left + half + 30, top, half, "Residual (after decisions)");
  writer.y = top + 200;
  if (s.residualNotAssessed > 0) {
    writer.paragraph(
      `${s.residualNotAssessed} closed finding(s) have no residual risk assessed and are not placed in the residual matrix.`,
      { size: SIZE.small, color: COLOR.muted },
    );
  }

  writer.heading("Top open risks", SIZE.h3);
  if (s.topRisks.length === 0) writer.paragraph("No open risks.");
  writer.table(
    [
      { header: "Severity", width: 1.2 },
      { header: "Finding", width: 5 },
      { header: "Element", width: 2 },
      { header: "Status", width: 1.6 },
    ],
    s.topRisks.map((f) => [
      { text: SEVERITY_LABELS[f.risk.severity], bold: true, color: COLOR.text },
      { text: oneLine(f.title), goTo: findingDestination(f.id) },
      { text: oneLine(f.targets[0]?.name ?? "(whole model)") },
      { text: TRIAGE_STATUS_LABELS[f.status] },
    ]),
  );
}

function progressBar(writer: PdfWriter, decided: number, total: number): void {
  const { doc } = writer;
  writer.ensureSpace(40);
  const y = writer.y;
  const width = writer.width;
  const share = total === 0 ? 1 : decided / total;
  doc
    .font(BOLD)
    .fontSize(SIZE.body)
    .fillColor(COLOR.text)
    .text(
      `Triage progress: ${decided} of ${total} decided (${Math.round(share * 100)}%)`,
      writer.left,
      y,
    );
  const barY = y + 15;
  doc.roundedRect(writer.left, barY, width, 8, 4).fill("#e2e8f0");
  if (share > 0)
    doc.roundedRect(writer.left, barY, Math.max(8, width * share), 8, 4).fill(COLOR.accent);
  writer.y = barY + 20;
}

function heatMap(
  writer: PdfWriter,
  map: HeatMap,
  x: number,
  y: number,
  width: number,
  title: string,
): void {
  const { doc } = writer;
  const labelWidth = 22;
  const cell = Math.min((width - labelWidth) / 5, 30);
  doc
    .font(BOLD)
    .fontSize(SIZE.body)
    .fillColor(COLOR.text)
    .text(title, x, y, { width, lineBreak: false });
  const gridTop = y + 16;
  doc.font(BODY).fontSize(SIZE.small).fillColor(COLOR.muted);
  map.forEach((row, r) => {
    const likelihood = 5 - r;
    doc.fillColor(COLOR.muted).text(String(likelihood), x, gridTop + r * cell + cell / 2 - 4, {
      width: labelWidth - 6,
      align: "right",
      lineBreak: false,
    });
    row.forEach((count, c) => {
      const impact = c + 1;
      const cx = x + labelWidth + c * cell;
      const cy = gridTop + r * cell;
      doc
        .rect(cx, cy, cell, cell)
        .fillAndStroke(BAND_FILL[severityOf(likelihood * impact)], "#ffffff");
      if (count > 0) {
        doc
          .font(BOLD)
          .fontSize(SIZE.body)
          .fillColor(COLOR.text)
          .text(String(count), cx, cy + cell / 2 - 5, {
            width: cell,
            align: "center",
            lineBreak: false,
          });
      }
    });
  });
  const axisY = gridTop + 5 * cell + 3;
  doc.font(BODY).fontSize(SIZE.small).fillColor(COLOR.muted);
  for (let c = 0; c < 5; c++) {
    doc.text(String(c + 1), x + labelWidth + c * cell, axisY, {
      width: cell,
      align: "center",
      lineBreak: false,
    });
  }
  doc.text("impact →", x + labelWidth, axisY + 11, {
    width: 5 * cell,
    align: "center",
    lineBreak: false,
  });
  doc.text("likelihood ↑", x, gridTop - 12 + 5 * cell + 30, { lineBreak: false });
}
