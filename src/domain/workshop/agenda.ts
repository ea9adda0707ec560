import "../zodConfig";
import { z } from "zod";
import type { AGENDA_PHASES, WorkshopRecord } from "../decisions";

/**
 * The agenda's clock, as pure functions of the time: nothing here reads a clock, every function
 * is given `now` (milliseconds since the epoch) by its caller, so tests, the browser and a paused
 * laptop all agree on where the session stands.
 *
 * The clock state changes only when the facilitator acts (start, pause, move to a phase); what
 * the time makes of it — which phase is on, how long is left, what cue is due — is read from the
 * state and the time. With `autoAdvance`, a phase whose time is up hands over to the next one
 * (the time beyond its end counting for the next); without it, the phase runs into overtime.
 */

export type AgendaPhaseId = (typeof AGENDA_PHASES)[number];
export type Agenda = WorkshopRecord["agenda"];
export type AgendaPhase = Agenda[number];

export const AgendaClockSchema = z.strictObject({
  /** The phase the facilitator last set the clock to (index into the agenda). */
  phase: z.number().int().min(0).max(10),
  /** Time spent in that phase before `runningSince` (or before the pause). */
  spentMs: z.number().finite().min(0),
  /** When the clock last started running; null while it stands still. */
  runningSince: z.number().finite().nullable(),
});
export type AgendaClock = z.infer<typeof AgendaClockSchema>;

export const INITIAL_CLOCK: AgendaClock = Object.freeze({
  phase: 0,
  spentMs: 0,
  runningSince: null,
});

export interface AgendaOptions {
  /** When a phase's time is up, the next phase starts (else the phase runs into overtime). */
  autoAdvance: boolean;
}

export type AgendaStatus = "running" | "paused" | "finished";

export interface AgendaReading {
  status: AgendaStatus;
  /** The current phase's index; `agenda.length` once every phase is over. */
  index: number;
  phase: AgendaPhase | null;
  /** Time spent in the current phase. */
  elapsedMs: number;
  durationMs: number;
  /** Time left in the current phase; negative in overtime. */
  remainingMs: number;
  /** Time the agenda still plans: what is left of this phase (none in overtime) and the rest. */
  sessionRemainingMs: number;
}

const MINUTE = 60_000;

export function phaseDurationMs(phase: AgendaPhase): number {
  return phase.minutes * MINUTE;
}

/** Where the session stands at `now`. */
export function readClock(
  clock: AgendaClock,
  agenda: Agenda,
  now: number,
  options: AgendaOptions,
): AgendaReading {
  const running = clock.runningSince !== null;
  let spent = clock.spentMs + (running ? Math.max(0, now - clock.runningSince!) : 0);
  let index = Math.min(Math.max(0, clock.phase), agenda.length);
  if (options.autoAdvance) {
    while (index < agenda.length && spent >= phaseDurationMs(agenda[index]!)) {
      spent -= phaseDurationMs(agenda[index]!);
      index += 1;
    }
  }
  const phase = agenda[index] ?? null;
  if (phase === null) {
    return {
      status: "finished",
      index: agenda.length,
      phase: null,
      elapsedMs: 0,
      durationMs: 0,
      remainingMs: 0,
      sessionRemainingMs: 0,
    };
  }
  const durationMs = phaseDurationMs(phase);
  const remainingMs = durationMs - spent;
  let later = 0;
  for (let i = index + 1; i < agenda.length; i++) later += phaseDurationMs(agenda[i]!);
  return {
    status: running ? "running" : "paused",
    index,
    phase,
    elapsedMs: spent,
    durationMs,
    remainingMs,
    sessionRemainingMs: Math.max(0, remainingMs) + later,
  };
}

/** The same position, with the state saying it (the phase the time has reached, time spent). */
function settle(
  clock: AgendaClock,
  agenda: Agenda,
  now: number,
  options: AgendaOptions,
): { clock: AgendaClock; reading: AgendaReading } {
  const reading = readClock(clock, agenda, now, options);
  const running = reading.status === "running";
  return {
    reading,
    clock: { phase: reading.index, spentMs: reading.elapsedMs, runningSince: running ? now : null },
  };
}

/** Start (or resume) the clock. A finished session starts again from its first phase. */
export function startClock(
  clock: AgendaClock,
  agenda: Agenda,
  now: number,
  options: AgendaOptions,
): AgendaClock {
  if (agenda.length === 0) return clock;
  const { clock: settled, reading } = settle(clock, agenda, now, options);
  if (reading.status === "finished") return { phase: 0, spentMs: 0, runningSince: now };
  return { ...settled, runningSince: now };
}

