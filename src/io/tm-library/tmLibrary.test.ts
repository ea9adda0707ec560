import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { evaluate } from "../../engine/evaluate";
import { ALL_RULES } from "../../engine/rules";
import { arbitraryModel } from "../interop/testing/arbitraryModel";
import type { ImportedDiagram, InteropImportResult } from "../interop/types";
import { exportTmLibrary, importTmLibrary } from ".";

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
/** The official schema, v1.0.2, as published by the Threat Model Library. */
const validate = ajv.compile(read("threat-model.schema.v1.0.2.json"));

function one(result: InteropImportResult): ImportedDiagram {
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.diagrams[0]!;
}

describe("the cryptocurrency wallet model", () => {
  const d = one(importTmLibrary(read("cryptocurrency-wallet-threat-model.json")));
  it("brings every zone, actor, component, store, flow and threat", () => {
    expect(d.source).toEqual({ elements: 14, flows: 11, boundaries: 3, threats: 3 });
    expect(d.arrived).toEqual(d.source);
    expect(d.model.elements.filter((e) => e.type === "externalEntity")).toHaveLength(1);
    expect(d.model.elements.filter((e) => e.type === "dataStore")).toHaveLength(3);
    expect(d.model.elements.every((e) => e.type === "trustBoundary" || e.parentId !== null)).toBe(
      true,
    );
  });
  it("keeps controls with their states, assumptions and the threats' statuses", () => {
    expect(d.model.mitigations.map((m) => m.status)).toEqual(["proposed", "proposed", "proposed"]);
    expect(d.model.mitigations[2]!.findingIds).toEqual([
      "api-key-theft-misuse",
      "electrumx-data-tampering",
    ]);
    expect(d.model.assumptions).toHaveLength(2);
    expect(d.model.customThreats.map((t) => d.model.triage[t.id]?.status)).toEqual([
      "open",
      "open",
      "open",
    ]);
    const wallet = d.model.elements.find((e) => e.id === "store-wallet-file")!;
    expect(wallet.type === "dataStore" && wallet.props).toMatchObject({
      storesCredentials: "yes",
      encryptedAtRest: "yes",
      classification: "restricted",
    });
  });
});

describe("the HashiCorp Vault model", () => {
  const d = one(importTmLibrary(read("hashicorp-vault-threat-model.json")));
  it("brings every item, telling a component from a zone of the same name", () => {
    expect(d.source).toEqual({ elements: 18, flows: 24, boundaries: 4, threats: 8 });
    expect(d.arrived).toEqual(d.source);
    const cluster = d.model.elements.filter((e) => e.name.includes("EKS Cluster"));
    expect(cluster.map((e) => e.type).sort()).toEqual(["process", "trustBoundary"]);
  });
  it("takes likelihood and impact from the risks, and statuses from the controls, saying so", () => {
    const kubectl = d.model.customThreats.find(
      (t) => t.id === "insider-exfiltrate-secrets-via-kubectl",
    )!;
    expect([kubectl.likelihood, kubectl.impact]).toEqual([3, 5]);
    expect(d.model.triage[kubectl.id]?.notes).toMatch(/^Risk "Insider abuse of Kubernetes access/);
    expect(d.report.filter((e) => /taken as mitigation in progress/.test(e.text))).toHaveLength(3);
    expect(d.report.map((e) => e.text)).toEqual(
      expect.arrayContaining([
        'its trust zone "public-internet" is not in the file; placed outside every zone',
      ]),
    );
  });
  it("exports into a file the official schema accepts, keeping their personas", () => {
    const out = JSON.parse(exportTmLibrary(d.model, evaluate(d.model, { rules: ALL_RULES })));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.threat_personas.map((p: { symbolic_name: string }) => p.symbolic_name)).toContain(
      "darius",
    );
  });
});

describe("Threat Model Library export", () => {
  it("writes trust_zone on every actor, component and store, and validates", () => {
    const doc = createLlmInferencePipelineSample("sample");
    const out = JSON.parse(exportTmLibrary(doc, evaluate(doc, { rules: ALL_RULES })));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    for (const item of [...out.actors, ...out.components, ...out.data_stores])
      expect(typeof item.trust_zone).toBe("string");
    expect(out.threats.length).toBeGreaterThan(0);
    expect(out.risks).toHaveLength(out.threats.length);
  });
  it("validates against the official schema for any valid document", () => {
    fc.assert(
      fc.property(arbitraryModel, (doc) => {
        const out = JSON.parse(exportTmLibrary(doc, evaluate(doc, { rules: ALL_RULES })));
        expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("Threat Model Library files that are broken", () => {
  it.each([
    ["text", "x", /not a Threat Model Library model/],
    [
      "data flows that are an object",
      { scope: { title: "x" }, data_flows: {} },
      /data_flows: should be a list, but is an object/,
    ],
    ["a scope that is a number", { scope: 3 }, /scope: should be an object/],
  ])("refuses %s with a message naming the field", (_what, json, message) => {
    const result = importTmLibrary(json);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join("\n")).toMatch(message);
  });
});
