import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  INITIAL_CLOCK,
  cueBetween,
  formatCountdown,
  goToPhase,
  nextPhase,
  parseClock,
  pauseClock,
  previousPhase,
  readClock,
  startClock,
  type Agenda,
  type AgendaClock,
  type AgendaOptions,
} from "./agenda";

const MIN = 60_000;
const agenda: Agenda = [
  { id: "review", minutes: 30 },
  { id: "walk", minutes: 105 },
  { id: "score", minutes: 30 },
  { id: "mitigations", minutes: 30 },
];
const auto: AgendaOptions = { autoAdvance: true };
const manual: AgendaOptions = { autoAdvance: false };
const T0 = Date.UTC(2026, 5, 1, 9, 0);

describe("the agenda clock", () => {
  it("stands at the first phase, full time left, until started", () => {
    const reading = readClock(INITIAL_CLOCK, agenda, T0 + 50 * MIN, auto);
    expect(reading).toMatchObject({
      status: "paused",
      index: 0,
      elapsedMs: 0,
      remainingMs: 30 * MIN,
      sessionRemainingMs: 195 * MIN,
    });
  });

  it("counts down while running, and stands still while paused", () => {
    let clock = startClock(INITIAL_CLOCK, agenda, T0, auto);
    expect(readClock(clock, agenda, T0 + 10 * MIN, auto)).toMatchObject({
      status: "running",
      index: 0,
      remainingMs: 20 * MIN,
    });
    clock = pauseClock(clock, agenda, T0 + 10 * MIN, auto);
    expect(readClock(clock, agenda, T0 + 60 * MIN, auto)).toMatchObject({
      status: "paused",
      index: 0,
      remainingMs: 20 * MIN,
    });
    clock = startClock(clock, agenda, T0 + 60 * MIN, auto);
    expect(readClock(clock, agenda, T0 + 65 * MIN, auto).remainingMs).toBe(15 * MIN);
  });

  it("hands over to the next phase when time is up, the time beyond counting for it", () => {
    const clock = startClock(INITIAL_CLOCK, agenda, T0, auto);
    expect(readClock(clock, agenda, T0 + 31 * MIN, auto)).toMatchObject({
      index: 1,
      phase: { id: "walk" },
      elapsedMs: MIN,
      remainingMs: 104 * MIN,
    });
    // A laptop asleep through two phases wakes in the right one.
    expect(readClock(clock, agenda, T0 + 170 * MIN, auto)).toMatchObject({
      index: 3,
      remainingMs: 25 * MIN,
    });
    expect(readClock(clock, agenda, T0 + 195 * MIN, auto)).toMatchObject({
      status: "finished",
      index: 4,
      phase: null,
    });
  });

  it("runs into overtime without auto advance", () => {
    const clock = startClock(INITIAL_CLOCK, agenda, T0, manual);
    expect(readClock(clock, agenda, T0 + 33 * MIN, manual)).toMatchObject({
      index: 0,
      remainingMs: -3 * MIN,
      sessionRemainingMs: 165 * MIN,
    });
  });

  it("moves to a phase with its time from zero, keeping the clock running or still", () => {
    const running = startClock(INITIAL_CLOCK, agenda, T0, auto);
    const moved = goToPhase(running, agenda, 2, T0 + 5 * MIN, auto);
    expect(readClock(moved, agenda, T0 + 6 * MIN, auto)).toMatchObject({
      status: "running",
      index: 2,
      remainingMs: 29 * MIN,
    });
    const still = goToPhase(INITIAL_CLOCK, agenda, 1, T0, auto);
    expect(readClock(still, agenda, T0 + 9 * MIN, auto)).toMatchObject({
      status: "paused",
      index: 1,
      remainingMs: 105 * MIN,
    });
  });

  it("steps to the next and previous phase from where the time has got to", () => {
    const clock = startClock(INITIAL_CLOCK, agenda, T0, auto);
    // At 40 minutes the walk is on: next is scoring, previous is the review.
    expect(
      readClock(nextPhase(clock, agenda, T0 + 40 * MIN, auto), agenda, T0 + 40 * MIN, auto).index,
    ).toBe(2);
    expect(
      readClock(previousPhase(clock, agenda, T0 + 40 * MIN, auto), agenda, T0 + 40 * MIN, auto)
        .index,
    ).toBe(0);
    const last = goToPhase(clock, agenda, 3, T0, auto);
    const over = nextPhase(last, agenda, T0, auto);
    expect(readClock(over, agenda, T0, auto).status).toBe("finished");
    expect(readClock(previousPhase(over, agenda, T0, auto), agenda, T0, auto).index).toBe(3);
  });

  it("starts a finished session again from its first phase", () => {
    const over: AgendaClock = { phase: 4, spentMs: 0, runningSince: null };
    const again = startClock(over, agenda, T0, auto);
    expect(readClock(again, agenda, T0 + MIN, auto)).toMatchObject({ index: 0, status: "running" });
  });

  it("follows an edited duration at once", () => {
    const clock = startClock(INITIAL_CLOCK, agenda, T0, auto);
    const shorter: Agenda = [{ id: "review", minutes: 10 }, ...agenda.slice(1)];
    expect(readClock(clock, shorter, T0 + 15 * MIN, auto)).toMatchObject({
      index: 1,
      elapsedMs: 5 * MIN,
    });
  });

  it("never loses or invents time: pausing and resuming anywhere leaves the same position", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 * MIN }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (gaps, autoAdvance) => {
          const options = { autoAdvance };
          let clock = startClock(INITIAL_CLOCK, agenda, T0, options);
          let now = T0;
          for (const gap of gaps) {
            now += gap;
            clock = pauseClock(clock, agenda, now, options);
            clock = startClock(clock, agenda, now, options);
          }
          const straight = startClock(INITIAL_CLOCK, agenda, T0, options);
          const finished = readClock(straight, agenda, now, options).status === "finished";
          if (!finished) {
            expect(readClock(clock, agenda, now, options)).toEqual(
              readClock(straight, agenda, now, options),
            );
          }
        },
      ),
    );
  });
});

