import fc from "fast-check";
import { TRIAGE_STATUSES, MITIGATION_STATUSES } from "../../../domain/decisions";
import { ThreatModelSchema, type ThreatModel } from "../../../domain/schema";
import { randomModel } from "../../../engine/testing/randomModel";

/**
 * Random valid documents for the round-trip laws: the engine's random models (nested zones,
 * every element type and ML kind, tri-state properties) plus names with any characters, custom
 * threats with every status, triage of generated findings, mitigations, assumptions and
 * explicit crossings.
 */

const name = fc.string({ maxLength: 40, unit: "grapheme" });
const title = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== "");
const status = fc.constantFrom(...TRIAGE_STATUSES);

export const arbitraryModel: fc.Arbitrary<ThreatModel> = fc
  .record({
    size: fc.integer({ min: 2, max: 24 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    names: fc.array(name, { minLength: 30, maxLength: 30 }),
    threats: fc.array(
      fc.record({
        title,
        description: fc.string({ maxLength: 80 }),
        status,
        justification: fc.string({ maxLength: 30 }),
        likelihood: fc.integer({ min: 1, max: 5 }),
        impact: fc.integer({ min: 1, max: 5 }),
        target: fc.nat(),
        targets: fc.integer({ min: 0, max: 2 }),
        stride: fc.subarray(["S", "T", "R", "I", "D", "E"] as const),
        linddun: fc.subarray(["L", "I", "Nr", "D", "DD", "U", "Nc"] as const),
        mitigation: fc.string({ maxLength: 40 }),
      }),
      { maxLength: 6 },
    ),
    mitigations: fc.array(
      fc.record({ title, status: fc.constantFrom(...MITIGATION_STATUSES), covers: fc.nat() }),
      { maxLength: 3 },
    ),
    assumptions: fc.array(fc.record({ text: title, valid: fc.boolean() }), { maxLength: 3 }),
    crossing: fc.boolean(),
    owner: name,
    description: fc.string({ maxLength: 60 }),
  })
  .map((spec) => {
    const base = randomModel(spec.size, spec.seed);
    const elements = base.elements.map((e, i) => ({ ...e, name: spec.names[i % 30]! }));
    const targets = [...elements.map((e) => e.id), ...base.flows.map((f) => f.id)];
    const customThreats = spec.threats.map((t, i) => ({
      id: `custom-${i + 1}`,
      targetIds: Array.from(
        { length: t.targets },
        (_, k) => targets[(t.target + k) % targets.length]!,
      ).filter((id, k, all) => all.indexOf(id) === k),
      title: t.title,
      description: t.description,
      categories: { stride: t.stride, linddun: t.linddun },
      likelihood: t.likelihood,
      impact: t.impact,
      mitigation: t.mitigation,
    }));
    const triage = Object.fromEntries(
      spec.threats.map((t, i) => [
        `custom-${i + 1}`,
        { status: t.status, justification: t.justification },
      ]),
    );
    const boundaries = elements.filter((e) => e.type === "trustBoundary");
    const flows = base.flows.map((f, i) =>
      spec.crossing && i === 0 && boundaries.length > 0
        ? { ...f, crossesBoundaryIds: [boundaries[0]!.id] }
        : f,
    );
    return ThreatModelSchema.parse({
      ...base,
      owner: spec.owner,
      description: spec.description,
      elements,
      flows,
      customThreats,
      triage,
      mitigations: spec.mitigations.map((m, i) => ({
        id: `mitigation-${i + 1}`,
        title: m.title,
        status: m.status,
        findingIds: customThreats.length
          ? [customThreats[m.covers % customThreats.length]!.id]
          : [],
      })),
      assumptions: spec.assumptions.map((a, i) => ({
        id: `assumption-${i + 1}`,
        text: a.text,
        valid: a.valid,
      })),
    });
  });
