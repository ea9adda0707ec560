import { internalLlm, internetLlm, promptedLlm, type RuleCases } from "./builders";
import { buildModel, entity, flow, internalCaller, internetUser, proc, store } from "../test-utils";

/** Cases for the rules in `../llm.ts`. */
export const LLM_CASES: RuleCases = {
  "AI-PROMPTINJ-01": {
    fires: () => internetLlm(),
    silentBecause: "premise absent: only an internal application prompts the LLM",
    silent: () => internalLlm(),
  },
  "AI-PROMPTINJ-02": {
    alsoFires: {
      "a tool's results come back to it": () =>
        buildModel(
          [
            internalCaller(),
            proc("assistant", "llm", { internetExposed: "no" }),
            proc("search", "agent-tool"),
          ],
          [
            flow("internal-app", "assistant"),
            flow("assistant", "search", {}, { bidirectional: true }),
          ],
        ),
      "a data provider's feed reaches it": () =>
        buildModel(
          [
            internalCaller(),
            entity("feed", "data-provider"),
            proc("assistant", "llm", { internetExposed: "no" }),
          ],
          [flow("internal-app", "assistant"), flow("feed", "assistant")],
        ),
    },
    fires: () =>
      buildModel(
        [
          entity("staff", null, { audience: "employees" }),
          store("docs", "vector-store"),
          proc("llm", "llm"),
        ],
        [flow("staff", "docs"), flow("docs", "llm")],
      ),
    silentBecause: "premise absent: only an internal pipeline writes the index the LLM reads",
    silent: () =>
      buildModel(
        [
          proc("pipeline", "data-pipeline", { internetExposed: "no" }),
          store("docs", "vector-store"),
          proc("llm", "llm", { internetExposed: "no" }),
        ],
        [flow("pipeline", "docs"), flow("docs", "llm")],
      ),
  },
  "AI-SYSPROMPT-01": {
    fires: () =>
      buildModel(
        [internetUser(), store("prompts", "prompt-store"), proc("llm", "llm")],
        [flow("user", "llm"), flow("prompts", "llm")],
      ),
    // The same prompt store behind an LLM only an internal application calls.
    silentBecause: "premise absent: only an internal application prompts the LLM",
    silent: () => promptedLlm({}),
  },
  "AI-SYSPROMPT-02": {
    fires: () => promptedLlm({ storesCredentials: "yes" }),
    silentBecause: "premise absent: the prompts hold no credentials",
    silent: () => promptedLlm({ storesCredentials: "no" }),
  },
  "AI-SYSPROMPT-03": {
    fires: () => promptedLlm({ integrityVerified: "no" }),
    silentBecause: "protection present: the prompts are integrity-checked",
    silent: () => promptedLlm({ integrityVerified: "yes" }),
  },
  "AI-LLMLEAK-01": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          store("docs", "vector-store", { containsPersonalData: "yes" }),
          proc("llm", "llm"),
        ],
        [flow("user", "llm"), flow("docs", "llm")],
      ),
    silentBecause: "premise absent: the index holds public, non-personal documents",
    silent: () =>
      buildModel(
        [
          internetUser(),
          store("docs", "vector-store", { containsPersonalData: "no", classification: "public" }),
          proc("llm", "llm"),
        ],
        [flow("user", "llm"), flow("docs", "llm")],
      ),
  },
  "AI-OUTPUT-01": {
    fires: () =>
      buildModel(
        [proc("llm", "llm"), proc("runner", null, { executesInputCode: "yes" })],
        [flow("llm", "runner")],
      ),
    silentBecause: "premise absent: the consumer never executes what it receives",
    silent: () =>
      buildModel(
        [proc("llm", "llm"), proc("runner", null, { executesInputCode: "no" })],
        [flow("llm", "runner")],
      ),
  },
  "AI-OUTPUT-02": {
    fires: () =>
      buildModel(
        [proc("llm", "llm", { outputHandling: "rendered" }), proc("chat", null), internetUser()],
        [flow("llm", "chat"), flow("chat", "user")],
      ),
    silentBecause: "protection present: the output is shown as plain text",
    silent: () =>
      buildModel(
        [proc("llm", "llm", { outputHandling: "plainText" }), proc("chat", null), internetUser()],
        [flow("llm", "chat"), flow("chat", "user")],
      ),
  },
  "AI-OUTPUT-03": {
    fires: () =>
      buildModel(
        [proc("llm", "llm", { outputHandling: "executed" }), proc("runner", null)],
        [flow("llm", "runner")],
      ),
    silentBecause: "premise absent: the output is taken as plain text, never executed",
    silent: () =>
      buildModel(
        [proc("llm", "llm", { outputHandling: "plainText" }), proc("runner", null)],
        [flow("llm", "runner")],
      ),
  },
  "AI-SYSPROMPT-04": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          proc("llm", "agent", { secretsInPrompt: "yes" }),
          proc("tool", "agent-tool"),
        ],
        [flow("user", "llm"), flow("llm", "tool")],
      ),
    silentBecause: "premise absent: the prompt holds no secrets",
    silent: () =>
      buildModel(
        [
          internetUser(),
          proc("llm", "agent", { secretsInPrompt: "no" }),
          proc("tool", "agent-tool"),
        ],
        [flow("user", "llm"), flow("llm", "tool")],
      ),
  },
  "AI-LLMLEAK-02": {
    fires: () => internetLlm({ trainedOnPrivateData: "yes" }),
    silentBecause: "premise absent: the LLM is not trained on private data",
    silent: () => internetLlm({ trainedOnPrivateData: "no" }),
  },
  "AI-OUTPUT-05": {
    // Inherent in generated text until its consumer is known to take it as plain text.
    fires: () => buildModel([proc("llm", "llm"), proc("app", null)], [flow("llm", "app")]),
    silentBecause: "protection present: the consumer takes the output as plain text",
    silent: () =>
      buildModel(
        [proc("llm", "llm", { outputHandling: "plainText" }), proc("app", null)],
        [flow("llm", "app")],
      ),
  },
};
