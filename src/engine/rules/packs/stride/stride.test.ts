import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../../../domain/schema";
import { evaluate } from "../../../evaluate";
import { deriveWorld } from "../../../facts/derive";
import { STRIDE_CHART, type ChartElement } from "../../../catalog/charts";
import { entity, flow, modelOf, proc, store, zone } from "../../../testing/models";
import { randomModel } from "../../../testing/randomModel";
import type { Finding } from "../../../types";
import { RuleSchema } from "../../schema";
import { STRIDE_RULES } from "./index";

const RULES = STRIDE_RULES.map((r) => RuleSchema.parse(r));
const run = (model: ThreatModel): Finding[] => evaluate(model, { rules: RULES }).findings;
const on = (findings: Finding[], id: string) => findings.filter((f) => f.targetIds[0] === id);
const ids = (findings: Finding[]) => findings.map((f) => f.id);

describe("STRIDE per element, in context", () => {
  it.each([1, 2, 3, 4])(
    "covers every chart category of every in-scope element and flow (random model %i)",
    (seed) => {
      const model = randomModel(160, seed);
      const findings = run(model);
      const categoriesOf = new Map<string, Set<string>>();
      for (const f of findings) {
        if (f.scope !== "element") continue;
        const set = categoriesOf.get(f.targetIds[0]!) ?? new Set();
        f.categories.stride.forEach((c) => set.add(c));
        categoriesOf.set(f.targetIds[0]!, set);
      }
      const world = deriveWorld(model);
      const check = (id: string, chart: ChartElement, expected: readonly string[]) => {
        const got = [...(categoriesOf.get(id) ?? [])].sort();
        expect({ id, chart, categories: got }).toEqual({
          id,
          chart,
          categories: [...expected].sort(),
        });
      };
      for (const element of model.elements) {
        if (element.type === "trustBoundary" || world.elementsById.get(element.id)!.outOfScope)
          continue;
        if (element.type === "dataStore") {
          const logs = element.props.storesLogs !== "no";
          check(
            element.id,
            "dataStore",
            STRIDE_CHART.dataStore.filter((c) => c !== "R" || logs),
          );
        } else {
          check(element.id, element.type, STRIDE_CHART[element.type]);
        }
      }
      for (const f of model.flows) if (!f.outOfScope) check(f.id, "flow", STRIDE_CHART.flow);
    },
  );

  describe("flow information disclosure", () => {
    const model = (encryptedInTransit: string, carriesPersonalData = "yes") =>
      modelOf(
        [proc("a"), proc("b")],
        [flow("f", "a", "b", { encryptedInTransit, carriesPersonalData }, { label: "Prompts" })],
      );
    const disclosure = (m: ThreatModel) =>
      on(run(m), "f").filter((f) => f.categories.stride.includes("I"));

    it("is a high finding when sensitive data travels unencrypted", () => {
      expect(disclosure(model("no"))).toMatchObject([
        {
          id: "STRIDE-FLOW-I-01@f",
          kind: "finding",
          severity: "high",
          because: [
            { subjectId: "f", fact: "encryptedInTransit", value: "no" },
            { subjectId: "f", fact: "carriesPersonalData", value: "yes" },
          ],
        },
      ]);
    });

    it("is a question when encryption is unknown", () => {
      const [question] = disclosure(model("unknown"));
      expect(question).toMatchObject({ id: "STRIDE-FLOW-I-01@f", kind: "question" });
      expect(question?.questions.map((q) => q.text)).toEqual([
        "Is the flow Prompts encrypted in transit?",
      ]);
    });

    it("never asks an encrypted flow to encrypt: only a low residual", () => {
      expect(disclosure(model("yes"))).toMatchObject([
        { id: "STRIDE-FLOW-I-03@f", kind: "finding", severity: "low" },
      ]);
    });

    it("is a medium finding for clear text that is known not to be sensitive", () => {
      const m = modelOf(
        [proc("a"), proc("b")],
        [
          flow("f", "a", "b", {
            encryptedInTransit: "no",
            carriesPersonalData: "no",
            classification: "public",
          }),
        ],
      );
      expect(disclosure(m)).toMatchObject([
        { id: "STRIDE-FLOW-I-02@f", kind: "finding", severity: "medium" },
      ]);
    });
  });

  it("asks an authenticated, encrypted flow nothing about tampering", () => {
    const m = modelOf(
      [proc("a"), proc("b")],
      [
        flow("f", "a", "b", {
          encryptedInTransit: "yes",
          authenticated: "yes",
          integrityVerified: "yes",
        }),
      ],
    );
    const tampering = on(run(m), "f").filter((f) => f.categories.stride.includes("T"));
    expect(tampering).toMatchObject([
      { id: "STRIDE-FLOW-T-02@f", kind: "finding", severity: "low" },
    ]);
  });

  it("raises repudiation on a data store only when it holds logs", () => {
    const m = modelOf([
      store("logs", { storesLogs: "yes", integrityVerified: "no" }),
      store("plain", { storesLogs: "no", integrityVerified: "no" }),
      store("unsure", { storesLogs: "unknown", integrityVerified: "no" }),
    ]);
    const repudiation = run(m).filter((f) => f.categories.stride.includes("R"));
    expect(repudiation.map((f) => [f.id, f.kind])).toEqual([
      ["STRIDE-STORE-R-01@logs", "finding"],
      ["STRIDE-STORE-R-01@unsure", "question"],
    ]);
  });

  it("words process findings by exposure", () => {
    const m = modelOf(
      [
        entity("user"),
        proc("edge", { authenticatesCallers: "no" }),
        proc("core", { authenticatesCallers: "no", internetExposed: "no" }),
      ],
      [flow("f1", "user", "edge")],
    );
    const spoofing = run(m).filter((f) => f.id.startsWith("STRIDE-PROC-S"));
    expect(spoofing.map((f) => [f.id, f.kind, f.severity])).toEqual([
      ["STRIDE-PROC-S-01@edge", "finding", "high"],
      ["STRIDE-PROC-S-02@core", "finding", "medium"],
    ]);
  });

  it("flags unauthenticated flows entering a more trusted zone, per interaction", () => {
    const m = modelOf(
      [
        zone("dmz", "dmz", 30),
        zone("core", "inference", 60),
        proc("gw", {}, { parentId: "dmz" }),
        proc("srv", {}, { parentId: "core" }),
      ],
      [
        flow("in", "gw", "srv", { authenticated: "no" }),
        flow("out", "srv", "gw", { authenticated: "yes" }),
      ],
    );
    const crossings = run(m).filter((f) => f.scope === "crossing");
    expect(crossings.map((f) => [f.id, f.title])).toEqual([
      [
        "STRIDE-CROSS-S-01@gw>in>srv",
        "in enters core from a less trusted zone without authentication",
      ],
    ]);
  });

  it("notices a model without any trust boundary", () => {
    expect(ids(run(modelOf([proc("a"), proc("b")])))).toContain("STRIDE-MODEL-01@model");
    expect(ids(run(modelOf([proc("a")])))).not.toContain("STRIDE-MODEL-01@model");
    expect(ids(run(modelOf([zone("z", "dmz", 30), proc("a"), proc("b")])))).not.toContain(
      "STRIDE-MODEL-01@model",
    );
  });
});