describe("cues", () => {
  const clock = startClock(INITIAL_CLOCK, agenda, T0, auto);
  const at = (minutes: number, options = auto) =>
    readClock(clock, agenda, T0 + minutes * MIN, options);

  it("cues a new phase, and the end of the session", () => {
    expect(cueBetween(at(29.9), at(30.1))).toEqual({
      kind: "phaseStarted",
      index: 1,
      phase: { id: "walk", minutes: 105 },
    });
    expect(cueBetween(at(194.9), at(195.1))).toEqual({ kind: "sessionOver" });
    expect(cueBetween(at(196), at(197))).toBeNull();
  });

  it("warns five minutes before a long phase ends, once", () => {
    expect(cueBetween(at(24.9), at(25.1))).toMatchObject({ kind: "endingSoon", index: 0 });
    expect(cueBetween(at(25.1), at(25.3))).toBeNull();
    expect(cueBetween(at(10), at(11))).toBeNull();
  });

  it("says when time is up, without auto advance", () => {
    expect(cueBetween(at(29.9, manual), at(30.1, manual))).toMatchObject({
      kind: "timeUp",
      index: 0,
    });
    expect(cueBetween(at(31, manual), at(32, manual))).toBeNull();
  });

  it("gives no cue while the clock stands still", () => {
    const paused = readClock(INITIAL_CLOCK, agenda, T0, auto);
    expect(cueBetween(paused, paused)).toBeNull();
  });
});

describe("countdown text", () => {
  it("shows minutes and seconds, hours when there are any, overtime with a plus", () => {
    expect(formatCountdown(30 * MIN)).toBe("30:00");
    expect(formatCountdown(30 * MIN - 200)).toBe("30:00");
    expect(formatCountdown(29 * MIN + 59_000)).toBe("29:59");
    expect(formatCountdown(105 * MIN)).toBe("1:45:00");
    expect(formatCountdown(65_000)).toBe("1:05");
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(-123_000)).toBe("+2:03");
  });
});

describe("stored clock", () => {
  it("reads back what was stored, and starts afresh from anything else", () => {
    const clock = { phase: 2, spentMs: 1234, runningSince: T0 };
    expect(parseClock(JSON.parse(JSON.stringify(clock)))).toEqual(clock);
    expect(parseClock({ phase: -1, spentMs: 0, runningSince: null })).toEqual(INITIAL_CLOCK);
    expect(parseClock("nonsense")).toEqual(INITIAL_CLOCK);
  });
});
