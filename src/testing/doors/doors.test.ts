import { describe, expect, it } from "vitest";
import "./builtinDoors";
import { doors } from "./doors";
import { lawsBroken, namesAField, runDoor, type DoorRun } from "./harness";

/**
 * Property tests through every door that takes outside data (see builtinDoors.ts). Each CI run
 * sends each door its `ciRuns` generated and mutated documents; `npm run fuzz:doors -- --runs N`
 * sends N per door.
 */

const runs: DoorRun[] = [];

describe.each(doors().map((door) => [door.name, door] as const))("door: %s", (_name, door) => {
  it(`obeys the laws for ${door.ciRuns} inputs`, async () => {
    runs.push(await runDoor(door, door.ciRuns));
  }, 300_000);
});

describe("the doors together", () => {
  it("take at least 10,000 documents per CI run", () => {
    expect(doors().reduce((n, d) => n + d.ciRuns, 0)).toBeGreaterThanOrEqual(10_000);
  });

  it("accept and reject both (the generators reach both sides)", () => {
    for (const run of runs) {
      expect(run.rejected, run.door).toBeGreaterThan(run.runs * 0.3);
      if (!run.door.includes("session"))
        expect(run.accepted, run.door).toBeGreaterThan(run.runs * 0.05);
    }
  });
});

describe("the laws are live", () => {
  const door = doors()[0]!;
  it("an error line must name its field", () => {
    expect(namesAField("elements[3].props.trustLevel: must be between 0 and 100")).toBe(true);
    expect(namesAField('triage["R@a>f>b"].status: Invalid option')).toBe(true);
    expect(namesAField("Something went wrong")).toBe(false);
    expect(lawsBroken(door, "", { ok: false, errors: [] })).toEqual([
      "rejected without saying why",
    ]);
  });

  it("an accepted document must survive a round trip", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(lawsBroken(door, "", { ok: true, model: cyclic as never })[0]).toMatch(
      /cannot be written as JSON/,
    );
  });

  it("a rejection must leave the open model alone", () => {
    const witness = { before: {}, after: {} };
    expect(lawsBroken(door, "", { ok: false, errors: ["id: x"], openModel: witness })).toContain(
      "the open model changed although the input was rejected",
    );
  });
});
