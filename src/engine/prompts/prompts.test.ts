import { describe, expect, it } from "vitest";
import { CORPUS, loadCorpusModel } from "../../corpus";
import { atlasTechnique } from "../catalog";
import { entity, flow, modelOf, proc, store, zone } from "../testing/models";
import { PROMPTS } from "./catalog";
import { allPrompts, blindSpotPrompts, promptsBySubject } from "./match";
import { PromptSchema } from "./schema";

const keys = (model: Parameters<typeof blindSpotPrompts>[0]) =>
  blindSpotPrompts(model).map((m) => m.key);

describe("the blind-spot prompt catalog", () => {
  it("validates, with unique ids and questions, and cites ATLAS techniques that exist", () => {
    const prompts = allPrompts();
    expect(prompts.length).toBe(PROMPTS.length);
    expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);
    expect(new Set(prompts.map((p) => p.text)).size).toBe(prompts.length);
    for (const prompt of prompts) {
      for (const code of prompt.atlas)
        expect(atlasTechnique(code), `${prompt.id}: ${code}`).toBeDefined();
    }
  });

  it("refuses a prompt that is not a question or names no ML kind", () => {
    const base = PROMPTS[0]!;
    expect(PromptSchema.safeParse({ ...base, text: "Check the training data." }).success).toBe(
      false,
    );
    expect(PromptSchema.safeParse({ ...base, target: { types: ["dataStore"] } }).success).toBe(
      false,
    );
    expect(PromptSchema.safeParse({ ...base, id: "Bad Id" }).success).toBe(false);
  });

  it("asks each prompt somewhere in the corpus, and none in a model with no AI element", async () => {
    const asked = new Set<string>();
    for (const entry of CORPUS) {
      const model = await loadCorpusModel(entry.id);
      const matches = blindSpotPrompts(model);
      if (entry.tags.includes("non-ai")) expect(matches, entry.id).toEqual([]);
      for (const match of matches) asked.add(match.promptId);
    }
    expect([...allPrompts().map((p) => p.id)].filter((id) => !asked.has(id))).toEqual([]);
  });
});

describe("prompts at what is drawn", () => {
  it("asks about tampering at a training data store", () => {
    const model = modelOf([store("data", {}, { mlKind: "training-data-store" })]);
    const [match] = blindSpotPrompts(model);
    expect(match).toMatchObject({
      key: "training-data-tampering@data",
      text: "What happens if someone modifies the training data?",
      certain: true,
      because: [{ subjectId: "data", fact: "mlKind", value: "training-data-store" }],
    });
  });

  it("asks about a training job's credentials", () => {
    const model = modelOf([proc("train", {}, { mlKind: "training-job" })]);
    expect(blindSpotPrompts(model).map((m) => m.text)).toEqual([
      "What credentials does a training job have access to?",
    ]);
  });

  it("asks what querying can reveal at a model outsiders can call, not at one nobody outside reaches", () => {
    const exposed = modelOf(
      [
        entity("customer", { audience: "customers" }),
        proc("model", {}, { mlKind: "inference-endpoint" }),
      ],
      [flow("ask", "customer", "model")],
    );
    const match = blindSpotPrompts(exposed).find((m) => m.promptId === "model-query-learning");
    expect(match?.text).toBe("What can be learned by querying the model thousands of times?");
    expect(match?.certain).toBe(true);
    expect(match?.because).toContainEqual({
      subjectId: "model",
      fact: "publicReach",
      value: "yes",
    });

    const internal = modelOf(
      [
        zone("batch", "training", 90),
        proc("job", { internetExposed: "no" }, { mlKind: "data-pipeline", parentId: "batch" }),
        proc(
          "model",
          { internetExposed: "no" },
          { mlKind: "inference-endpoint", parentId: "batch" },
        ),
      ],
      [flow("score", "job", "model", { initiatedBy: "source" })],
    );
    expect(keys(internal)).not.toContain("model-query-learning@model");
  });

  it("asks it too when nobody has said who is behind the caller, as a blind spot", () => {
    const unsure = modelOf(
      [entity("client"), proc("model", {}, { mlKind: "llm" })],
      [flow("ask", "client", "model")],
    );
    const match = blindSpotPrompts(unsure).find((m) => m.promptId === "model-query-learning");
    expect(match?.certain).toBe(false);
    expect(match?.because).toContainEqual({
      subjectId: "client",
      fact: "audience",
      value: "unknown",
    });
  });

  it("asks about exfiltration through outputs where the model's answers leave the system", () => {
    const leaving = modelOf(
      [
        proc("model", {}, { mlKind: "llm" }),
        proc("app", {}),
        entity("partner", { audience: "partners" }),
      ],
      [flow("answer", "model", "app"), flow("send", "app", "partner")],
    );
    const match = blindSpotPrompts(leaving).find((m) => m.promptId === "model-output-exfiltration");
    expect(match?.text).toBe("Can a compromised model exfiltrate data through its outputs?");
    expect(match?.because).toContainEqual({
      subjectId: "partner",
      fact: "type",
      value: "externalEntity",
    });

    const staying = modelOf(
      [proc("model", {}, { mlKind: "llm" }), store("log", {})],
      [flow("write", "model", "log")],
    );
    expect(keys(staying)).not.toContain("model-output-exfiltration@model");
  });

  it("does not count a service the model calls as its output leaving", () => {
    const calling = modelOf(
      [proc("agent", {}, { mlKind: "agent" }), entity("api", {}, { mlKind: "third-party-ai-api" })],
      [flow("call", "agent", "api")],
    );
    expect(keys(calling)).not.toContain("model-output-exfiltration@agent");
  });

  it("asks an agent about its tools and its memory", () => {
    const model = modelOf(
      [
        proc("agent", {}, { mlKind: "agent" }),
        proc("refund", {}, { mlKind: "agent-tool" }),
        store("memory", {}),
      ],
      [
        flow("call", "agent", "refund"),
        flow("remember", "agent", "memory"),
        flow("recall", "memory", "agent"),
      ],
    );
    expect(keys(model)).toEqual(
      expect.arrayContaining([
        "agent-tool-worst-case@agent",
        "agent-memory-poisoning@agent",
        "tool-acting-identity@refund",
      ]),
    );
  });

  it("asks at a vector store about permissions until retrieval is said to enforce them", () => {
    const unsure = modelOf([store("index", {}, { mlKind: "vector-store" })]);
    expect(keys(unsure)).toContain("retrieval-permissions@index");
    const enforced = modelOf([
      store("index", { enforcesDocumentPermissions: "yes" }, { mlKind: "vector-store" }),
    ]);
    expect(keys(enforced)).not.toContain("retrieval-permissions@index");
  });

  it("asks nothing at out-of-scope elements", () => {
    const model = modelOf([store("data", {}, { mlKind: "training-data-store", outOfScope: true })]);
    expect(blindSpotPrompts(model)).toEqual([]);
  });

  it("groups prompts by the element they are asked at, in catalog order", () => {
    const model = modelOf(
      [entity("user", { audience: "anonymous" }), proc("chat", {}, { mlKind: "llm" })],
      [flow("ask", "user", "chat"), flow("reply", "chat", "user")],
    );
    const grouped = promptsBySubject(blindSpotPrompts(model));
    expect(grouped.get("chat")!.map((m) => m.promptId)).toEqual([
      "model-query-learning",
      "model-output-exfiltration",
      "output-downstream-effect",
      "untrusted-instructions",
    ]);
  });
});
