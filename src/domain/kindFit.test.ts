import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  NEAREST_KIND_ON,
  describeKindChange,
  fitKindsToTypes,
  kindChangeText,
  kindFitsType,
  kindMismatchProblem,
  nearestKindFor,
  unfitKinds,
  type KindedType,
} from "./kindFit";
import { ML_ASSET_KINDS, ML_KIND_ELEMENT_TYPE, mlKindsForType, type MlAssetKind } from "./mlKinds";
import { createElement } from "./factory";
import type { DfdElement } from "./schema";

const KINDED_TYPES: readonly KindedType[] = ["process", "dataStore", "externalEntity"];

/** An element of `type` carrying `kind`, whether or not it fits (as a stored file may). */
function withKind(type: KindedType, kind: MlAssetKind | null, name = "Thing"): DfdElement {
  const element = createElement({ type, name, position: { x: 0, y: 0 }, id: `${type}-1` });
  return { ...element, mlKind: kind } as DfdElement;
}

describe("the nearest-kind table", () => {
  it("lists, for each type, only kinds of other types, each mapped to a kind of that type", () => {
    for (const type of KINDED_TYPES) {
      for (const [from, to] of Object.entries(NEAREST_KIND_ON[type])) {
        expect(ML_KIND_ELEMENT_TYPE[from as MlAssetKind], `${from} on ${type}`).not.toBe(type);
        expect(ML_KIND_ELEMENT_TYPE[to], `${from} -> ${to} on ${type}`).toBe(type);
      }
    }
  });

  it("gives every kind on every type a kind of that type, or none", () => {
    for (const type of KINDED_TYPES) {
      for (const kind of ML_ASSET_KINDS) {
        const nearest = nearestKindFor(kind, type);
        if (ML_KIND_ELEMENT_TYPE[kind] === type) expect(nearest).toBe(kind);
        else if (nearest !== null) expect(kindFitsType(nearest, type)).toBe(true);
      }
    }
  });

  it("maps the cases people draw to their nearest kind, and clears what has none", () => {
    expect(nearestKindFor("llm", "externalEntity")).toBe("third-party-ai-api");
    expect(nearestKindFor("model-registry", "externalEntity")).toBe("model-hub");
    expect(nearestKindFor("third-party-ai-api", "process")).toBe("inference-endpoint");
    expect(nearestKindFor("model-hub", "dataStore")).toBe("model-registry");
    expect(nearestKindFor("package-index", "dataStore")).toBe("container-registry");
    // No data store kind holds logs: a "monitoring" store becomes a plain store.
    expect(nearestKindFor("monitoring", "dataStore")).toBeNull();
    expect(nearestKindFor("end-user", "dataStore")).toBeNull();
    expect(nearestKindFor("agent-tool", "externalEntity")).toBeNull();
  });
});

