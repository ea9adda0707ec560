import { describe, expect, it } from "vitest";
import { backupFileName, exportFileName, fileSlug } from "./fileNames";

describe("export file names", () => {
  it.each([
    ["Zürich Daten-Pipeline — Übersicht", "zurich-daten-pipeline-ubersicht"],
    ["LLM inference pipeline (sample)", "llm-inference-pipeline-sample"],
    ["Straße/../../etc/passwd", "strasse-etc-passwd"],
    ["模型", "threat-model"],
    ["", "threat-model"],
    ["  ---  ", "threat-model"],
    ["a".repeat(100), "a".repeat(60)],
  ])("%j -> %j", (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });

  it("names each kind of export", () => {
    const model = { name: "Zürich Daten-Pipeline" };
    expect(exportFileName(model, "model", "json")).toBe("zurich-daten-pipeline.threatcanvas.json");
    expect(exportFileName(model, "report", "pdf")).toBe("zurich-daten-pipeline-report.pdf");
    expect(exportFileName(model, "risk-register", "csv")).toBe(
      "zurich-daten-pipeline-risk-register.csv",
    );
    expect(backupFileName(new Date("2026-12-01T23:59:00Z"))).toBe(
      "threatcanvas-backup-2026-12-01.json",
    );
  });
});
