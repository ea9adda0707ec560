import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { entity, flow, modelOf, proc, store, zone } from "./testing/models";
import { outcomesOf } from "./testing/outcomes";
import { ruleOf } from "./testing/rules";
import type { Rule } from "./rules/schema";

const processRule = (when: Rule["when"]) =>
  ruleOf({ id: "TEST-PROC-01", target: { types: ["process"] }, when });

describe("evaluate: three-valued logic", () => {
  const model = modelOf([
    proc("p-yes", { rateLimited: "yes" }),
    proc("p-no", { rateLimited: "no" }),
    proc("p-unknown"),
  ]);
  const run = (when: Rule["when"]) => outcomesOf(evaluate(model, { rules: [processRule(when)] }));

  it("fires on true, asks on unknown, stays silent on false", () => {
    expect(run({ subject: "element", fact: "rateLimited", is: "no" })).toEqual({
      "p-no": "finding",
      "p-unknown": "question",
    });
  });

  it("compares 'unknown' literally when the test names it", () => {
    expect(run({ subject: "element", fact: "rateLimited", is: "unknown" })).toEqual({
      "p-unknown": "finding",
    });
    expect(run({ subject: "element", fact: "rateLimited", in: ["no", "unknown"] })).toEqual({
      "p-no": "finding",
      "p-unknown": "finding",
    });
  });

  it("all: false beats unknown, unknown beats true", () => {
    const when: Rule["when"] = {
      all: [
        { subject: "element", fact: "rateLimited", is: "no" },
        { subject: "element", fact: "type", is: "process" },
      ],
    };
    expect(run(when)).toEqual({ "p-no": "finding", "p-unknown": "question" });
    const never: Rule["when"] = {
      all: [
        { subject: "element", fact: "rateLimited", is: "no" },
        { subject: "element", fact: "type", is: "dataStore" },
      ],
    };
    expect(run(never)).toEqual({});
  });

  it("any: true beats unknown, unknown beats false", () => {
    const when: Rule["when"] = {
      any: [
        { subject: "element", fact: "rateLimited", is: "no" },
        { subject: "element", fact: "type", is: "dataStore" },
      ],
    };
    expect(run(when)).toEqual({ "p-no": "finding", "p-unknown": "question" });
    const always: Rule["when"] = {
      any: [
        { subject: "element", fact: "rateLimited", is: "no" },
        { subject: "element", fact: "type", is: "process" },
      ],
    };
    expect(run(always)).toEqual({ "p-yes": "finding", "p-no": "finding", "p-unknown": "finding" });
  });

  it("not swaps true and false and keeps unknown", () => {
    expect(run({ not: { subject: "element", fact: "rateLimited", is: "no" } })).toEqual({
      "p-yes": "finding",
      "p-unknown": "question",
    });
  });

  it("reads a fact that does not apply as absent: false, never unknown", () => {
    // encryptedAtRest is a data store property.
    expect(run({ subject: "element", fact: "encryptedAtRest", is: "no" })).toEqual({});
    expect(run({ subject: "element", fact: "encryptedAtRest", isNot: "yes" })).toEqual({});
    expect(run({ not: { subject: "element", fact: "encryptedAtRest", is: "no" } })).toEqual({
      "p-yes": "finding",
      "p-no": "finding",
      "p-unknown": "finding",
    });
  });

  it("treats an unset retention as unknown, and null literally when named", () => {
    const model2 = modelOf([store("short", { retentionDays: 30 }), store("unset")]);
    const rule = (when: Rule["when"]) =>
      ruleOf({ id: "TEST-STORE-01", target: { types: ["dataStore"] }, when });
    const kinds = (when: Rule["when"]) => outcomesOf(evaluate(model2, { rules: [rule(when)] }));
    expect(kinds({ subject: "element", fact: "retentionDays", lte: 90 })).toEqual({
      short: "finding",
      unset: "question",
    });
    expect(kinds({ subject: "element", fact: "retentionDays", is: null })).toEqual({
      unset: "finding",
    });
  });
});

