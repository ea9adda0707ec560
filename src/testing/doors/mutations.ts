import fc from "fast-check";

/**
 * Structural mutations of a document, applied at a chosen place: drop a key, a value of the
 * wrong type, a huge string, deep nesting, prototype keys, duplicate ids, parent cycles,
 * unicode, numbers JSON cannot hold, and — for doors that take structured clones (IndexedDB) —
 * BigInt, Date, undefined, Map, sparse arrays and object cycles.
 *
 * A mutation is data (what, and where as an index into the document's places), so fast-check
 * can shrink a failing case to the smallest document and the fewest mutations.
 */

export type Mutation =
  | { kind: "dropKey"; at: number }
  | { kind: "wrongType"; at: number; value: unknown }
  | { kind: "hugeString"; at: number; length: number }
  | { kind: "deepNesting"; at: number; depth: number; asArray: boolean }
  | { kind: "prototypeKey"; at: number; key: string; value: unknown }
  | { kind: "unknownKey"; at: number; key: string; value: unknown }
  | { kind: "duplicateId"; from: number; to: number }
  | { kind: "parentCycle"; at: number }
  | { kind: "parentToFlow"; at: number }
  | { kind: "unicode"; at: number; text: string }
  | { kind: "number"; at: number; value: number }
  | { kind: "schemaVersion"; value: unknown }
  | {
      kind: "cloneOnly";
      at: number;
      value: "bigint" | "date" | "undefined" | "map" | "sparse" | "cycle" | "nan";
    };

/** Values a JSON file can hold, each of some type. */
const anyJsonValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 8 }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
);

const nastyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "\ud800",
    "\udfff lone",
    "\u0000",
    "\u202e\u2066",
    "\ufeff",
    "💥".repeat(50),
    "a\u0301\u0302\u0303",
    "\u2028\u2029",
    "𝕏".repeat(201),
  ),
);

export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
];

const jsonMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("dropKey" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("wrongType" as const), at: fc.nat(), value: anyJsonValue }),
  fc.record({
    kind: fc.constant("hugeString" as const),
    at: fc.nat(),
    length: fc.integer({ min: 201, max: 60_000 }),
  }),
  fc.record({
    kind: fc.constant("deepNesting" as const),
    at: fc.nat(),
    depth: fc.integer({ min: 2, max: 400 }),
    asArray: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("prototypeKey" as const),
    at: fc.nat(),
    key: fc.constantFrom(...PROTOTYPE_KEYS),
    value: anyJsonValue,
  }),
  fc.record({
    kind: fc.constant("unknownKey" as const),
    at: fc.nat(),
    key: fc.string({ maxLength: 6 }),
    value: anyJsonValue,
  }),
  fc.record({ kind: fc.constant("duplicateId" as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("parentCycle" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("parentToFlow" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("unicode" as const), at: fc.nat(), text: nastyText }),
  fc.record({
    kind: fc.constant("number" as const),
    at: fc.nat(),
    value: fc.constantFrom(-0, 1e308, -1e308, 2 ** 53 + 1, 0.1, -1, 1.5, 20001),
  }),
  fc.record({
    kind: fc.constant("schemaVersion" as const),
    value: fc.constantFrom(0, 1, 2, 3, "2", 1.5, -1, null, true, [], {}),
  }),
);

const cloneOnlyMutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant("cloneOnly" as const),
  at: fc.nat(),
  value: fc.constantFrom("bigint", "date", "undefined", "map", "sparse", "cycle", "nan"),
});

/** Mutations for doors that read JSON text (or what JSON.parse gives). */
export const jsonMutations = fc.array(jsonMutation, { minLength: 1, maxLength: 3 });

/** Mutations for doors that read structured clones (IndexedDB rows). */
export const cloneMutations = fc.array(
  fc.oneof({ weight: 3, arbitrary: jsonMutation }, { weight: 2, arbitrary: cloneOnlyMutation }),
  {
    minLength: 1,
    maxLength: 3,
  },
);

type Container = Record<string, unknown> | unknown[];
interface Place {
  parent: Container;
  key: string | number;
}

/** Every value in the document with where it sits, depth first (the root is not a place). */
function places(root: unknown): Place[] {
  const out: Place[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown) => {
    if (typeof value !== "object" || value === null || seen.has(value) || value instanceof Map)
      return;
    seen.add(value);
    if (Array.isArray(value))
      value.forEach((child, i) => (out.push({ parent: value, key: i }), visit(child)));
    else
      for (const key of Object.keys(value)) {
        out.push({ parent: value as Record<string, unknown>, key });
        visit((value as Record<string, unknown>)[key]);
      }
  };
  visit(root);
  return out;
}

