import { WorkshopRecordSchema, type WorkshopRecord } from "../decisions";
import { nowIso } from "../document";
import { fail, ok, type OperationResult } from "../operations/result";
import type { ThreatModel } from "../schema";
import { formatIssues, quoteUserText } from "../validation";

/**
 * The session record as pure operations on the document: who came (names and roles), the
 * notes, how far the guided walk got, answers to blind-spot prompts and the agenda's
 * durations. Decisions about findings made in the session go to the decision log through the
 * triage operations (`via: "walk"`), not here.
 *
 * Every operation checks the record it yields against the schema and refuses, naming the field,
 * rather than write a record that would not open again.
 */

export interface AttendeeFields {
  name: string;
  role: string;
}

/** The schema's default agenda (parsed on first use: see `triage/records.ts` on zod and the CSP). */
export function defaultAgenda(): WorkshopRecord["agenda"] {
  return WorkshopRecordSchema.parse({}).agenda;
}

function withWorkshop(doc: ThreatModel, workshop: WorkshopRecord): OperationResult {
  const parsed = WorkshopRecordSchema.safeParse(workshop);
  if (!parsed.success) {
    return fail(
      formatIssues(parsed.error)
        .map((line) => `workshop.${line}`)
        .join("; "),
    );
  }
  return ok({ ...doc, workshop });
}

type Attendee = WorkshopRecord["attendees"][number];

function cleanAttendee(fields: AttendeeFields): Attendee {
  return { name: fields.name.trim(), role: fields.role.trim() };
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;
}

export function addAttendee(doc: ThreatModel, fields: AttendeeFields): OperationResult {
  const attendee = cleanAttendee(fields);
  if (attendee.name === "") return fail("an attendee needs a name");
  if (doc.workshop.attendees.some((a) => sameName(a.name, attendee.name))) {
    return fail(`${attendee.name} is already listed`);
  }
  return withWorkshop(doc, {
    ...doc.workshop,
    attendees: [...doc.workshop.attendees, attendee],
  });
}

export function updateAttendee(
  doc: ThreatModel,
  index: number,
  fields: AttendeeFields,
): OperationResult {
  const current = doc.workshop.attendees[index];
  if (!current) return fail(`there is no attendee number ${index + 1}`);
  const attendee = cleanAttendee(fields);
  if (attendee.name === "") return fail("an attendee needs a name");
  if (doc.workshop.attendees.some((a, i) => i !== index && sameName(a.name, attendee.name))) {
    return fail(`${attendee.name} is already listed`);
  }
  if (attendee.name === current.name && attendee.role === current.role) return ok(doc);
  const attendees = doc.workshop.attendees.map((a, i) => (i === index ? { ...a, ...attendee } : a));
  return withWorkshop(doc, { ...doc.workshop, attendees });
}

export function removeAttendee(doc: ThreatModel, index: number): OperationResult {
  if (!doc.workshop.attendees[index]) return fail(`there is no attendee number ${index + 1}`);
  return ok({
    ...doc,
    workshop: {
      ...doc.workshop,
      attendees: doc.workshop.attendees.filter((_, i) => i !== index),
    },
  });
}

export function setWorkshopNotes(doc: ThreatModel, notes: string): OperationResult {
  if (notes === doc.workshop.notes) return ok(doc);
  return withWorkshop(doc, { ...doc.workshop, notes });
}

/**
 * The notes with a line stamped with the time (local hours and minutes, as the room reads the
 * clock), so what was said can be placed in the session: "14:05 — ".
 */
export function stampedNoteLine(notes: string, at: Date): string {
  const hh = String(at.getHours()).padStart(2, "0");
  const mm = String(at.getMinutes()).padStart(2, "0");
  const separator = notes === "" || notes.endsWith("\n") ? "" : "\n";
  return `${notes}${separator}${hh}:${mm} — `;
}

/** Marks steps of the guided walk walked (those already marked are left as they are). */
export function markWalked(doc: ThreatModel, ids: readonly string[]): OperationResult {
  const known = new Set(doc.workshop.walked);
  const added = ids.filter((id, i) => !known.has(id) && ids.indexOf(id) === i);
  if (added.length === 0) return ok(doc);
  return withWorkshop(doc, { ...doc.workshop, walked: [...doc.workshop.walked, ...added] });
}

export function unmarkWalked(doc: ThreatModel, ids: readonly string[]): OperationResult {
  const dropped = new Set(ids);
  const walked = doc.workshop.walked.filter((id) => !dropped.has(id));
  if (walked.length === doc.workshop.walked.length) return ok(doc);
  return ok({ ...doc, workshop: { ...doc.workshop, walked } });
}

/** Start the walk over: nothing walked. Prompt answers and decisions stay. */
export function clearWalk(doc: ThreatModel): OperationResult {
  if (doc.workshop.walked.length === 0) return ok(doc);
  return ok({ ...doc, workshop: { ...doc.workshop, walked: [] } });
}

/** The key a prompt's answer is stored under: the prompt's id and the item it was asked at. */
export function promptAnswerKey(promptId: string, subjectId: string): string {
  return `${promptId}@${subjectId}`;
}

/**
 * Record the room's answer to a blind-spot prompt (an empty answer removes it), stamped with
 * the time it was given.
 */
export function answerPrompt(
  doc: ThreatModel,
  key: string,
  answer: string,
  at: string = nowIso(),
): OperationResult {
  if (key === "__proto__" || key === "" || key.length > 400) {
    return fail(`workshop.promptAnswers: ${quoteUserText(key.slice(0, 40))} is not a prompt key`);
  }
  const text = answer.trim();
  const current = Object.hasOwn(doc.workshop.promptAnswers, key)
    ? doc.workshop.promptAnswers[key]
    : undefined;
  if (text === "") {
    if (!current) return ok(doc);
    const promptAnswers = { ...doc.workshop.promptAnswers };
    delete promptAnswers[key];
    return ok({ ...doc, workshop: { ...doc.workshop, promptAnswers } });
  }
  if (current?.answer === text) return ok(doc);
  return withWorkshop(doc, {
    ...doc.workshop,
    promptAnswers: { ...doc.workshop.promptAnswers, [key]: { answer: text, at } },
  });
}

/** Change how long one phase of the agenda lasts (whole minutes, 1 to 600). */
export function setPhaseMinutes(doc: ThreatModel, index: number, minutes: number): OperationResult {
  const phase = doc.workshop.agenda[index];
  if (!phase) return fail(`there is no agenda phase number ${index + 1}`);
  if (phase.minutes === minutes) return ok(doc);
  const agenda = doc.workshop.agenda.map((p, i) => (i === index ? { ...p, minutes } : p));
  return withWorkshop(doc, { ...doc.workshop, agenda });
}

/** The four phases with their usual durations (30, 105, 30 and 30 minutes). */
export function resetAgenda(doc: ThreatModel): OperationResult {
  const agenda = defaultAgenda();
  const same =
    doc.workshop.agenda.length === agenda.length &&
    doc.workshop.agenda.every((p, i) => p.id === agenda[i]!.id && p.minutes === agenda[i]!.minutes);
  if (same) return ok(doc);
  return ok({ ...doc, workshop: { ...doc.workshop, agenda } });
}
