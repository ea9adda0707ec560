import { mdTableRow } from "../report/markdownEscape";
import { CHECKLIST_ANSWER_LABELS, type ReportChecklistItem } from "../reportData/checklist";

/** The model-level checklist as a Markdown section: each question, the answer and the note. */
export function checklistMarkdown(items: readonly ReportChecklistItem[]): string[] {
  const answered = items.filter((item) => item.answer !== null).length;
  return [
    "## Organisation checklist",
    "",
    `How the team works, which no diagram shows: ${answered} of ${items.length} items answered. A “No” is listed among the findings, about the whole model.`,
    "",
    mdTableRow(["Item", "Question", "Answer", "Note"]),
    "| --- | --- | --- | --- |",
    ...items.map((item) =>
      mdTableRow([
        item.source,
        item.question || "(an item this version does not list)",
        item.answer === null ? "Not answered" : CHECKLIST_ANSWER_LABELS[item.answer],
        [item.note, item.by ? `(${item.by})` : ""].filter(Boolean).join(" "),
      ]),
    ),
    "",
  ];
}
