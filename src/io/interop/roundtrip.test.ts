import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../domain/schema";
import { evaluate } from "../../engine/evaluate";
import { ALL_RULES } from "../../engine/rules";
import { exportOtm, importOtm } from "../otm";
import { exportThreatDragon, importThreatDragon } from "../threat-dragon";
import { exportTmLibrary, importTmLibrary } from "../tm-library";
import { canonicalJson } from "./embedded";
import { arbitraryModel } from "./testing/arbitraryModel";
import type { InteropImportResult } from "./types";

/**
 * The laws of export then import through one format: with our embedded document, nothing of
 * ours is lost; with it removed (a file another tool rewrote without our extension), every
 * element, flow, boundary and custom threat still arrives, with the status the format can say.
 */

/** A parsed export, walked by path to delete our key. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test walks known paths of parsed JSON

const formats = [
  {
    name: "OTM",
    write: exportOtm,
    read: importOtm,
    strip: (f: Json) => void delete f.project.attributes.threatcanvas,
  },
  {
    name: "Threat Model Library",
    write: exportTmLibrary,
    read: importTmLibrary,
    strip: (f: Json) => void delete f.extensions["threatcanvas.invalid/model"],
  },
  {
    name: "Threat Dragon v2",
    write: exportThreatDragon,
    read: importThreatDragon,
    strip: (f: Json) => void delete f.detail.diagrams[0].threatCanvas,
  },
] as const;

const RUNS = { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 30) };
/** Each run evaluates, exports and imports a model twice: seconds, not milliseconds. */
const TIMEOUT = 120_000;

function only(result: InteropImportResult): ThreatModel {
  if (!result.ok) throw new Error(result.errors.join("\n"));
  expect(result.diagrams).toHaveLength(1);
  return result.diagrams[0]!.model;
}

function counts(doc: ThreatModel) {
  const by = (type: string) => doc.elements.filter((e) => e.type === type).length;
  return {
    processes: by("process"),
    stores: by("dataStore"),
    entities: by("externalEntity"),
    boundaries: by("trustBoundary"),
    flows: doc.flows.length,
    customThreats: doc.customThreats.length,
  };
}

describe.each(formats)("export then import through $name", ({ write, read, strip, name }) => {
  it(
    "gives back the same document",
    () => {
      fc.assert(
        fc.property(arbitraryModel, (doc) => {
          const text = write(doc, evaluate(doc, { rules: ALL_RULES }));
          const back = only(read(JSON.parse(text)));
          expect(canonicalJson(back)).toBe(canonicalJson(doc));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "without our embedded document, keeps every element, flow, boundary and custom threat",
    () => {
      fc.assert(
        fc.property(arbitraryModel, (doc) => {
          const evaluation = evaluate(doc, { rules: ALL_RULES });
          const file = JSON.parse(write(doc, evaluation));
          strip(file);
          const back = only(read(file, { modelId: "stripped" }));
          const generated = evaluation.findings.length;
          const arrived = counts(back);
          const expected = counts(doc);
          expect({ ...arrived, customThreats: undefined }).toEqual({
            ...expected,
            customThreats: undefined,
          });
          // Threat Dragon and TML cannot tell our generated findings from hand-written threats
          // without our extension; OTM can (its attributes carry the finding id).
          if (name === "OTM") expect(arrived.customThreats).toBe(expected.customThreats);
          else
            expect(
              arrived.customThreats +
                Object.keys(back.triage).filter(
                  (id) => !back.customThreats.some((t) => t.id === id),
                ).length,
            ).toBe(expected.customThreats + generated);
          if (name !== "Threat Model Library") {
            expect(new Set(back.elements.map((e) => e.id))).toEqual(
              new Set(doc.elements.map((e) => e.id)),
            );
            expect(new Set(back.flows.map((f) => f.id))).toEqual(
              new Set(doc.flows.map((f) => f.id)),
            );
          }
          if (name === "OTM") {
            for (const threat of doc.customThreats) {
              expect(back.triage[threat.id]?.status).toBe(doc.triage[threat.id]?.status ?? "open");
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
