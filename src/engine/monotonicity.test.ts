import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../domain/schema";
import { evaluate } from "./evaluate";
import {
  answerYes,
  PROTECTIONS,
  withGatewayInFront,
  withKindProperties,
} from "./testing/protections";
import { randomModel } from "./testing/randomModel";
import { buildModel, entity, flow, proc, zone } from "./rules/packs/ai/test-utils";
import type { Claim, Finding } from "./types";

/**
 * Monotonicity laws of the whole engine (every pack): recording a defence can close threats but
 * never open one. A finding is "the same" before and after when they share an id or an alias
 * (a finding keeps its identity when another rule of its root cause comes to lead it).
 */

const RUNS = 300;
/** The machine is shared: a few hundred evaluations can take well over Vitest's default 5 s. */
const TIMEOUT_MS = 120_000;

const models: fc.Arbitrary<ThreatModel> = fc
  .record({ size: fc.integer({ min: 3, max: 16 }), seed: fc.integer({ min: 1, max: 1_000_000 }) })
  .map(({ size, seed }) => withKindProperties(randomModel(size, seed), seed));

function identities(findings: readonly Finding[]): Set<string> {
  return new Set(findings.flatMap((f) => [f.id, ...f.aliases]));
}

/** Findings of `after` that are none of the findings of `before`. */
function added(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const known = identities(before);
  return after.filter((f) => ![f.id, ...f.aliases].some((id) => known.has(id)));
}

/** Ids of the added findings: none, by the law. */
function addedUnexpectedly(before: readonly Finding[], after: readonly Finding[]): string[] {
  return added(before, after).map((f) => f.id);
}

type Answer = { item: { element: string } | { flow: string }; property: string };

/** Every protection the model's elements and flows could answer "yes" to. */
function protectionsOf(model: ThreatModel): Answer[] {
  const out: Answer[] = [];
  for (const e of model.elements) {
    if (e.type === "trustBoundary") continue;
    for (const property of PROTECTIONS[e.type]) out.push({ item: { element: e.id }, property });
  }
  for (const f of model.flows) {
    for (const property of PROTECTIONS.flow) out.push({ item: { flow: f.id }, property });
  }
  return out;
}

const ANONYMOUS_OR_UNLIMITED: readonly Claim[] = ["unauthenticatedAccess", "unlimitedAccess"];

describe("monotonicity (property)", () => {
  it(
    `answering "yes" to a protection never adds a finding (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(models, fc.nat(), (model, choice) => {
          const answers = protectionsOf(model);
          fc.pre(answers.length > 0);
          const { item, property } = answers[choice % answers.length]!;
          const before = evaluate(model).findings;
          const after = evaluate(answerYes(model, item, property)).findings;
          expect(
            addedUnexpectedly(before, after),
            `${property} = yes on ${JSON.stringify(item)}`,
          ).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    `answering "yes" to every protection at once never adds a finding (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(models, (model) => {
          const protectedModel = protectionsOf(model).reduce(
            (m, { item, property }) => answerYes(m, item, property),
            model,
          );
          expect(
            addedUnexpectedly(evaluate(model).findings, evaluate(protectedModel).findings),
          ).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    `an authenticating, rate-limiting gateway in front of an element never adds a finding claiming anonymous or unlimited access to it (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(models, fc.nat(), (model, choice) => {
          const candidates = model.elements.filter(
            (e) => e.type !== "trustBoundary" && model.flows.some((f) => f.target === e.id),
          );
          fc.pre(candidates.length > 0);
          const target = candidates[choice % candidates.length]!.id;
          const claimsAccessTo = (f: Finding) =>
            f.targetIds.includes(target) &&
            f.claims.some((claim) => ANONYMOUS_OR_UNLIMITED.includes(claim));
          const before = evaluate(model).findings.filter(claimsAccessTo);
          const after = evaluate(withGatewayInFront(model, target)).findings.filter(claimsAccessTo);
          expect(
            added(before, after).map((f) => f.id),
            `gateway in front of ${target}`,
          ).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it("the gateway law has something to check: it removes such claims on some models", () => {
    // Without this, a generator that never produced an exposed element would pass vacuously.
    let removed = 0;
    for (let seed = 1; seed <= 60 && removed === 0; seed++) {
      const model = withKindProperties(randomModel(12, seed), seed);
      for (const e of model.elements) {
        if (e.type === "trustBoundary" || !model.flows.some((f) => f.target === e.id)) continue;
        const claims = (m: ThreatModel) =>
          evaluate(m).findings.filter(
            (f) =>
              f.targetIds.includes(e.id) &&
              f.claims.some((claim) => ANONYMOUS_OR_UNLIMITED.includes(claim)),
          ).length;
        if (claims(withGatewayInFront(model, e.id)) < claims(model)) removed++;
      }
    }
    expect(removed).toBeGreaterThan(0);
  });

  describe("milder forms: a reassuring answer keeps the same finding", () => {
    const visitor = entity("visitor", null, {
      entityKind: "human",
      audience: "anonymous",
      authenticated: "no",
    });
    const gateway = (placement = {}) =>
      proc("gateway", null, { internetExposed: "yes" }, placement);
    const behindGateway = (
      backend: ReturnType<typeof proc>,
      extra: ReturnType<typeof entity>[] = [],
    ) =>
      buildModel(
        [visitor, gateway(), backend, ...extra],
        [
          flow("visitor", "gateway"),
          flow("gateway", backend.id),
          ...extra.map((e) => flow(e.id, backend.id)),
        ],
      );
    // The milder forms hold whenever the stronger premise is not known, sharing its root cause
    // (or taking over its id), so a reassuring answer keeps the same finding.
    const fixed: Array<[string, string, () => ThreatModel]> = [
      [
        "STRIDE-CROSS-T-01",
        "authenticatesCallers",
        () =>
          buildModel(
            [
              zone("dmz", "dmz", 30),
              zone("core", "custom", 90),
              gateway({ in: "dmz" }),
              proc("orders", null, { internetExposed: "no", validatesInput: "no" }, { in: "core" }),
            ],
            [flow("gateway", "orders")],
          ),
      ],
      [
        "STRIDE-PROC-S-02",
        "authenticatesCallers",
        () =>
          behindGateway(
            proc("orders", null, { internetExposed: "no", authenticatesCallers: "no" }),
          ),
      ],
      [
        "STRIDE-PROC-D-02",
        "rateLimited",
        () =>
          behindGateway(proc("orders", null, { internetExposed: "no", rateLimited: "no" }), [
            entity("staff", null, { entityKind: "human", audience: "employees" }),
          ]),
      ],
      [
        "AI-DOS-02",
        "rateLimited",
        () => behindGateway(proc("llm", "llm", { internetExposed: "no", costLimited: "no" })),
      ],
    ];
    it.each(fixed)(
      "%s: the gateway in front answering %s = yes adds nothing",
      (ruleId, property, build) => {
        const model = build();
        const before = evaluate(model).findings;
        const after = evaluate(answerYes(model, { element: "gateway" }, property)).findings;
        expect([...before, ...after].map((f) => f.ruleId)).toContain(ruleId);
        expect(added(before, after).map((f) => f.id)).toEqual([]);
      },
    );
  });
});
