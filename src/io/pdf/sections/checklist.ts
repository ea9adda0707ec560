import { CHECKLIST_ANSWER_LABELS } from "../../reportData/checklist";
import type { ReportData } from "../../reportData";
import { COLOR } from "../theme";
import type { PdfWriter } from "../writer";

/** The model-level checklist: each question with the team's answer and note. */
export function writeChecklist(writer: PdfWriter, data: ReportData): void {
  const answered = data.checklist.filter((item) => item.answer !== null).length;
  writer.paragraph(
    `How the team works, which no diagram shows: ${answered} of ${data.checklist.length} items answered. A "No" is listed among the findings, about the whole model.`,
    { color: COLOR.muted },
  );
  writer.table(
    [
      { header: "Item", width: 2 },
      { header: "Question", width: 4 },
      { header: "Answer", width: 1.2 },
      { header: "Note", width: 3 },
    ],
    data.checklist.map((item) => [
      { text: item.source },
      { text: item.question || "(an item this version does not list)" },
      { text: item.answer === null ? "Not answered" : CHECKLIST_ANSWER_LABELS[item.answer] },
      { text: [item.note, item.by ? `(${item.by})` : ""].filter(Boolean).join(" ") },
    ]),
  );
}
