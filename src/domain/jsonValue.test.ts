import { describe, expect, it } from "vitest";
import { MAX_NESTING, formatJsonProblems, jsonValueProblems } from "./jsonValue";

const lines = (value: unknown) => formatJsonProblems(jsonValueProblems(value));

describe("jsonValueProblems", () => {
  it("accepts plain JSON data, shared references and undefined-valued keys", () => {
    const shared = { a: 1 };
    expect(lines({ x: [1, "two", null, true, { y: shared }], z: shared, gone: undefined })).toEqual(
      [],
    );
    expect(lines(Object.assign(Object.create(null) as object, { a: 1 }))).toEqual([]);
  });

  it("names the path of what JSON cannot hold", () => {
    expect(lines({ elements: [{ extra: 5n }] })).toEqual([
      "elements[0].extra: is a BigInt (5), not a JSON number",
    ]);
    expect(lines({ createdAt: new Date(0) })).toEqual(["createdAt: is a Date, not JSON data"]);
    expect(lines({ m: new Map(), s: new Set() })).toEqual([
      "m: is a Map, not JSON data",
      "s: is a Set, not JSON data",
    ]);
    expect(lines({ n: NaN, i: -Infinity })).toEqual([
      "n: is NaN, not a JSON number",
      "i: is -Infinity, not a JSON number",
    ]);
    expect(lines({ list: [1, undefined] })).toEqual(["list[1]: is undefined, not JSON data"]);
    // eslint-disable-next-line no-sparse-arrays -- a hole is the point
    expect(lines({ list: [1, , 3] })).toEqual(["list[1]: is an empty slot of an array"]);
    expect(lines({ f: () => 1 })).toEqual(["f: is a function, not JSON data"]);
    class Point {
      x = 1;
    }
    expect(lines({ p: new Point() })).toEqual(["p: is a class instance, not JSON data"]);
  });

  it("refuses a __proto__ key, which parsing would turn into a prototype", () => {
    const parsed = JSON.parse('{"props": {"__proto__": {"polluted": true}}}') as unknown;
    expect(lines(parsed)).toEqual([
      `props.__proto__: cannot be a key ("__proto__" would replace the object's prototype)`,
    ]);
  });

  it("finds cycles, without mistaking a shared object for one", () => {
    const doc: Record<string, unknown> = { elements: [] };
    (doc.elements as unknown[]).push({ owner: doc });
    expect(lines(doc)).toEqual([
      "elements[0].owner: refers back to an object that contains it (a cycle)",
    ]);
  });

  it("refuses deep nesting without overflowing its own stack", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const [line] = lines({ x: deep });
    expect(line).toMatch(/^x\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]…: is nested more than/);
    let ok: unknown = 1;
    for (let i = 0; i < MAX_NESTING - 1; i++) ok = [ok];
    expect(lines(ok)).toEqual([]);
  });

  it("stops after a few problems", () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 1n]));
    expect(jsonValueProblems(many, 3)).toHaveLength(3);
  });

  it("quotes keys that are not identifiers, on one line", () => {
    expect(lines({ triage: { "R@a>f\nb": { n: 1n } } })).toEqual([
      'triage["R@a>f\\nb"].n: is a BigInt (1), not a JSON number',
    ]);
  });
});
