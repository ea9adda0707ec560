import { internetLlm, type ProcessProps, type RuleCases, servedFrom, zonedFlow } from "./builders";
import {
  buildModel,
  entity,
  flow,
  internalCaller,
  internetUser,
  proc,
  store,
  zone,
} from "../test-utils";

/** Cases for the rules in `../serving.ts`. */
export const SERVING_CASES: RuleCases = {
  "AI-EXTRACT-01": {
    fires: () =>
      buildModel(
        [internetUser(), proc("endpoint", "inference-endpoint")],
        [flow("user", "endpoint")],
      ),
    silentBecause: "premise absent: only an internal application calls the endpoint",
    silent: () =>
      buildModel(
        [internalCaller(), proc("endpoint", "inference-endpoint", { internetExposed: "no" })],
        [flow("internal-app", "endpoint")],
      ),
  },
  "AI-DOS-01": {
    // Outsiders reach the LLM through an API gateway; only the gateway's limit changes.
    fires: () => gatewayedLlm("no"),
    silentBecause: "protection present: the gateway in front of the LLM rate-limits callers",
    silent: () => gatewayedLlm("yes"),
  },
  "AI-MEMBER-01": {
    alsoFires: {
      "only employees call it": () =>
        buildModel(
          [
            entity("staff", null, { entityKind: "human", audience: "employees" }),
            store("train", "training-data-store", { containsPersonalData: "yes" }),
            proc("job", "training-job"),
            store("registry", "model-registry"),
            proc("endpoint", "inference-endpoint", { internetExposed: "no" }),
          ],
          [
            flow("train", "job"),
            flow("job", "registry"),
            flow("registry", "endpoint"),
            flow("staff", "endpoint"),
          ],
        ),
    },
    fires: () => servedFrom({ containsPersonalData: "yes" }),
    silentBecause: "premise absent: the training data holds no personal data",
    silent: () => servedFrom({ containsPersonalData: "no" }),
  },
  "AI-INVERT-01": {
    fires: () => servedFrom({ classification: "confidential" }),
    silentBecause: "premise absent: the training data is public",
    silent: () => servedFrom({ classification: "public" }),
  },
  "AI-EVADE-01": {
    alsoFires: {
      "only an internal application calls it, but it decides about people": () =>
        buildModel(
          [
            internalCaller("loan-app"),
            proc("score", "inference-endpoint", {
              internetExposed: "no",
              decidesAboutPeople: "yes",
            }),
          ],
          [flow("loan-app", "score")],
        ),
    },
    fires: () =>
      buildModel(
        [internetUser(), proc("endpoint", "inference-endpoint")],
        [flow("user", "endpoint")],
      ),
    silentBecause: "premise absent: only an internal application calls the endpoint",
    silent: () =>
      buildModel(
        [internalCaller(), proc("endpoint", "inference-endpoint", { internetExposed: "no" })],
        [flow("internal-app", "endpoint")],
      ),
  },
  "AI-OUTINT-01": {
    fires: () =>
      zonedFlow(
        proc("endpoint", "inference-endpoint"),
        zone("zone-inference", "inference", 60),
        proc("app", null),
        zone("zone-dmz", "dmz", 30),
        { integrityVerified: "no", encryptedInTransit: "no" },
      ),
    silentBecause: "protection present: the answers travel encrypted",
    silent: () =>
      zonedFlow(
        proc("endpoint", "inference-endpoint"),
        zone("zone-inference", "inference", 60),
        proc("app", null),
        zone("zone-dmz", "dmz", 30),
        { integrityVerified: "no", encryptedInTransit: "yes" },
      ),
  },
  "AI-GPU-01": {
    fires: () => internetLlm({ sharesAccelerator: "yes" }),
    silentBecause: "protection present: the LLM has its accelerator to itself",
    silent: () => internetLlm({ sharesAccelerator: "no" }),
  },
  "AI-ESCAPE-01": {
    fires: () => internetLlm({ runsPrivileged: "yes" }),
    silentBecause: "protection present: the LLM runs unprivileged",
    silent: () => internetLlm({ runsPrivileged: "no" }),
  },
  "AI-MONITOR-03": {
    fires: () => internetLlm(),
    silentBecause: "protection present: the LLM's answers are monitored",
    silent: () =>
      buildModel(
        [internetUser(), proc("llm", "llm"), proc("monitor", "monitoring")],
        [flow("user", "llm"), flow("llm", "monitor")],
      ),
  },
  "AI-MONITOR-02": {
    fires: () =>
      buildModel(
        [proc("llm", "llm"), proc("monitor", "monitoring")],
        [flow("llm", "monitor", { authenticated: "no" })],
      ),
    silentBecause: "protection present: telemetry into monitoring is authenticated",
    silent: () =>
      buildModel(
        [proc("llm", "llm"), proc("monitor", "monitoring")],
        [flow("llm", "monitor", { authenticated: "yes" })],
      ),
  },
};

/** Internet users call an API gateway that forwards to an LLM without limits of its own. */
function gatewayedLlm(gatewayRateLimited: ProcessProps["rateLimited"]) {
  return buildModel(
    [
      internetUser(),
      proc("gateway", null, { internetExposed: "yes", rateLimited: gatewayRateLimited }),
      proc("llm", "llm", { rateLimited: "no", internetExposed: "no" }),
    ],
    [flow("user", "gateway"), flow("gateway", "llm")],
  );
}
