import { describe, expect, it } from "vitest";
import type { Inference } from "../../engine/facts/evidence";
import { describeInference, inferencesByProp } from "./inference";

const boundaryName = (id: string) => (id === "dmz" ? "Partner DMZ" : id);

describe("inferences in words", () => {
  it("names the value and the evidence it came from", () => {
    const cases: Array<[Inference, string, string]> = [
      [
        {
          prop: "encryptedInTransit",
          value: "yes",
          reason: { kind: "technology", label: "HTTPS", tag: "https" },
        },
        "Yes",
        "from the technology “https”",
      ],
      [
        {
          prop: "internetExposed",
          value: "no",
          reason: { kind: "mlKind", mlKind: "training-job" },
        },
        "No",
        "from its ML kind (Training job)",
      ],
      [
        {
          prop: "audience",
          value: "partners",
          reason: { kind: "zone", boundaryId: "dmz", zoneKind: "dmz", audience: "partners" },
        },
        "Partners",
        "from its zone, Partner DMZ",
      ],
      [
        {
          prop: "carriesPersonalData",
          value: "no",
          reason: { kind: "content", content: "modelFiles" },
        },
        "No",
        "because the flow carries model files",
      ],
      [
        {
          prop: "integrityProtected",
          value: "yes",
          reason: { kind: "implied", by: "encryptedInTransit" },
        },
        "Yes",
        "because “Encrypted in transit” is Yes",
      ],
      [
        { prop: "entityKind", value: "system", reason: { kind: "mlKind", mlKind: "model-hub" } },
        "System",
        "from its ML kind (Public model hub)",
      ],
    ];
    for (const [inference, value, because] of cases) {
      expect(describeInference(inference, boundaryName)).toEqual({ value, because });
    }
  });

  it("keeps the first inference of each property, as the engine does", () => {
    const first: Inference = { prop: "x", value: "yes", reason: { kind: "ends" } };
    const second: Inference = { prop: "x", value: "no", reason: { kind: "ends" } };
    expect(inferencesByProp([first, second]).get("x")).toBe(first);
  });
});
