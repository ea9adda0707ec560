import { internalLlm, internetLlm, type RuleCases } from "./builders";
import { buildModel, entity, flow, internetUser, proc, store } from "../test-utils";

/** Cases for the rules in `../llm.ts`. */
export const LLM_CASES: RuleCases = {
  "AI-PROMPTINJ-01": {
    fires: () => internetLlm(),
    silent: () => internalLlm(),
  },
  "AI-PROMPTINJ-02": {
    fires: () =>
      buildModel(
        [
          entity("staff", null, { audience: "employees" }),
          store("docs", "vector-store"),
          proc("llm", "llm"),
        ],
        [flow("staff", "docs"), flow("docs", "llm")],
      ),
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
    silent: () =>
      buildModel(
        [
          internalCaller(),
          store("prompts", "prompt-store"),
          proc("llm", "llm", { internetExposed: "no" }),
        ],
        [flow("internal-app", "llm"), flow("prompts", "llm")],
      ),
  },
  "AI-SYSPROMPT-02": {
    fires: () => buildModel([store("prompts", "prompt-store", { storesCredentials: "yes" })]),
    silent: () => buildModel([store("prompts", "prompt-store", { storesCredentials: "no" })]),
  },
  "AI-SYSPROMPT-03": {
    fires: () =>
      buildModel(
        [store("prompts", "prompt-store", { integrityVerified: "no" }), proc("llm", "llm")],
        [flow("prompts", "llm")],
      ),
    silent: () =>
      buildModel(
        [store("prompts", "prompt-store", { integrityVerified: "yes" }), proc("llm", "llm")],
        [flow("prompts", "llm")],
      ),
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
    silent: () => internetLlm({ trainedOnPrivateData: "no" }),
  },
  "AI-OUTPUT-05": {
    // Inherent in generated text until its consumer is known to take it as plain text.
    fires: () => buildModel([proc("llm", "llm"), proc("app", null)], [flow("llm", "app")]),
    silent: () =>
      buildModel(
        [proc("llm", "llm", { outputHandling: "plainText" }), proc("app", null)],
        [flow("llm", "app")],
      ),
  },
};
