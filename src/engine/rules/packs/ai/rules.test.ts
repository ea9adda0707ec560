import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../../../domain/schema";
import { AI_RULES } from "./index";
import {
  buildModel,
  entity,
  flow,
  internalCaller,
  internetUser,
  proc,
  resultsOf,
  store,
  zone,
} from "./test-utils";

/**
 * One case per AI rule: a small model where it must fire (a finding, not a question) and a
 * near-identical one where it must stay silent (no finding and no question).
 */
interface RuleCase {
  fires: () => ThreatModel;
  silent: () => ThreatModel;
}

const trainingChain = (providerFlow: Parameters<typeof flow>[2]) =>
  buildModel(
    [
      entity("provider", "data-provider"),
      store("train", "training-data-store"),
      proc("job", "training-job"),
    ],
    [flow("provider", "train", providerFlow), flow("train", "job")],
  );

/** Training data -> job -> registry -> deploy -> endpoint, called by an internet user. */
const servedFrom = (trainingData: Parameters<typeof store>[2]) =>
  buildModel(
    [
      store("train", "training-data-store", trainingData),
      proc("job", "training-job"),
      store("registry", "model-registry"),
      proc("deploy", "deployment-pipeline"),
      proc("endpoint", "inference-endpoint"),
      internetUser(),
    ],
    [
      flow("train", "job"),
      flow("job", "registry"),
      flow("registry", "deploy"),
      flow("deploy", "endpoint"),
      flow("user", "endpoint"),
    ],
  );

const internetLlm = (llmProps: Parameters<typeof proc>[2] = {}) =>
  buildModel([internetUser(), proc("llm", "llm", llmProps)], [flow("user", "llm")]);

const internalLlm = (extra: Parameters<typeof proc>[2] = {}) =>
  buildModel(
    [internalCaller(), proc("llm", "llm", { internetExposed: "no", ...extra })],
    [flow("internal-app", "llm")],
  );

const zonedFlow = (
  source: ReturnType<typeof proc>,
  sourceZone: ReturnType<typeof zone>,
  target: ReturnType<typeof proc>,
  targetZone: ReturnType<typeof zone>,
  props: Parameters<typeof flow>[2],
) =>
  buildModel(
    [
      sourceZone,
      targetZone,
      { ...source, parentId: sourceZone.id },
      { ...target, parentId: targetZone.id },
    ],
    [flow(source.id, target.id, props)],
  );

