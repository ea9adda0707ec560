import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomModel } from "../engine/testing/randomModel";
import { commands } from "./commands";
import { createEditorStore } from "./editorStore";
import { parseThreatModel } from "../domain/document";
import type { ThreatModel } from "../domain/schema";
import { copyFragment, parseFragmentText } from "../domain/operations";

/**
 * Issue 11, item 12 (the paste door): random and mutated fragments pasted into random models.
 * Laws: nothing throws; a rejection names the field it is about (or says the text is not
 * ThreatCanvas elements at all) and leaves the open model exactly as it was; an accepted paste
 * always yields a document the loader accepts.
 *
 * FC_RUNS sets the number of runs (10,000 by default, as in CI; a nightly run passes 100000 or more).
 */
const RUNS = Number(process.env.FC_RUNS ?? 10000);

const MODELS: ThreatModel[] = [4, 12, 40].flatMap((size) =>
  [1, 2].map((seed) => randomModel(size, seed)),
);

/** A field path at the start of an error: `elements[1].parentId: …`, `flows: …`, `version: …`. */
const NAMES_A_FIELD = /^(?:[A-Za-z_$][\w$]*(?:\[\d+\]|\.[^\s:]+)*): /;
const NOT_ELEMENTS = "The clipboard does not hold ThreatCanvas elements.";
/** The last line of a long list of problems. */
const MORE = /^… and \d+ more problems$/;

type Json = unknown;

/** Ways a fragment gets damaged (by another version, by hand, by an attacker). */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant("set" as const),
    list: fc.constantFrom("elements", "flows"),
    index: fc.nat(),
    key: fc.constantFrom(
      "id",
      "parentId",
      "type",
      "position",
      "size",
      "props",
      "name",
      "source",
      "target",
      "technologies",
      "mlKind",
      "__proto__",
    ),
    value: fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.constantFrom(null, "", "x".repeat(300), 1e308, -1e308, Number.NaN, {
        x: 1e308,
        y: -1e308,
      }),
    ),
  }),
  fc.record({
    kind: fc.constant("pointAt" as const),
    list: fc.constantFrom("elements", "flows"),
    index: fc.nat(),
    key: fc.constantFrom("parentId", "source", "target", "id"),
    /** Another item of the fragment, element or flow. */
    other: fc.nat(),
    otherList: fc.constantFrom("elements", "flows"),
  }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    list: fc.constantFrom("elements", "flows"),
    index: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("drop" as const),
    list: fc.constantFrom("elements", "flows"),
    index: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("top" as const),
    key: fc.constantFrom("format", "version", "elements", "flows", "extra"),
    value: fc.anything({ maxDepth: 2 }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(fragment: Record<string, Json>, m: Mutation): void {
  if (m.kind === "top") {
    fragment[m.key] = m.value;
    return;
  }
  const list = fragment[m.list];
  if (!Array.isArray(list) || list.length === 0) return;
  const i = m.index % list.length;
  const item = list[i] as Record<string, Json> | null;
  switch (m.kind) {
    case "set":
      if (typeof item === "object" && item !== null) {
        if (m.key === "__proto__")
          Object.defineProperty(item, "__proto__", {
            value: m.value,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        else item[m.key] = m.value;
      }
      return;
    case "pointAt": {
      const others = fragment[m.otherList];
      if (
        !Array.isArray(others) ||
        others.length === 0 ||
        typeof item !== "object" ||
        item === null
      )
        return;
      const target = others[m.other % others.length] as { id?: Json } | null;
      item[m.key] = target?.id ?? null;
      return;
    }
    case "duplicate":
      list.push(structuredClone(item));
      return;
    case "drop":
      list.splice(i, 1);
      return;
  }
}

describe("paste, as a property (issue 11, item 12)", () => {
  it(
    `random and mutated fragments never brick a model (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.nat(MODELS.length - 1),
          fc.nat(MODELS.length - 1),
          fc.array(fc.nat(), { maxLength: 8 }),
          fc.array(mutation, { maxLength: 4 }),
          fc.integer({ min: -5000, max: 5000 }),
          (target, source, picks, mutations, offset) => {
            const doc = MODELS[target]!;
            const from = MODELS[source]!;
            const ids = picks.map((p) => from.elements[p % from.elements.length]!.id);
            const fragment = structuredClone(copyFragment(from, ids)) as unknown as Record<
              string,
              Json
            >;
            for (const m of mutations) mutate(fragment, m);
            const text = JSON.stringify(fragment) ?? "";

            const store = createEditorStore();
            store.getState().open(doc);
            const parsed = parseFragmentText(text);
            if (!parsed.ok) {
              for (const error of parsed.errors) {
                const ok = error === NOT_ELEMENTS || NAMES_A_FIELD.test(error) || MORE.test(error);
                expect(ok, error).toBe(true);
              }
              return;
            }
            const pasted = store
              .getState()
              .execute(commands.paste(parsed.value, { x: offset, y: offset }));
            const after = store.getState().doc!;
            if (!pasted) {
              expect(after).toBe(doc);
              const text = store.getState().notice?.text ?? "";
              const reason = text.replace(/^Nothing pasted: /, "");
              expect(reason !== text, text).toBe(true);
              for (const part of reason.split("; ")) {
                expect(NAMES_A_FIELD.test(part) || MORE.test(part), text).toBe(true);
              }
              return;
            }
            const reloaded = parseThreatModel(JSON.parse(JSON.stringify(after)));
            if (!reloaded.ok)
              throw new Error(`accepted paste does not reopen: ${reloaded.errors.join("; ")}`);
          },
        ),
        { numRuns: RUNS },
      );
    },
    Math.max(120_000, RUNS * 3),
  );
});
