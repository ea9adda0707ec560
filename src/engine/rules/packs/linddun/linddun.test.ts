import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../../../domain/schema";
import { evaluate } from "../../../evaluate";
import { entity, flow, modelOf, proc, store } from "../../../testing/models";
import type { Finding } from "../../../types";
import { RuleSchema } from "../../schema";
import { LINDDUN_RULES } from "./index";

const RULES = LINDDUN_RULES.map((r) => RuleSchema.parse(r));
const run = (model: ThreatModel): Finding[] => evaluate(model, { rules: RULES }).findings;

function codesByTarget(findings: Finding[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const f of findings) {
    const set = (out[f.targetIds[0]!] ??= new Set());
    f.categories.linddun.forEach((c) => set.add(c));
  }
  return Object.fromEntries(Object.entries(out).map(([id, set]) => [id, [...set].sort()]));
}

describe("LINDDUN, triggered by personal data", () => {
  it("stays silent where there is no personal data", () => {
    const m = modelOf(
      [
        entity("user", { entityKind: "human" }),
        proc("app"),
        store("db", { containsPersonalData: "no" }),
      ],
      [
        flow("f1", "user", "app", { carriesPersonalData: "no" }),
        flow("f2", "app", "db", { carriesPersonalData: "no" }),
      ],
    );
    const result = evaluate(m, { rules: RULES });
    expect(result.findings).toEqual([]);
    expect(result.questions).toEqual([]);
  });

  it("asks about personal data once per flow while it is unknown, and asserts nothing", () => {
    const m = modelOf(
      [proc("client"), proc("app"), store("db")],
      [flow("call", "client", "app"), flow("save", "app", "db")],
    );
    const result = evaluate(m, { rules: RULES });
    expect(result.findings).toEqual([]);
    expect(result.questions.map((q) => [q.id, q.text])).toEqual([
      ["carriesPersonalData@save", "Does the flow save carry personal data?"],
      ["carriesPersonalData@call", "Does the flow call carry personal data?"],
    ]);
    // The store's own disclosure hinges on what reaches it: one question settles both.
    expect(result.questions[0]?.dependents.map((d) => d.ruleId)).toEqual([
      "LINDDUN-STORE-DD-01",
      "LINDDUN-FLOW-DD-01",
    ]);
  });

  it("names the threats to personal data where they arise, once each", () => {
    const m = modelOf(
      [
        entity("person", { entityKind: "human", audience: "customers" }),
        proc("app"),
        // Restricted personal data that also trains a model: high-risk processing (a DPIA), and
        // people who may not expect what they send to end up in training data.
        store(
          "db",
          {
            containsPersonalData: "yes",
            classification: "restricted",
            storesLogs: "yes",
            encryptedAtRest: "no",
            retentionDays: 400,
          },
          { mlKind: "training-data-store" },
        ),
        entity("partner", { entityKind: "system", audience: "partners" }),
      ],
      [
        flow("signup", "person", "app", {
          carriesPersonalData: "yes",
          encryptedInTransit: "yes",
          authenticated: "yes",
        }),
        flow("save", "app", "db", { carriesPersonalData: "yes", encryptedInTransit: "no" }),
        flow("share", "app", "partner", { carriesPersonalData: "yes", encryptedInTransit: "yes" }),
      ],
    );
    expect(codesByTarget(run(m))).toEqual({
      model: ["Nc"],
      // Logs of what each customer did; readable at rest; kept for more than a year.
      db: ["D", "DD", "L", "Nc", "Nr"],
      // The person whose data goes on into training data: unawareness, per interaction.
      person: ["U"],
      save: ["DD"],
      // Handed to a partner: disclosure, and linkable and identifiable once there.
      app: ["DD", "I", "L"],
    });
  });

  it("words store findings by the store's protection and retention", () => {
    const m = modelOf([
      store("clear", { containsPersonalData: "yes", encryptedAtRest: "no", retentionDays: 30 }),
      store("sealed", { containsPersonalData: "yes", encryptedAtRest: "yes" }),
    ]);
    const result = evaluate(m, { rules: RULES });
    const byId = (id: string) => result.findings.find((f) => f.id === id);
    expect(byId("LINDDUN-STORE-DD-01@clear")).toMatchObject({ severity: "high" });
    expect(byId("LINDDUN-STORE-NC-01@clear")).toBeUndefined();
    expect(byId("LINDDUN-STORE-DD-01@sealed")).toBeUndefined();
    expect(result.questions.map((q) => [q.id, q.text])).toEqual([
      ["retentionDays@sealed", "How many days does sealed keep its records?"],
    ]);
  });

  it("names the external party personal data goes to, once it is known to be a system", () => {
    const m = modelOf(
      [
        entity("shopper", { entityKind: "human" }),
        proc("app", {}, { name: "Checkout" }),
        entity("psp", { entityKind: "system" }, { name: "Payment provider" }),
      ],
      [
        flow("order", "shopper", "app", { carriesPersonalData: "yes" }),
        flow("pay", "app", "psp", { carriesPersonalData: "yes" }),
      ],
    );
    const finding = run(m).find((f) => f.id === "LINDDUN-INT-DD-01@app>pay>psp");
    expect(finding?.title).toBe("Personal data leaves the system for Payment provider on pay");
  });

  it("does not call data a customer's own application gets back a disclosure", () => {
    const m = modelOf(
      [entity("client", { entityKind: "system", audience: "customers" }), proc("api")],
      [flow("calls", "client", "api", { carriesPersonalData: "yes" }, { bidirectional: true })],
    );
    expect(run(m).filter((f) => f.id.startsWith("LINDDUN-INT-DD"))).toEqual([]);
  });
});