describe("fitKindsToTypes", () => {
  const model = (elements: DfdElement[]) => ({ elements });

  it("fits every kind on every wrong type, with one change naming the element and both kinds", () => {
    for (const type of KINDED_TYPES) {
      for (const kind of ML_ASSET_KINDS.filter((k) => ML_KIND_ELEMENT_TYPE[k] !== type)) {
        const element = withKind(type, kind, "Chat API");
        const { value, changes } = fitKindsToTypes(model([element]));
        const fitted = value.elements[0]!;
        const to = fitted.type === "trustBoundary" ? undefined : fitted.mlKind;
        expect(to === null || kindFitsType(to!, type), `${kind} on ${type}`).toBe(true);
        expect(changes).toEqual([
          { elementId: element.id, elementName: "Chat API", elementType: type, from: kind, to },
        ]);
      }
    }
  });

  it("returns the input itself when every kind fits or is unset", () => {
    const doc = model([
      withKind("process", "llm"),
      withKind("dataStore", "vector-store"),
      withKind("externalEntity", null),
      createElement({ type: "trustBoundary", name: "Zone", position: { x: 0, y: 0 } }),
    ]);
    const result = fitKindsToTypes(doc);
    expect(result.value).toBe(doc);
    expect(result.changes).toEqual([]);
  });

  const anyKind = fc.option(fc.constantFrom(...ML_ASSET_KINDS), { nil: null });
  const elementType = fc.constantFrom(...KINDED_TYPES, "trustBoundary" as const);

  /** Elements of every type, some with a kind that fits, some not, as a stored file may hold. */
  const withAnyKinds = fc
    .array(fc.record({ type: elementType, kind: anyKind, name: fc.string({ maxLength: 8 }) }), {
      maxLength: 30,
    })
    .map((specs) => ({
      title: "kept as it is",
      elements: specs.map(({ type, kind, name }, i): DfdElement => {
        const element = createElement({ type, name, position: { x: i, y: 0 }, id: `e${i}` });
        return element.type === "trustBoundary" ? element : { ...element, mlKind: kind };
      }),
    }));

  /** The same, with every kind one of the element's own type. */
  const fitting = fc
    .array(fc.record({ type: elementType, pick: fc.nat(), kindless: fc.boolean() }), {
      maxLength: 30,
    })
    .map((specs) => ({
      elements: specs.map(({ type, pick, kindless }, i): DfdElement => {
        const element = createElement({ type, name: "x", position: { x: i, y: 0 }, id: `e${i}` });
        if (element.type === "trustBoundary" || kindless) return element;
        const own = mlKindsForType(element.type);
        return { ...element, mlKind: own[pick % own.length]! };
      }),
    }));

  it("leaves documents whose kinds all fit as they are (property)", () => {
    fc.assert(
      fc.property(fitting, (doc) => {
        const result = fitKindsToTypes(doc);
        expect(result.value).toBe(doc);
        expect(result.changes).toEqual([]);
      }),
    );
  });

  it("fits every kind, changes nothing else, is idempotent and can be undone (property)", () => {
    fc.assert(
      fc.property(withAnyKinds, (doc) => {
        const { value, changes } = fitKindsToTypes(doc);
        const misfits = doc.elements.filter(
          (e) => e.type !== "trustBoundary" && e.mlKind !== null && !kindFitsType(e.mlKind, e.type),
        );
        expect(changes.map((c) => c.elementId)).toEqual(misfits.map((e) => e.id));
        value.elements.forEach((after, i) => {
          const before = doc.elements[i]!;
          if (after.type !== "trustBoundary" && after.mlKind !== null) {
            expect(kindFitsType(after.mlKind, after.type)).toBe(true);
          }
          const { mlKind: _after, ...restAfter } = after as DfdElement & { mlKind?: unknown };
          const { mlKind: _before, ...restBefore } = before as DfdElement & { mlKind?: unknown };
          expect(restAfter).toEqual(restBefore);
        });
        expect(value.title).toBe(doc.title);
        const again = fitKindsToTypes(value);
        expect(again.value).toBe(value);
        expect(again.changes).toEqual([]);
        expect(unfitKinds(value, changes)).toEqual(doc);
      }),
    );
  });
});

describe("kindMismatchProblem", () => {
  it("names the field, the kind and both types", () => {
    expect(kindMismatchProblem(withKind("dataStore", "llm"))).toBe(
      'mlKind: "llm" does not fit a data store; it is a kind for a process',
    );
    expect(kindMismatchProblem(withKind("externalEntity", "vector-store"))).toBe(
      'mlKind: "vector-store" does not fit an external entity; it is a kind for a data store',
    );
  });

  it("accepts a kind of the element's own type, no kind, and boundaries", () => {
    expect(kindMismatchProblem(withKind("dataStore", "vector-store"))).toBeNull();
    expect(kindMismatchProblem(withKind("process", null))).toBeNull();
    const zone = createElement({ type: "trustBoundary", name: "Z", position: { x: 0, y: 0 } });
    expect(kindMismatchProblem(zone)).toBeNull();
  });
});

describe("kind change texts", () => {
  const change = {
    elementId: "e1",
    elementName: "OpenAI",
    elementType: "externalEntity" as const,
    from: "llm" as const,
    to: "third-party-ai-api" as const,
  };

  it("say what the file said, why it does not fit, and what it became", () => {
    expect(describeKindChange(change)).toBe(
      '"OpenAI": ML kind "llm" does not fit an external entity; changed to "third-party-ai-api"',
    );
    expect(describeKindChange(change, (kind) => `«${kind.toUpperCase()}»`)).toBe(
      '"OpenAI": ML kind «LLM» does not fit an external entity; changed to «THIRD-PARTY-AI-API»',
    );
  });

  it("say a kind was cleared, with a hint where a property says what the kind did", () => {
    const cleared = { ...change, elementType: "dataStore" as const, from: "monitoring" as const };
    expect(kindChangeText({ ...cleared, to: null })).toBe(
      'ML kind "monitoring" does not fit a data store; no data store kind is close, so the kind was cleared; if it holds logs or metrics, set its “Stores logs” property',
    );
    expect(kindChangeText({ ...cleared, from: "end-user", to: null })).toBe(
      'ML kind "end-user" does not fit a data store; no data store kind is close, so the kind was cleared',
    );
  });

  it("name an unnamed element by its type, and quote names as user text", () => {
    expect(describeKindChange({ ...change, elementName: "  " })).toMatch(
      /^Unnamed external entity: ML kind/,
    );
    expect(describeKindChange({ ...change, elementName: 'a"b\nc' })).toMatch(/^"a\\"b\\nc": /);
  });
});