describe("evaluate: findings", () => {
  const model = modelOf(
    [
      zone("dmz", "dmz", 30),
      zone("core", "inference", 60),
      proc("gw", {}, { parentId: "dmz", name: "Gateway" }),
      proc("srv", {}, { parentId: "core", name: "Model server" }),
    ],
    [
      flow(
        "f1",
        "gw",
        "srv",
        { encryptedInTransit: "unknown" },
        { label: "Authenticated requests" },
      ),
    ],
  );
  const flowRule = ruleOf({
    id: "TEST-FLOW-I",
    target: { types: ["flow"] },
    categories: { stride: ["I"] },
    when: { subject: "element", fact: "encryptedInTransit", is: "no" },
    text: {
      title: "{flow} from {source} to {target} is not encrypted",
      description: "Crosses {boundary}.",
      mitigations: ["Encrypt {element}."],
    },
  });

  it("asks the question of an unknown fact with the subject's name, and lists what depends on it", () => {
    const result = evaluate(model, { rules: [flowRule] });
    expect(result.findings).toEqual([]);
    expect(result.questions).toMatchObject([
      {
        id: "encryptedInTransit@f1",
        subjectId: "f1",
        subjectKind: "flow",
        fact: "encryptedInTransit",
        text: "Is the flow Authenticated requests encrypted in transit?",
        dependents: [
          {
            ruleId: "TEST-FLOW-I",
            findingId: "TEST-FLOW-I@f1",
            title: "Authenticated requests from Gateway to Model server is not encrypted",
            targetIds: ["f1"],
            severity: "medium",
          },
        ],
      },
    ]);
    expect(result.questionsBySubject.get("f1")).toHaveLength(1);
  });

  it("lists the matched facts in `because` and scores likelihood x impact", () => {
    const edited = modelOf(
      model.elements,
      model.flows.map((f) => ({ ...f, props: { ...f.props, encryptedInTransit: "no" as const } })),
    );
    const [finding] = evaluate(edited, { rules: [flowRule] }).findings;
    expect(finding).toMatchObject({
      because: [{ subjectId: "f1", fact: "encryptedInTransit", value: "no" }],
      title: "Authenticated requests from Gateway to Model server is not encrypted",
      description: "Crosses core.",
      mitigations: ["Encrypt Authenticated requests."],
      likelihood: 3,
      impact: 3,
      score: 9,
      severity: "medium",
    });
  });

  it("builds interaction ids as source>flow>target and model ids as model", () => {
    const rules = [
      ruleOf({ id: "TEST-INT-01", scope: "interaction", categories: { stride: ["T"] } }),
      ruleOf({ id: "TEST-CROSS-01", scope: "crossing", categories: { stride: ["T"] } }),
      ruleOf({
        id: "TEST-MODEL-01",
        scope: "model",
        when: { modelFact: "boundaryCount", gte: 2 },
        text: { title: "Two zones", description: "d", mitigations: ["m"] },
      }),
    ];
    const ids = evaluate(model, { rules }).findings.map((f) => f.id);
    expect(ids).toEqual([
      "TEST-MODEL-01@model",
      "TEST-INT-01@gw>f1>srv",
      "TEST-CROSS-01@gw>f1>srv",
    ]);
  });

  it("names unnamed elements with a fallback", () => {
    const unnamed = modelOf(
      [proc("p1", {}, { name: "" }), store("s1", {}, { name: " " })],
      [flow("f", "p1", "s1", {}, { label: "" })],
    );
    const rule = ruleOf({
      id: "TEST-NAMES-01",
      text: { title: "{element}", description: "d", mitigations: ["m"] },
    });
    expect(evaluate(unnamed, { rules: [rule] }).findings.map((f) => f.title)).toEqual([
      "Unnamed process",
      "Unnamed data store",
      "Unnamed process → Unnamed data store",
    ]);
  });

  it("produces nothing for out-of-scope elements, flows, and interactions touching them", () => {
    const scoped = modelOf(
      [
        zone("vendor", "external", 0, { outOfScope: true }),
        proc("a"),
        proc("b", {}, { outOfScope: true }),
        proc("c", {}, { parentId: "vendor" }),
      ],
      [flow("ab", "a", "b"), flow("ac", "a", "c"), flow("ca", "c", "a", {}, { outOfScope: true })],
    );
    const rules = [
      ruleOf({ id: "TEST-ALL-01", target: { types: ["process", "flow"] } }),
      ruleOf({ id: "TEST-INT-01", scope: "interaction" }),
    ];
    expect(evaluate(scoped, { rules }).findings.map((f) => f.id)).toEqual([
      "TEST-ALL-01@a",
      "TEST-ALL-01@ab",
      "TEST-ALL-01@ac",
    ]);
  });

  it("groups findings by every id they name", () => {
    const rules = [ruleOf({ id: "TEST-INT-01", scope: "interaction" })];
    const { byTarget } = evaluate(model, { rules });
    expect([...byTarget.keys()].sort()).toEqual(["f1", "gw", "srv"]);
  });
});