export function pauseClock(
  clock: AgendaClock,
  agenda: Agenda,
  now: number,
  options: AgendaOptions,
): AgendaClock {
  return { ...settle(clock, agenda, now, options).clock, runningSince: null };
}

/**
 * Move to a phase (its time starts from zero); the clock keeps running if it was. An index past
 * the last phase ends the session.
 */
export function goToPhase(
  clock: AgendaClock,
  agenda: Agenda,
  index: number,
  now: number,
  options: AgendaOptions,
): AgendaClock {
  const { reading } = settle(clock, agenda, now, options);
  if (index >= agenda.length) return { phase: agenda.length, spentMs: 0, runningSince: null };
  const running = reading.status === "running";
  return { phase: Math.max(0, index), spentMs: 0, runningSince: running ? now : null };
}

export function nextPhase(
  clock: AgendaClock,
  agenda: Agenda,
  now: number,
  options: AgendaOptions,
): AgendaClock {
  const { reading } = settle(clock, agenda, now, options);
  return goToPhase(clock, agenda, reading.index + 1, now, options);
}

export function previousPhase(
  clock: AgendaClock,
  agenda: Agenda,
  now: number,
  options: AgendaOptions,
): AgendaClock {
  const { reading } = settle(clock, agenda, now, options);
  return goToPhase(clock, agenda, Math.max(0, reading.index - 1), now, options);
}

export type AgendaCue =
  | { kind: "phaseStarted"; index: number; phase: AgendaPhase }
  | { kind: "endingSoon"; index: number; phase: AgendaPhase; remainingMs: number }
  | { kind: "timeUp"; index: number; phase: AgendaPhase }
  | { kind: "sessionOver" };

/**
 * How long before a phase ends the room is warned: 5 minutes for phases of 20 minutes or more,
 * 1 minute for phases of 5 minutes or more, not at all for shorter ones.
 */
export function warningMs(durationMs: number): number {
  if (durationMs >= 20 * MINUTE) return 5 * MINUTE;
  if (durationMs >= 5 * MINUTE) return MINUTE;
  return 0;
}

/**
 * The cues due between two readings of a running clock (the previous tick and this one): a new
 * phase (or the end of the session), a phase about to end, a phase whose time is up (without
 * auto advance). One cue per tick at most: the latest thing that happened.
 */
export function cueBetween(before: AgendaReading, after: AgendaReading): AgendaCue | null {
  if (after.index !== before.index) {
    if (after.status === "finished")
      return before.status === "finished" ? null : { kind: "sessionOver" };
    return { kind: "phaseStarted", index: after.index, phase: after.phase! };
  }
  if (after.phase === null || after.status !== "running") return null;
  if (before.remainingMs > 0 && after.remainingMs <= 0) {
    return { kind: "timeUp", index: after.index, phase: after.phase };
  }
  const warn = warningMs(after.durationMs);
  if (warn > 0 && before.remainingMs > warn && after.remainingMs <= warn && after.remainingMs > 0) {
    return {
      kind: "endingSoon",
      index: after.index,
      phase: after.phase,
      remainingMs: after.remainingMs,
    };
  }
  return null;
}

/**
 * A countdown as the room reads it: "29:59", "1:04:59"; overtime as "+2:03". Remaining time is
 * rounded up to the second (the clock shows 0:00 exactly when time is up), overtime down.
 */
export function formatCountdown(remainingMs: number): string {
  const overtime = remainingMs < 0;
  const seconds = overtime ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  const text = `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
  return overtime ? `+${text}` : text;
}

/** What the screen shows in each phase. */
export const PHASE_VIEWS = {
  /** The diagram, to check it matches the system. */
  review: "diagram",
  /** The guided walk, element by element. */
  walk: "walk",
  /** The risk heat map and scoring. */
  score: "scoring",
  /** The mitigation plan. */
  mitigations: "mitigations",
} as const satisfies Record<AgendaPhaseId, string>;
export type PhaseView = (typeof PHASE_VIEWS)[AgendaPhaseId];

/** A stored clock, or the initial one when what is stored does not parse (never an error). */
export function parseClock(value: unknown): AgendaClock {
  const parsed = AgendaClockSchema.safeParse(value);
  return parsed.success ? parsed.data : INITIAL_CLOCK;
}
