import { all } from "../build";
import { base, type StrideRule } from "./base";

/** STRIDE findings about the model as a whole. */
export const MODEL: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-MODEL-01",
    scope: "model",
    when: all({ modelFact: "elementCount", gte: 2 }, { modelFact: "boundaryCount", is: 0 }),
    categories: { stride: ["S", "E"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "No trust boundary is drawn",
      description:
        "The model has several elements but no trust boundary, so it cannot show where data moves between levels of trust. The checks that run at crossings, such as authentication of data entering a more trusted zone, have nothing to run on.",
      mitigations: [
        "Draw trust boundaries around the zones of the system (internet, gateway, serving, training, data, control plane) and set their trust levels.",
      ],
    },
  },
];
