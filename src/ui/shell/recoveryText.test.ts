import { describe, expect, it } from "vitest";
import { diffDocuments } from "../../domain/changes";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { salvageThreatModel } from "../../domain/salvage";
import type { ThreatModel } from "../../domain/schema";
import {
  countSetAside,
  describeRecoveredChanges,
  describeSetAside,
  fileNameFor,
} from "./recoveryText";

const sample = createLlmInferencePipelineSample("m");
const rename = (doc: ThreatModel, id: string, name: string): ThreatModel => ({
  ...doc,
  elements: doc.elements.map((e) => (e.id === id ? { ...e, name } : e)),
});

describe("recovery words", () => {
  it("compare recovered changes with the version shown, item by item", () => {
    const base = sample;
    const recovered = {
      ...rename(base, "inference-server", "Inference (B)"),
      flows: base.flows.filter((f) => f.id !== "flow-logs"),
      name: "Renamed model",
      updatedAt: "2030-01-01T00:00:00.000Z",
    };
    const shown = rename(base, "api-gateway", "Gateway (A)");
    expect(describeRecoveredChanges(shown, diffDocuments(base, recovered))).toEqual([
      "Element “GPU inference server”: name (recovered “Inference (B)”, now “GPU inference server”)",
      "Flow “Inference logs”: removed",
      "Model name: (recovered “Renamed model”, now “LLM inference pipeline (sample)”)",
    ]);
    expect(describeRecoveredChanges(recovered, diffDocuments(base, recovered))).toEqual([
      "No difference from the version shown.",
    ]);
  });

  it("list what was set aside and why", () => {
    const damaged = {
      ...sample,
      elements: sample.elements.map((e) =>
        e.id === "inference-logs" ? { ...e, parentId: "flow-logs" } : e,
      ),
    };
    const result = salvageThreatModel(damaged);
    if (!result.ok) throw new Error("not salvaged");
    expect(countSetAside(result.setAside)).toBe("1 item");
    expect(describeSetAside(result.setAside)).toEqual([
      expect.stringMatching(
        /^Boundary link of “Inference log store” — elements\[\d+\]\.parentId: refers to "flow-logs", which is not an element of this model$/,
      ),
    ]);
  });

  it("make safe file names", () => {
    expect(fileNameFor("LLM pipeline (sample) / v2", "set-aside")).toBe(
      "LLM-pipeline-sample-v2-set-aside.json",
    );
    expect(fileNameFor("///", "x")).toBe("threat-model-x.json");
  });
});
