import { internetLlm, type RuleCases } from "./builders";
import { buildModel, entity, flow, internalCaller, internetUser, proc, store } from "../test-utils";

/** Cases for the rules in `../harms.ts`. */
export const HARM_CASES: RuleCases = {
  "AI-FAIR-01": {
    fires: () =>
      buildModel(
        [internalCaller(), proc("score", "inference-endpoint", { decidesAboutPeople: "yes" })],
        [flow("internal-app", "score")],
      ),
    silentBecause: "premise absent: the scores decide nothing about people",
    silent: () =>
      buildModel(
        [internalCaller(), proc("score", "inference-endpoint", { decidesAboutPeople: "no" })],
        [flow("internal-app", "score")],
      ),
  },
  "AI-FAILOPEN-01": {
    fires: () =>
      buildModel(
        [internalCaller(), proc("fraud", "inference-endpoint", { failsOpen: "yes" })],
        [flow("internal-app", "fraud")],
      ),
    silentBecause: "protection present: the endpoint fails closed",
    silent: () =>
      buildModel(
        [internalCaller(), proc("fraud", "inference-endpoint", { failsOpen: "no" })],
        [flow("internal-app", "fraud")],
      ),
  },
  "AI-OVERRELY-01": {
    fires: () =>
      buildModel(
        [proc("llm", "llm"), entity("staff", null, { entityKind: "human", audience: "employees" })],
        [flow("llm", "staff")],
      ),
    silentBecause: "premise absent: answers go to a system, no person reads them",
    silent: () =>
      buildModel(
        [
          proc("llm", "llm"),
          entity("crm", null, { entityKind: "system", audience: "internalSystems" }),
        ],
        [flow("llm", "crm")],
      ),
  },
  "AI-HARMFUL-01": {
    fires: () => internetLlm({ outputGuardrails: "no" }),
    silentBecause: "protection present: the LLM's output passes guardrails",
    silent: () => internetLlm({ outputGuardrails: "yes" }),
  },
  "AI-DOS-02": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          proc("gateway", null, { rateLimited: "yes", costLimited: "no", internetExposed: "yes" }),
          proc("llm", "llm", { internetExposed: "no", costLimited: "no" }),
        ],
        [flow("user", "gateway"), flow("gateway", "llm")],
      ),
    silentBecause: "protection present: the gateway caps spending",
    silent: () =>
      buildModel(
        [
          internetUser(),
          proc("gateway", null, { rateLimited: "yes", costLimited: "yes", internetExposed: "yes" }),
          proc("llm", "llm", { internetExposed: "no", costLimited: "no" }),
        ],
        [flow("user", "gateway"), flow("gateway", "llm")],
      ),
  },
  "AI-EXFIL-01": {
    alsoFires: {
      "an internal, multi-tenant LLM from a hub answers a partner": () =>
        buildModel(
          [
            internalCaller(),
            entity("hub", "model-hub"),
            proc("llm", "llm", { internetExposed: "no", multiTenant: "yes" }),
            entity("partner", null, { entityKind: "system", audience: "partners" }),
          ],
          [flow("internal-app", "llm"), flow("hub", "llm"), flow("llm", "partner")],
        ),
    },
    fires: () =>
      buildModel(
        [
          internetUser(),
          store("vault", null, { classification: "restricted" }),
          store("weights", "model-artifact-store", { integrityVerified: "no" }),
          proc("llm", "llm"),
        ],
        [
          flow("user", "llm", {}, { bidirectional: true }),
          flow("vault", "llm"),
          flow("weights", "llm"),
        ],
      ),
    silentBecause: "protection present: the weights the LLM loads are integrity-checked",
    silent: () =>
      buildModel(
        [
          internetUser(),
          store("vault", null, { classification: "restricted" }),
          store("weights", "model-artifact-store", { integrityVerified: "yes" }),
          proc("llm", "llm"),
        ],
        [
          flow("user", "llm", {}, { bidirectional: true }),
          flow("vault", "llm"),
          flow("weights", "llm"),
        ],
      ),
  },
  "AI-EXPLAIN-01": {
    fires: () =>
      buildModel(
        [internalCaller(), proc("score", "inference-endpoint", { decidesAboutPeople: "yes" })],
        [flow("internal-app", "score")],
      ),
    silentBecause: "premise absent: the scores decide nothing about people",
    silent: () =>
      buildModel(
        [internalCaller(), proc("score", "inference-endpoint", { decidesAboutPeople: "no" })],
        [flow("internal-app", "score")],
      ),
  },
};
