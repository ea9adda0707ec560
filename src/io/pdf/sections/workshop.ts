import type { ReportData } from "../../reportData";
import { oneLine } from "../text";
import { COLOR } from "../theme";
import type { PdfWriter } from "../writer";

/** The workshop session: who came, the agenda, how far the walk got, the prompts answered, notes. */
export function writeWorkshop(writer: PdfWriter, data: ReportData): void {
  const workshop = data.workshop;
  if (!workshop) return;
  if (workshop.attendees.length) {
    writer.subheading("Attendees");
    for (const a of workshop.attendees) writer.bullet(a.role ? `${a.name}, ${a.role}` : a.name);
    writer.gap(4);
  }
  writer.subheading("Agenda");
  for (const phase of workshop.agenda) writer.bullet(`${phase.label}: ${phase.minutes} min`);
  writer.gap(4);
  writer.field(
    "Guided walk",
    `${workshop.walk.walked} of ${workshop.walk.total} elements, flows and boundaries walked`,
  );
  writer.field(
    "Decisions made during the walk",
    workshop.walkDecisions === 0
      ? "none"
      : `${workshop.walkDecisions} (in the decision log, marked "guided walk")`,
  );
  writer.gap(6);
  if (workshop.promptAnswers.length) {
    writer.subheading("Blind-spot prompts answered");
    writer.table(
      [
        { header: "Asked at", width: 2 },
        { header: "Prompt", width: 3.2 },
        { header: "The room's answer", width: 4 },
        { header: "When (UTC)", width: 1.5 },
      ],
      workshop.promptAnswers.map((a) => [
        { text: oneLine(a.subject) },
        { text: a.question },
        { text: a.answer },
        { text: a.at ? a.at.replace("T", " ").slice(0, 16) : "" },
      ]),
    );
  }
  if (workshop.notes.trim()) {
    writer.gap(4);
    writer.subheading("Session notes");
    writer.paragraph(workshop.notes);
  } else {
    writer.paragraph("No session notes.", { color: COLOR.muted });
  }
}