const CASES: Record<string, RuleCase> = {
  // ---- data ------------------------------------------------------------------------------
  "AI-POISON-01": {
    fires: () => trainingChain({ authenticated: "no" }),
    silent: () => trainingChain({ authenticated: "yes" }),
  },
  "AI-POISON-02": {
    fires: () => trainingChain({ integrityVerified: "no" }),
    silent: () => trainingChain({ integrityVerified: "yes" }),
  },
  "AI-LABEL-01": {
    fires: () => buildModel([proc("labels", "labeling-tool", { authenticatesCallers: "no" })]),
    silent: () => buildModel([proc("labels", "labeling-tool", { authenticatesCallers: "yes" })]),
  },
  "AI-LABEL-02": {
    fires: () =>
      buildModel(
        [
          entity("annotator", "human-reviewer"),
          proc("labels", "labeling-tool", { validatesInput: "no" }),
        ],
        [flow("annotator", "labels")],
      ),
    silent: () =>
      buildModel(
        [
          entity("annotator", "human-reviewer"),
          proc("labels", "labeling-tool", { validatesInput: "yes" }),
        ],
        [flow("annotator", "labels")],
      ),
  },
  "AI-FEATURE-01": {
    fires: () =>
      buildModel(
        [
          proc("etl", "data-pipeline"),
          store("features", "feature-store"),
          proc("endpoint", "inference-endpoint"),
        ],
        [flow("etl", "features", { authenticated: "no" }), flow("features", "endpoint")],
      ),
    silent: () =>
      buildModel(
        [
          proc("etl", "data-pipeline"),
          store("features", "feature-store"),
          proc("endpoint", "inference-endpoint"),
        ],
        [flow("etl", "features", { authenticated: "yes" }), flow("features", "endpoint")],
      ),
  },
  "AI-SKEW-01": {
    fires: () =>
      buildModel(
        [proc("endpoint", "inference-endpoint"), store("train", "training-data-store")],
        [flow("endpoint", "train")],
      ),
    silent: () =>
      buildModel(
        [proc("etl", "data-pipeline"), store("train", "training-data-store")],
        [flow("etl", "train")],
      ),
  },

  // ---- model supply chain ------------------------------------------------------------------
  "AI-TAMPER-01": {
    fires: () =>
      buildModel([store("weights", "model-artifact-store", { integrityVerified: "no" })]),
    silent: () =>
      buildModel([store("weights", "model-artifact-store", { integrityVerified: "yes" })]),
  },
  "AI-TAMPER-02": {
    fires: () =>
      buildModel(
        [store("weights", "model-artifact-store"), proc("deploy", "deployment-pipeline")],
        [flow("weights", "deploy", { integrityVerified: "no" })],
      ),
    silent: () =>
      buildModel(
        [store("weights", "model-artifact-store"), proc("deploy", "deployment-pipeline")],
        [flow("weights", "deploy", { integrityVerified: "yes" })],
      ),
  },
  "AI-TAMPER-03": {
    fires: () =>
      buildModel(
        [proc("job", "training-job"), store("registry", "model-registry")],
        [flow("job", "registry", { authenticated: "no" })],
      ),
    silent: () =>
      buildModel(
        [proc("job", "training-job"), store("registry", "model-registry")],
        [flow("job", "registry", { authenticated: "yes" })],
      ),
  },
  "AI-TAMPER-04": {
    fires: () =>
      buildModel([
        store("registry", "model-registry"),
        store("weights", "model-artifact-store", { integrityVerified: "no" }),
      ]),
    silent: () =>
      buildModel([
        store("registry", "model-registry"),
        store("weights", "model-artifact-store", { integrityVerified: "yes" }),
      ]),
  },
  "AI-DESER-01": {
    fires: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("endpoint", "inference-endpoint")],
        [flow("hub", "endpoint")],
      ),
    silent: () =>
      buildModel(
        [
          store("weights", "model-artifact-store", { integrityVerified: "yes" }),
          proc("endpoint", "inference-endpoint"),
        ],
        [flow("weights", "endpoint")],
      ),
  },
  "AI-SUPPLY-01": {
    fires: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job")],
        [flow("hub", "job", { integrityVerified: "no" })],
      ),
    silent: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job")],
        [flow("hub", "job", { integrityVerified: "yes" })],
      ),
  },
  "AI-SUPPLY-02": {
    fires: () =>
      buildModel([entity("hub", "model-hub"), proc("job", "training-job")], [flow("hub", "job")]),
    silent: () =>
      buildModel(
        [store("train", "training-data-store"), proc("job", "training-job")],
        [flow("train", "job")],
      ),
  },
  "AI-SUPPLY-03": {
    fires: () =>
      buildModel(
        [
          entity("provider", "data-provider"),
          store("train", "training-data-store"),
          proc("job", "training-job", { validatesInput: "no" }),
        ],
        [flow("provider", "train"), flow("train", "job")],
      ),
    silent: () =>
      buildModel(
        [
          entity("provider", "data-provider"),
          store("train", "training-data-store"),
          proc("job", "training-job", { validatesInput: "yes" }),
        ],
        [flow("provider", "train"), flow("train", "job")],
      ),
  },
  "AI-SUPPLY-04": {
    fires: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job", { executesInputCode: "yes" })],
        [flow("hub", "job")],
      ),
    silent: () =>
      buildModel(
        [entity("hub", "model-hub"), proc("job", "training-job", { executesInputCode: "no" })],
        [flow("hub", "job")],
      ),
  },

  // ---- MLOps ---------------------------------------------------------------------------------
  "AI-DEPLOY-01": {
    fires: () =>
      buildModel(
        [store("registry", "model-registry"), proc("deploy", "deployment-pipeline")],
        [flow("registry", "deploy", { authenticated: "no" })],
      ),
    silent: () =>
      buildModel(
        [store("registry", "model-registry"), proc("deploy", "deployment-pipeline")],
        [flow("registry", "deploy", { authenticated: "yes" })],
      ),
  },
  "AI-DEPLOY-02": {
    fires: () =>
      buildModel(
        [proc("deploy", "deployment-pipeline", { validatesInput: "no" }), proc("llm", "llm")],
        [flow("deploy", "llm")],
      ),
    silent: () =>
      buildModel(
        [proc("deploy", "deployment-pipeline", { validatesInput: "yes" }), proc("llm", "llm")],
        [flow("deploy", "llm")],
      ),
  },
  "AI-TRAINCRED-01": {
    fires: () =>
      buildModel(
        [
          store("secrets", null, { storesCredentials: "yes" }),
          proc("job", "training-job", { runsPrivileged: "no" }),
        ],
        [flow("secrets", "job")],
      ),
    silent: () =>
      buildModel(
        [
          store("secrets", null, { storesCredentials: "no" }),
          proc("job", "training-job", { runsPrivileged: "no" }),
        ],
        [flow("secrets", "job")],
      ),
  },
  "AI-EXPTRACK-01": {
    fires: () =>
      buildModel([proc("tracker", "experiment-tracker", { authenticatesCallers: "no" })]),
    silent: () =>
      buildModel([proc("tracker", "experiment-tracker", { authenticatesCallers: "yes" })]),
  },
  "AI-THEFT-01": {
    fires: () => buildModel([store("weights", "model-artifact-store", { encryptedAtRest: "no" })]),
    silent: () =>
      buildModel([store("weights", "model-artifact-store", { encryptedAtRest: "yes" })]),
  },
  "AI-THEFT-02": {
    fires: () =>
      zonedFlow(
        store("weights", "model-artifact-store"),
        zone("zone-registry", "registry", 80),
        proc("endpoint", "inference-endpoint"),
        zone("zone-inference", "inference", 60),
        { encryptedInTransit: "no" },
      ),
    silent: () =>
      zonedFlow(
        store("weights", "model-artifact-store"),
        zone("zone-registry", "registry", 80),
        proc("endpoint", "inference-endpoint"),
        zone("zone-inference", "inference", 60),
        { encryptedInTransit: "yes" },
      ),
  },

  // ---- serving -------------------------------------------------------------------------------
  "AI-EXTRACT-01": {
    fires: () =>
      buildModel(
        [internetUser(), proc("endpoint", "inference-endpoint")],
        [flow("user", "endpoint")],
      ),
    silent: () =>
      buildModel(
        [internalCaller(), proc("endpoint", "inference-endpoint", { internetExposed: "no" })],
        [flow("internal-app", "endpoint")],
      ),
  },
  "AI-DOS-01": {
    fires: () => internetLlm({ rateLimited: "no" }),
    silent: () =>
      buildModel(
        [
          internetUser(),
          proc("gateway", null, { rateLimited: "yes" }),
          proc("llm", "llm", { rateLimited: "no" }),
        ],
        [flow("user", "gateway"), flow("gateway", "llm")],
      ),
  },
  "AI-MEMBER-01": {
    fires: () => servedFrom({ containsPersonalData: "yes" }),
    silent: () => servedFrom({ containsPersonalData: "no" }),
  },
  "AI-INVERT-01": {
    fires: () => servedFrom({ classification: "confidential" }),
    silent: () => servedFrom({ classification: "public" }),
  },
  "AI-EVADE-01": {
    fires: () =>
      buildModel(
        [internetUser(), proc("endpoint", "inference-endpoint")],
        [flow("user", "endpoint")],
      ),
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
    fires: () =>
      buildModel(
        [internetUser(), proc("llm", "llm")],
        [flow("user", "llm", { carriesPersonalData: "yes" })],
      ),
    silent: () =>
      buildModel(
        [internetUser(), proc("llm", "llm")],
        [flow("user", "llm", { carriesPersonalData: "no" })],
      ),
  },
  "AI-ESCAPE-01": {
    fires: () => internetLlm({ runsPrivileged: "yes" }),
    silent: () => internetLlm({ runsPrivileged: "no" }),
  },
  "AI-MONITOR-01": {
    fires: () => buildModel([proc("llm", "llm")]),
    silent: () =>
      buildModel([proc("llm", "llm"), proc("monitor", "monitoring")], [flow("llm", "monitor")]),
  },
  "AI-MONITOR-02": {
    fires: () =>
      buildModel(
        [proc("llm", "llm"), proc("monitor", "monitoring")],
        [flow("llm", "monitor", { authenticated: "no" })],
      ),
    silent: () =>
      buildModel(
        [proc("llm", "llm"), proc("monitor", "monitoring")],
        [flow("llm", "monitor", { authenticated: "yes" })],
      ),
  },

  // ---- LLM -----------------------------------------------------------------------------------
  "AI-PROMPTINJ-01": {
    fires: () => internetLlm(),
    silent: () => internalLlm(),
  },
  "AI-PROMPTINJ-02": {
    fires: () =>
      buildModel([store("docs", "vector-store"), proc("llm", "llm")], [flow("docs", "llm")]),
    silent: () => internalLlm(),
  },
  "AI-SYSPROMPT-01": {
    fires: () =>
      buildModel(
        [internetUser(), store("prompts", "prompt-store"), proc("llm", "llm")],
        [flow("user", "llm"), flow("prompts", "llm")],
      ),
    silent: () => internetLlm(),
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
    fires: () => buildModel([proc("llm", "llm"), internetUser()], [flow("llm", "user")]),
    silent: () => buildModel([proc("llm", "llm"), proc("app", null)], [flow("llm", "app")]),
  },

  // ---- RAG -----------------------------------------------------------------------------------
  "AI-RAG-01": {
    fires: () =>
      buildModel(
        [entity("provider", "data-provider"), store("docs", "vector-store")],
        [flow("provider", "docs")],
      ),
    silent: () =>
      buildModel(
        [
          entity("provider", "data-provider"),
          proc("ingest", "data-pipeline", { validatesInput: "yes" }),
          store("docs", "vector-store"),
        ],
        [flow("provider", "ingest"), flow("ingest", "docs")],
      ),
  },
  "AI-RAG-02": {
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
          internalCaller(),
          store("docs", "vector-store", { containsPersonalData: "yes" }),
          proc("llm", "llm", { internetExposed: "no" }),
        ],
        [flow("internal-app", "llm"), flow("docs", "llm")],
      ),
  },
  "AI-RAG-03": {
    fires: () =>
      buildModel([
        store("docs", "vector-store", { containsPersonalData: "yes", encryptedAtRest: "no" }),
      ]),
    silent: () =>
      buildModel([
        store("docs", "vector-store", { containsPersonalData: "yes", encryptedAtRest: "yes" }),
      ]),
  },

  // ---- agents --------------------------------------------------------------------------------
  "AI-AGENCY-01": {
    fires: () =>
      buildModel(
        [proc("agent", "agent"), proc("tool", "agent-tool", { authorizesActions: "no" })],
        [flow("agent", "tool")],
      ),
    silent: () =>
      buildModel(
        [
          proc("agent", "agent"),
          proc("tool", "agent-tool", { authorizesActions: "yes", runsPrivileged: "no" }),
        ],
        [flow("agent", "tool")],
      ),
  },
  "AI-AGENCY-02": {
    fires: () =>
      buildModel(
        [proc("agent", "agent"), proc("tool", "agent-tool", { executesInputCode: "yes" })],
        [flow("agent", "tool")],
      ),
    silent: () =>
      buildModel(
        [
          proc("agent", "agent"),
          entity("approver", "human-reviewer"),
          proc("tool", "agent-tool", { executesInputCode: "yes" }),
        ],
        [flow("agent", "tool"), flow("approver", "tool")],
      ),
  },
  "AI-AGENCY-03": {
    fires: () =>
      buildModel(
        [
          store("crm", null, { containsPersonalData: "yes" }),
          proc("agent", "agent"),
          proc("mailer", "agent-tool"),
          entity("recipient", null, { entityKind: "system" }),
        ],
        [flow("crm", "agent"), flow("agent", "mailer"), flow("mailer", "recipient")],
      ),
    silent: () =>
      buildModel(
        [
          store("crm", null, { containsPersonalData: "yes" }),
          proc("agent", "agent"),
          proc("mailer", "agent-tool"),
        ],
        [flow("crm", "agent"), flow("agent", "mailer")],
      ),
  },
  "AI-AGENTTOOL-01": {
    fires: () =>
      zonedFlow(
        proc("tool", "agent-tool"),
        zone("zone-tools", "external", 10),
        proc("agent", "agent"),
        zone("zone-agents", "inference", 60),
        {},
      ),
    silent: () =>
      zonedFlow(
        proc("tool", "agent-tool"),
        zone("zone-tools", "control", 80),
        proc("agent", "agent"),
        zone("zone-agents", "inference", 60),
        {},
      ),
  },
  "AI-AGENTMEM-01": {
    fires: () =>
      buildModel(
        [proc("agent", "agent"), store("memory", "vector-store", { integrityVerified: "no" })],
        [flow("agent", "memory", {}, { bidirectional: true })],
      ),
    silent: () =>
      buildModel(
        [proc("agent", "agent"), store("memory", "vector-store", { integrityVerified: "yes" })],
        [flow("agent", "memory", {}, { bidirectional: true })],
      ),
  },
  "AI-AGENTCRED-01": {
    fires: () =>
      buildModel(
        [store("config", null, { storesCredentials: "yes" }), proc("tool", "agent-tool")],
        [flow("config", "tool")],
      ),
    silent: () =>
      buildModel(
        [store("config", null, { storesCredentials: "no" }), proc("tool", "agent-tool")],
        [flow("config", "tool")],
      ),
  },

  // ---- federated -----------------------------------------------------------------------------
  "AI-FL-01": {
    fires: () =>
      buildModel(
        [
          entity("client", "federated-client"),
          proc("aggregator", "federated-aggregator", { validatesInput: "no" }),
        ],
        [flow("client", "aggregator")],
      ),
    silent: () =>
      buildModel(
        [
          entity("client", "federated-client"),
          proc("aggregator", "federated-aggregator", { validatesInput: "yes" }),
        ],
        [flow("client", "aggregator")],
      ),
  },
  "AI-FL-02": {
    fires: () =>
      buildModel(
        [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
        [flow("client", "aggregator", { authenticated: "no" })],
      ),
    silent: () =>
      buildModel(
        [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
        [flow("client", "aggregator", { authenticated: "yes" })],
      ),
  },
  "AI-FL-03": {
    fires: () =>
      buildModel(
        [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
        [flow("client", "aggregator", { carriesPersonalData: "yes" })],
      ),
    silent: () =>
      buildModel(
        [entity("client", "federated-client"), proc("aggregator", "federated-aggregator")],
        [flow("client", "aggregator", { carriesPersonalData: "no" })],
      ),
  },

  // ---- privacy -------------------------------------------------------------------------------
  "AI-PRIV-01": {
    fires: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("logs", null, { storesLogs: "yes", containsPersonalData: "yes" }),
        ],
        [flow("llm", "logs")],
      ),
    silent: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("logs", null, { storesLogs: "yes", containsPersonalData: "no" }),
        ],
        [flow("llm", "logs")],
      ),
  },
  "AI-PRIV-02": {
    fires: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("logs", null, {
            storesLogs: "yes",
            containsPersonalData: "yes",
            retentionDays: 90,
          }),
        ],
        [flow("llm", "logs")],
      ),
    silent: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("logs", null, { storesLogs: "yes", containsPersonalData: "yes", retentionDays: 7 }),
        ],
        [flow("llm", "logs")],
      ),
  },
  "AI-PRIV-10": {
    fires: () =>
      buildModel(
        [
          store("train", "training-data-store", { containsPersonalData: "yes" }),
          proc("job", "training-job"),
        ],
        [flow("train", "job")],
      ),
    silent: () =>
      buildModel(
        [
          store("train", "training-data-store", { containsPersonalData: "no" }),
          proc("job", "training-job"),
        ],
        [flow("train", "job")],
      ),
  },
  "AI-PRIV-04": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          proc("etl", "data-pipeline"),
          store("train", "training-data-store", { containsPersonalData: "yes" }),
        ],
        [flow("user", "etl"), flow("etl", "train")],
      ),
    silent: () =>
      buildModel(
        [
          internetUser(),
          proc("etl", "data-pipeline"),
          store("train", "training-data-store", { containsPersonalData: "no" }),
        ],
        [flow("user", "etl"), flow("etl", "train")],
      ),
  },
  "AI-PRIV-05": {
    fires: () =>
      buildModel(
        [internetUser(), proc("llm", "llm"), store("history", null)],
        [flow("user", "llm", { carriesPersonalData: "yes" }), flow("llm", "history")],
      ),
    silent: () =>
      buildModel(
        [internetUser(), proc("llm", "llm"), store("history", null)],
        [flow("user", "llm", { carriesPersonalData: "no" }), flow("llm", "history")],
      ),
  },
  "AI-PRIV-06": {
    fires: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("train", "training-data-store", { containsPersonalData: "yes" }),
        ],
        [flow("llm", "train")],
      ),
    silent: () =>
      buildModel(
        [proc("llm", "llm"), store("train", "training-data-store", { containsPersonalData: "no" })],
        [flow("llm", "train")],
      ),
  },
  "AI-PRIV-07": {
    fires: () =>
      buildModel(
        [proc("app", null), entity("provider", "third-party-ai-api")],
        [flow("app", "provider", { carriesPersonalData: "yes" })],
      ),
    silent: () =>
      buildModel(
        [proc("app", null), entity("provider", "third-party-ai-api")],
        [flow("app", "provider", { carriesPersonalData: "no" })],
      ),
  },
  "AI-PRIV-09": {
    fires: () =>
      buildModel(
        [proc("queue", null), entity("raters", "human-reviewer")],
        [flow("queue", "raters", { carriesPersonalData: "yes" })],
      ),
    silent: () =>
      buildModel(
        [proc("queue", null), entity("raters", "human-reviewer")],
        [flow("queue", "raters", { carriesPersonalData: "no" })],
      ),
  },
};

describe("AI rule pack, rule by rule", () => {
  it("has a firing and a silent case for every rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(AI_RULES.map((rule) => rule.id).sort());
  });

  describe.each(AI_RULES.map((rule) => rule.id))("%s", (ruleId) => {
    const ruleCase = CASES[ruleId];

    it("fires as a finding on its model", () => {
      const results = resultsOf(ruleCase!.fires(), ruleId);
      expect(results.map((r) => r.kind)).toContain("finding");
      for (const result of results.filter((r) => r.kind === "finding")) {
        const text = [result.title, result.description, ...result.mitigations].join("\n");
        expect(text).not.toMatch(/\{\w+\}/);
        // Every name in a finding is a real element: no fallback for an unbound {other}.
        expect(text).not.toMatch(/another element|the source|the target|the flow\b/);
        expect(result.because.length).toBeGreaterThan(0);
      }
    });

    it("stays silent (no finding, no question) on its counter-model", () => {
      expect(resultsOf(ruleCase!.silent(), ruleId)).toEqual([]);
    });
  });
});
