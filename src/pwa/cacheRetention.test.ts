import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CACHE_PREFIX, cacheNameOf, parseHistory, planRetention } from "./cacheRetention";

const [a, b, c, d] = ["a", "b", "c", "d"].map(cacheNameOf) as [string, string, string, string];

describe("which caches an activated service worker keeps", () => {
  it("keeps its own and the one activated before it, and deletes older ones", () => {
    expect(planRetention([a, b, c], [a, b, c, d], d)).toEqual({ history: [c, d], remove: [a, b] });
  });

  it("on a first activation keeps only its own", () => {
    expect(planRetention([], [], a)).toEqual({ history: [a], remove: [] });
  });

  it("deletes caches it has no record of, and forgets recorded ones that are gone", () => {
    expect(planRetention([a, b], [c, d], d)).toEqual({ history: [d], remove: [c] });
  });

  it("keeps the previous build when an older one is activated again (a rollback)", () => {
    expect(planRetention([a, b], [a, b], a)).toEqual({ history: [b, a], remove: [] });
  });

  it("never touches other caches of the origin", () => {
    expect(planRetention([], ["something-else", a], b).remove).toEqual([a]);
  });

  it("always keeps the current cache and at most one other, and deletes the rest of ours", () => {
    const name = fc.constantFrom(a, b, c, d, "unrelated");
    fc.assert(
      fc.property(fc.array(name), fc.array(name), fc.constantFrom(a, b, c, d), (h, e, cur) => {
        const plan = planRetention(parseHistory(h), e, cur);
        const ours = new Set(e.filter((n) => n.startsWith(CACHE_PREFIX)));
        const kept = plan.history.filter((n) => n !== cur);
        expect(plan.history.at(-1)).toBe(cur);
        expect(plan.remove).not.toContain(cur);
        expect(kept.length).toBeLessThanOrEqual(1);
        for (const n of kept) expect(ours.has(n)).toBe(true);
        expect(new Set([...plan.remove, ...kept])).toEqual(
          new Set([...ours].filter((n) => n !== cur)),
        );
      }),
    );
  });

  it("reads a stored history leniently", () => {
    expect(parseHistory([a, 3, "other", null, b])).toEqual([a, b]);
    expect(parseHistory({ a })).toEqual([]);
    expect(parseHistory(null)).toEqual([]);
  });
});