function containers(root: unknown): Container[] {
  const list: Container[] = [root as Container];
  for (const place of places(root)) {
    const value = (place.parent as Record<string | number, unknown>)[place.key];
    if (typeof value === "object" && value !== null && !(value instanceof Map))
      list.push(value as Container);
  }
  return list;
}

const pick = <T>(list: readonly T[], at: number): T | undefined =>
  list.length ? list[at % list.length] : undefined;

function set(place: Place, value: unknown): void {
  (place.parent as Record<string | number, unknown>)[place.key] = value;
}

function nest(depth: number, asArray: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { x: value };
  return value;
}

function elementsOf(doc: Record<string, unknown>): Array<Record<string, unknown>> {
  return Array.isArray(doc.elements)
    ? (doc.elements.filter((e) => typeof e === "object" && e !== null) as Array<
        Record<string, unknown>
      >)
    : [];
}

/** Applies `mutation` to `doc` in place. */
export function applyMutation(doc: Record<string, unknown>, mutation: Mutation): void {
  const stringPlaces = () =>
    places(doc).filter(
      (p) => typeof (p.parent as Record<string | number, unknown>)[p.key] === "string",
    );
  const numberPlaces = () =>
    places(doc).filter(
      (p) => typeof (p.parent as Record<string | number, unknown>)[p.key] === "number",
    );
  switch (mutation.kind) {
    case "dropKey": {
      const place = pick(
        places(doc).filter((p) => !Array.isArray(p.parent)),
        mutation.at,
      );
      if (place) delete (place.parent as Record<string, unknown>)[place.key as string];
      return;
    }
    case "wrongType": {
      const place = pick(places(doc), mutation.at);
      if (place) set(place, structuredClone(mutation.value));
      return;
    }
    case "hugeString": {
      const place = pick(stringPlaces(), mutation.at);
      if (place) set(place, "x".repeat(mutation.length));
      return;
    }
    case "deepNesting": {
      const place = pick(places(doc), mutation.at);
      if (place) set(place, nest(mutation.depth, mutation.asArray));
      return;
    }
    case "prototypeKey":
    case "unknownKey": {
      const target = pick(
        containers(doc).filter((c) => !Array.isArray(c)),
        mutation.at,
      ) as Record<string, unknown> | undefined;
      // defineProperty: an own "__proto__" key, as JSON.parse makes one, not a prototype change.
      if (target)
        Object.defineProperty(target, mutation.key, {
          value: structuredClone(mutation.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return;
    }
    case "duplicateId": {
      const withIds = containers(doc).filter(
        (c): c is Record<string, unknown> =>
          !Array.isArray(c) && typeof (c as Record<string, unknown>).id === "string",
      );
      const from = pick(withIds, mutation.from);
      const to = pick(withIds, mutation.to);
      if (from && to) to.id = from.id;
      return;
    }
    case "parentCycle": {
      const boundaries = elementsOf(doc).filter((e) => e.type === "trustBoundary");
      const a = pick(boundaries, mutation.at);
      const b = pick(boundaries, mutation.at + 1);
      if (a && b) {
        a.parentId = b.id;
        b.parentId = a.id;
      } else if (a) a.parentId = a.id;
      return;
    }
    case "parentToFlow": {
      const element = pick(elementsOf(doc), mutation.at);
      const flows = Array.isArray(doc.flows) ? (doc.flows as Array<Record<string, unknown>>) : [];
      const flow = pick(flows, mutation.at);
      if (element) element.parentId = flow && typeof flow === "object" ? flow.id : element.id;
      return;
    }
    case "unicode": {
      const place = pick(stringPlaces(), mutation.at);
      if (place) set(place, mutation.text);
      return;
    }
    case "number": {
      const place = pick(numberPlaces(), mutation.at);
      if (place) set(place, mutation.value);
      return;
    }
    case "schemaVersion":
      doc.schemaVersion = mutation.value;
      return;
    case "cloneOnly": {
      const place = pick(places(doc), mutation.at);
      if (!place) return;
      const value = {
        bigint: () => 2n,
        date: () => new Date(0),
        undefined: () => undefined,
        map: () => new Map([["a", 1]]),
        sparse: () => [1, , 3], // eslint-disable-line no-sparse-arrays -- a hole is the point
        cycle: () => doc,
        nan: () => NaN,
      }[mutation.value]();
      set(place, value);
      return;
    }
  }
}

/** A mutated copy; the input is left as it was. */
export function mutate(
  doc: Record<string, unknown>,
  mutations: readonly Mutation[],
): Record<string, unknown> {
  const copy = structuredClone(doc);
  for (const mutation of mutations) applyMutation(copy, mutation);
  return copy;
}