describe("evaluate: quantifiers", () => {
  const model = modelOf(
    [
      entity("user"),
      proc("gw", { internetExposed: "yes" }),
      proc("llm", {}, { mlKind: "llm" }),
      store("logs", { storesLogs: "yes" }),
      store("cache", { storesLogs: "unknown" }),
      proc("far"),
    ],
    [
      flow("f1", "user", "gw"),
      flow("f2", "gw", "llm"),
      flow("f3", "llm", "logs"),
      flow("f4", "llm", "cache"),
      flow("f5", "logs", "far"),
    ],
  );
  const run = (when: Rule["when"], target: Rule["target"] = { types: ["process"] }) =>
    outcomesOf(evaluate(model, { rules: [ruleOf({ id: "TEST-Q-01", target, when })] }));

  it("some downstream: true if one matches, unknown if one might", () => {
    const when: Rule["when"] = {
      some: {
        from: "downstream",
        target: { types: ["dataStore"] },
        where: { subject: "other", fact: "storesLogs", is: "yes" },
      },
    };
    expect(run(when)).toEqual({ llm: "finding" });
    const noLogs: Rule["when"] = {
      some: {
        from: "downstream",
        target: { types: ["dataStore"] },
        where: { subject: "other", fact: "storesLogs", is: "no" },
      },
    };
    expect(run(noLogs)).toEqual({ llm: "question" });
  });

  it("none is the negation of some", () => {
    const when: Rule["when"] = {
      none: { from: "upstream", target: { types: ["externalEntity"] } },
    };
    expect(run(when)).toEqual({ llm: "finding", far: "finding" });
  });

  it("walks up to `hops` flows", () => {
    const when = (hops: number): Rule["when"] => ({
      some: { from: "upstream", hops, target: { types: ["externalEntity"] } },
    });
    expect(run(when(1))).toEqual({ gw: "finding" });
    expect(run(when(2))).toEqual({ gw: "finding", llm: "finding" });
  });

  it("neighbours and model quantifiers, with {other} naming the bound element", () => {
    const rule = ruleOf({
      id: "TEST-Q-02",
      target: { mlKinds: ["llm"] },
      when: { some: { from: "neighbours", target: { types: ["dataStore"] } } },
      text: { title: "{element} talks to {other}", description: "d", mitigations: ["m"] },
    });
    const [finding] = evaluate(model, { rules: [rule] }).findings;
    expect(finding?.title).toBe("llm talks to logs");
    expect(finding?.because).toEqual([
      { subjectId: "logs", fact: "type", value: "dataStore" },
      { subjectId: "cache", fact: "type", value: "dataStore" },
    ]);
    const modelRule = ruleOf({
      id: "TEST-Q-03",
      scope: "model",
      when: { some: { from: "model", target: { mlKinds: ["llm"] } } },
      text: { title: "The model has an LLM ({other})", description: "d", mitigations: ["m"] },
    });
    expect(evaluate(model, { rules: [modelRule] }).findings[0]?.title).toBe(
      "The model has an LLM (llm)",
    );
  });

  it("never binds out-of-scope elements", () => {
    const scoped = modelOf(
      [entity("user", {}, { outOfScope: true }), proc("gw")],
      [flow("f1", "user", "gw")],
    );
    const rule = ruleOf({
      id: "TEST-Q-04",
      target: { types: ["process"] },
      when: { some: { from: "upstream", target: { types: ["externalEntity"] } } },
    });
    expect(evaluate(scoped, { rules: [rule] }).findings).toEqual([]);
  });
});
