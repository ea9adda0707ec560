import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../../../domain/schema";
import { buildModel, entity, flow, proc, resultsOf, store } from "./test-utils";

/**
 * Premises corrected after the blind review of the corpus (issue 6): each rule here once fired
 * where its premise did not hold. Every case pairs the shape that made it fire wrongly with the
 * shape where the premise does hold, so the fix cannot silence the rule altogether.
 */

const findingsOf = (model: ThreatModel, ruleId: string) =>
  resultsOf(model, ruleId).filter((r) => r.kind === "finding");

describe("feedback loops need what the model's users send to be written to the store", () => {
  /**
   * A platform API routes inference to a model on a two-way flow and also stores what customers
   * upload: the model is upstream of the store only through its replies to the API.
   */
  const platform = () =>
    buildModel(
      [
        entity("tenant", "end-user", { entityKind: "human", audience: "customers" }),
        proc("api", null, { internetExposed: "yes" }),
        proc("endpoint", "inference-endpoint"),
        store("datasets", "training-data-store"),
        proc("job", "training-job"),
      ],
      [
        flow("tenant", "api", {}, { bidirectional: true }),
        flow("api", "endpoint", { initiatedBy: "source" }, { bidirectional: true }),
        flow("api", "datasets"),
        flow("datasets", "job"),
      ],
    );

  /** The model's own traffic is recorded through an event pipeline into the training data. */
  const recommender = () =>
    buildModel(
      [
        entity("shopper", "end-user", { entityKind: "human", audience: "anonymous" }),
        proc("recs", "inference-endpoint", { internetExposed: "yes" }),
        proc("events", "data-pipeline"),
        store("clicks", "training-data-store"),
      ],
      [
        flow("shopper", "recs", {}, { bidirectional: true }),
        flow("recs", "events"),
        flow("events", "clicks"),
      ],
    );

  it("AI-SYBIL-01 stays silent on uploads stored by a process that calls the model", () => {
    expect(resultsOf(platform(), "AI-SYBIL-01")).toEqual([]);
  });

  it("AI-SYBIL-01 fires when the model's traffic reaches the store through a pipeline", () => {
    const [finding] = findingsOf(recommender(), "AI-SYBIL-01");
    expect(finding?.title).toBe("Fake accounts can steer what clicks learns from its own users");
    expect(finding?.description).toContain("Interactions of outside users with recs");
  });

  it("AI-SKEW-01 stays silent on uploads stored by a process that calls the model", () => {
    expect(resultsOf(platform(), "AI-SKEW-01")).toEqual([]);
  });

  it("AI-SKEW-01 fires when users' events reach the store through a collector", () => {
    const model = buildModel(
      [
        entity("shopper", "end-user", { entityKind: "human", audience: "anonymous" }),
        proc("collector", null, { internetExposed: "yes" }),
        store("clicks", "training-data-store"),
      ],
      [flow("shopper", "collector"), flow("collector", "clicks")],
    );
    expect(findingsOf(model, "AI-SKEW-01").map((f) => f.id)).toEqual(["AI-SKEW-01@clicks"]);
  });
});

describe("AI-MEMBER-01: who sees the model's answers, and what it was trained on", () => {
  /** A partner asks through `hops` components; the model learned from the feature store. */
  const scored = (between: number, featuresTrainAModel: boolean) => {
    const chain = Array.from({ length: between }, (_, i) => proc(`hop${i}`, null));
    const ids = ["partner", ...chain.map((c) => c.id as string), "model"];
    return buildModel(
      [
        entity("partner", null, { entityKind: "system", audience: "partners" }),
        ...chain,
        proc("model", "inference-endpoint"),
        store("features", "feature-store", { containsPersonalData: "yes" }),
        ...(featuresTrainAModel ? [proc("training", "training-job")] : []),
      ],
      [
        ...ids.slice(1).map((id, i) => flow(ids[i]!, id, {}, { bidirectional: true })),
        flow("features", "model"),
        ...(featuresTrainAModel ? [flow("features", "training")] : []),
      ],
    );
  };

  it("fires when a partner sees its answers through a gateway", () => {
    expect(findingsOf(scored(1, true), "AI-MEMBER-01").map((f) => f.id)).toEqual([
      "AI-MEMBER-01@model",
    ]);
  });

  it("is silent when the partner only sees what two components built from its score", () => {
    expect(resultsOf(scored(2, true), "AI-MEMBER-01")).toEqual([]);
  });

  it("is silent when the feature store is only read at serving time", () => {
    expect(resultsOf(scored(1, false), "AI-MEMBER-01")).toEqual([]);
  });
});

