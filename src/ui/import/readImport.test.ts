import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { groupReport, readImport, statusSummary } from "./readImport";

const bytes = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../io/${path}`, import.meta.url)));

describe("reading a file for the import dialog", () => {
  it("reads other tools' files, and says what the threats arrive as", async () => {
    const reading = await readImport(
      bytes("threat-dragon/fixtures/threat-dragon-v2-demo.json"),
      "demo.json",
    );
    if (!reading.ok) throw new Error(reading.errors.join());
    expect(reading.formatLabel).toBe("OWASP Threat Dragon v2");
    expect(statusSummary(reading.diagrams[0]!.model)).toBe("10 Open, 4 Mitigated");
    expect(groupReport(reading.diagrams[0]!.report).map((g) => [g.kind, g.entries.length])).toEqual(
      [["approximated", 3]],
    );
  });

  it("reads our own models, and refuses a broken one with the loader's messages", async () => {
    const model = createLlmInferencePipelineSample("m");
    const ok = await readImport(new TextEncoder().encode(JSON.stringify(model)), "m.json");
    expect(ok.ok && ok.formatLabel).toBe("ThreatCanvas model");
    const broken = await readImport(
      new TextEncoder().encode(JSON.stringify({ ...model, elements: "x" })),
      "m.json",
    );
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.errors.join()).toMatch(/elements/);
  });

  it("reports the ML kinds of our own model that it fitted to their element types", async () => {
    const model = createLlmInferencePipelineSample("m");
    const entity = model.elements.find((e) => e.type === "externalEntity")!;
    const misfit = {
      ...model,
      elements: model.elements.map((e) => (e === entity ? { ...e, mlKind: "agent" } : e)),
    };
    const reading = await readImport(new TextEncoder().encode(JSON.stringify(misfit)), "m.json");
    if (!reading.ok) throw new Error(reading.errors.join());
    const diagram = reading.diagrams[0]!;
    expect(diagram.report).toEqual([
      {
        kind: "approximated",
        item: "ThreatCanvas model",
        text: `"${entity.name}": ML kind "agent" does not fit an external entity; changed to "third-party-ai-api"`,
      },
    ]);
    expect(diagram.model.elements.find((e) => e.id === entity.id)).toMatchObject({
      mlKind: "third-party-ai-api",
    });
    const clean = await readImport(new TextEncoder().encode(JSON.stringify(model)), "m.json");
    expect(clean.ok && clean.diagrams[0]!.report).toEqual([]);
  });

  it("says what it opens when it recognises nothing", async () => {
    const reading = await readImport(new TextEncoder().encode("just some notes"), "notes.txt");
    expect(!reading.ok && reading.errors[0]).toMatch(
      /not a file ThreatCanvas can open \(it is not JSON, nor a Threat Modeling Tool file\)\. It opens: ThreatCanvas models and backups, OWASP Threat Dragon, Open Threat Model, OWASP Threat Model Library, Microsoft Threat Modeling Tool\./,
    );
  });
});
