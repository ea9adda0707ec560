import { createLlmInferencePipelineSample } from "../../src/domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../../src/domain/schema";
import { generateModel } from "../canvas/model/generateModel";

export type ModelKey = "sample" | "1000" | "5000";

export interface ModelCase {
  key: ModelKey;
  label: string;
  make(): ThreatModel;
}

/** The sample every first visit opens (the baseline), and the seeded models of bench/canvas. */
export const MODELS: Record<ModelKey, ModelCase> = {
  sample: {
    key: "sample",
    label: "sample (14 elements)",
    make: () => createLlmInferencePipelineSample("bench-sample"),
  },
  "1000": {
    key: "1000",
    label: "1,000 elements / 1,500 flows",
    make: () => generateModel({ elements: 1000, flows: 1500, boundaries: 16, seed: 1000 }),
  },
  "5000": {
    key: "5000",
    label: "5,000 elements / 7,500 flows",
    make: () => generateModel({ elements: 5000, flows: 7500, boundaries: 60, seed: 5000 }),
  },
};