describe("AI-CASCADE-01 needs real actions downstream", () => {
  const delegated = (toolChangesState: "yes" | "no") =>
    buildModel(
      [
        proc("planner", "agent"),
        proc("researcher", "agent", { validatesInput: "no" }),
        proc("fetch", "mcp-server", { changesState: toolChangesState }),
      ],
      [
        flow("planner", "researcher", {}, { bidirectional: true }),
        flow("researcher", "fetch", {}, { bidirectional: true }),
      ],
    );

  it("fires when the agent hands the work to a tool that changes things", () => {
    expect(findingsOf(delegated("yes"), "AI-CASCADE-01").map((f) => f.id)).toContain(
      "AI-CASCADE-01@researcher",
    );
  });

  it("is silent on an agent whose only tool reads, and a planner with no tools of its own", () => {
    expect(resultsOf(delegated("no"), "AI-CASCADE-01")).toEqual([]);
  });
});

describe("AI-PRIV-11: stores models are trained on", () => {
  const profiles = (readByTraining: boolean) =>
    buildModel(
      [
        proc("training", "training-job"),
        store("profiles", "feature-store", { containsPersonalData: "yes" }),
        proc("recs", "inference-endpoint"),
      ],
      [
        readByTraining ? flow("profiles", "training") : flow("training", "profiles"),
        flow("profiles", "recs"),
      ],
    );

  it("fires on a feature store a training job reads", () => {
    expect(findingsOf(profiles(true), "AI-PRIV-11").map((f) => f.id)).toEqual([
      "AI-PRIV-11@profiles",
    ]);
  });

  it("is silent on a feature store training writes and only serving reads", () => {
    expect(resultsOf(profiles(false), "AI-PRIV-11")).toEqual([]);
  });
});

describe("AI-RAG-05: indexes whose content reaches a generative model", () => {
  const index = (reader: "llm" | "inference-endpoint") =>
    buildModel([store("index", "vector-store"), proc("reader", reader)], [flow("index", "reader")]);

  it("fires when an LLM reads what it returns", () => {
    expect(findingsOf(index("llm"), "AI-RAG-05").map((f) => f.id)).toEqual(["AI-RAG-05@index"]);
  });

  it("is silent on an index that gives a ranker candidates", () => {
    expect(resultsOf(index("inference-endpoint"), "AI-RAG-05")).toEqual([]);
  });
});

describe("AI-EXFIL-01: what a swapped model could leak", () => {
  const served = (kind: "llm" | "inference-endpoint") =>
    buildModel(
      [
        entity("customers", "end-user", { entityKind: "system", audience: "customers" }),
        proc("model", kind, { multiTenant: "yes" }),
        store("weights", "model-artifact-store", { integrityVerified: "no" }),
      ],
      [flow("customers", "model", {}, { bidirectional: true }), flow("weights", "model")],
    );

  it("fires on a generative model whose context spans tenants' requests", () => {
    expect(findingsOf(served("llm"), "AI-EXFIL-01").map((f) => f.id)).toEqual([
      "AI-EXFIL-01@model",
    ]);
  });

  it("is silent on a classifier answering each caller about its own input", () => {
    expect(resultsOf(served("inference-endpoint"), "AI-EXFIL-01")).toEqual([]);
  });
});

describe("AI-INVENTORY-01: a fleet of agents and MCP servers to keep track of", () => {
  it("fires where agents work with other agents or MCP servers", () => {
    const fleet = buildModel(
      [proc("planner", "agent"), proc("coder", "agent"), proc("git", "mcp-server")],
      [flow("planner", "coder"), flow("coder", "git")],
    );
    expect(findingsOf(fleet, "AI-INVENTORY-01").map((f) => f.id)).toEqual([
      "AI-INVENTORY-01@model",
    ]);
  });

  it("is silent on one agent calling its own tools", () => {
    const single = buildModel(
      [proc("agent", "agent"), proc("refunds", "agent-tool"), proc("orders", "agent-tool")],
      [flow("agent", "refunds"), flow("agent", "orders")],
    );
    expect(resultsOf(single, "AI-INVENTORY-01")).toEqual([]);
  });
});
