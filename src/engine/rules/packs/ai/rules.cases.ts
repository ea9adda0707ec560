import type { ThreatModel } from "../../../../domain/schema";
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
export interface RuleCase {
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

export const CASES: Record<string, RuleCase> = {
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
    fires: () =>
      buildModel(
        [
          entity("labelers", "human-reviewer"),
          proc("labels", "labeling-tool", { authenticatesCallers: "no" }),
        ],
        [flow("labelers", "labels")],
      ),
    silent: () =>
      buildModel(
        [
          entity("labelers", "human-reviewer"),
          proc("labels", "labeling-tool", { authenticatesCallers: "yes" }),
        ],
        [flow("labelers", "labels")],
      ),
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
          proc("llm", "llm", { rateLimited: "no", internetExposed: "no" }),
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
    fires: () => internetLlm({ sharesAccelerator: "yes" }),
    silent: () => internetLlm({ sharesAccelerator: "no" }),
  },
  "AI-ESCAPE-01": {
    fires: () => internetLlm({ runsPrivileged: "yes" }),
    silent: () => internetLlm({ runsPrivileged: "no" }),
  },
  "AI-MONITOR-03": {
    fires: () => internetLlm(),
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

  // ---- RAG -----------------------------------------------------------------------------------
  "AI-RAG-01": {
    fires: () =>
      buildModel(
        [
          entity("staff", null, { audience: "employees" }),
          store("docs", "vector-store", { sourcesVetted: "no" }),
        ],
        [flow("staff", "docs")],
      ),
    silent: () =>
      buildModel(
        [
          entity("staff", null, { audience: "employees" }),
          store("docs", "vector-store", { sourcesVetted: "yes" }),
        ],
        [flow("staff", "docs")],
      ),
  },
  "AI-RAG-02": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          store("docs", "vector-store", {
            containsPersonalData: "yes",
            enforcesDocumentPermissions: "no",
          }),
          proc("llm", "llm"),
        ],
        [flow("user", "llm"), flow("docs", "llm")],
      ),
    silent: () =>
      buildModel(
        [
          internetUser(),
          store("docs", "vector-store", {
            containsPersonalData: "yes",
            enforcesDocumentPermissions: "yes",
          }),
          proc("llm", "llm"),
        ],
        [flow("user", "llm"), flow("docs", "llm")],
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
        [
          proc("agent", "agent"),
          proc("tool", "agent-tool", { executesInputCode: "yes", requiresHumanApproval: "no" }),
        ],
        [flow("agent", "tool")],
      ),
    silent: () =>
      buildModel(
        [
          proc("agent", "agent"),
          proc("tool", "agent-tool", { executesInputCode: "yes", requiresHumanApproval: "yes" }),
        ],
        [flow("agent", "tool")],
      ),
  },
  "AI-AGENCY-03": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          store("crm", null, { containsPersonalData: "yes" }),
          proc("agent", "agent"),
          proc("mailer", "agent-tool"),
          entity("recipient", null, { entityKind: "system" }),
        ],
        [
          flow("user", "agent"),
          flow("crm", "agent"),
          flow("agent", "mailer"),
          flow("mailer", "recipient"),
        ],
      ),
    silent: () =>
      buildModel(
        [
          internetUser(),
          store("crm", null, { containsPersonalData: "yes" }),
          proc("agent", "agent"),
          proc("mailer", "agent-tool", { changesState: "no" }),
        ],
        [flow("user", "agent"), flow("crm", "agent"), flow("agent", "mailer")],
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
        [
          internetUser(),
          proc("agent", "agent"),
          store("memory", "vector-store", { sourcesVetted: "no" }),
        ],
        [flow("user", "agent"), flow("agent", "memory", {}, { bidirectional: true })],
      ),
    silent: () =>
      buildModel(
        [
          internetUser(),
          proc("agent", "agent"),
          store("memory", "vector-store", { sourcesVetted: "yes" }),
        ],
        [flow("user", "agent"), flow("agent", "memory", {}, { bidirectional: true })],
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
  "AI-POISON-03": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          proc("app", null),
          store("train", "training-data-store", { sourcesVetted: "no" }),
        ],
        [flow("user", "app"), flow("app", "train")],
      ),
    silent: () =>
      buildModel(
        [
          internetUser(),
          proc("app", null),
          store("train", "training-data-store", { sourcesVetted: "yes" }),
        ],
        [flow("user", "app"), flow("app", "train")],
      ),
  },
  "AI-SYBIL-01": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          proc("recs", "inference-endpoint"),
          store("clicks", "training-data-store"),
        ],
        [flow("user", "recs", {}, { bidirectional: true }), flow("recs", "clicks")],
      ),
    silent: () =>
      buildModel(
        [
          entity("analyst", null, { audience: "employees" }),
          proc("recs", "inference-endpoint", { internetExposed: "no" }),
          store("clicks", "training-data-store"),
        ],
        [flow("analyst", "recs", {}, { bidirectional: true }), flow("recs", "clicks")],
      ),
  },
  "AI-SUPPLY-05": {
    fires: () =>
      buildModel(
        [entity("pypi", "package-index"), proc("job", "training-job")],
        [flow("pypi", "job", { integrityVerified: "no" })],
      ),
    silent: () =>
      buildModel(
        [entity("pypi", "package-index"), proc("job", "training-job")],
        [flow("pypi", "job", { integrityVerified: "yes" })],
      ),
  },
  "AI-SUPPLY-06": {
    fires: () =>
      buildModel(
        [
          store("images", "container-registry", { integrityVerified: "no" }),
          proc("serve", "inference-endpoint"),
        ],
        [flow("images", "serve")],
      ),
    silent: () =>
      buildModel(
        [
          store("images", "container-registry", { integrityVerified: "yes" }),
          proc("serve", "inference-endpoint"),
        ],
        [flow("images", "serve")],
      ),
  },
  "AI-FAIR-01": {
    fires: () =>
      buildModel(
        [internalCaller(), proc("score", "inference-endpoint", { decidesAboutPeople: "yes" })],
        [flow("internal-app", "score")],
      ),
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
  "AI-RAG-04": {
    fires: () =>
      buildModel(
        [
          store("docs", "vector-store", { multiTenant: "yes" }),
          proc("app-a", "llm"),
          proc("app-b", "llm"),
        ],
        [flow("docs", "app-a"), flow("docs", "app-b")],
      ),
    silent: () =>
      buildModel(
        [
          store("docs", "vector-store", { multiTenant: "no", enforcesDocumentPermissions: "yes" }),
          proc("app-a", "llm"),
          proc("app-b", "llm"),
        ],
        [flow("docs", "app-a"), flow("docs", "app-b")],
      ),
  },
  "AI-AGENCY-04": {
    fires: () =>
      buildModel(
        [
          proc("agent", "agent"),
          proc("payments", "agent-tool", { changesState: "yes", requiresHumanApproval: "no" }),
        ],
        [flow("agent", "payments")],
      ),
    silent: () =>
      buildModel(
        [
          proc("agent", "agent"),
          proc("payments", "agent-tool", { changesState: "yes", requiresHumanApproval: "yes" }),
        ],
        [flow("agent", "payments")],
      ),
  },
  "AI-AGENCY-05": {
    fires: () =>
      buildModel(
        [
          proc("agent", "agent"),
          proc("admin", "mcp-server", { destructive: "yes", requiresHumanApproval: "no" }),
        ],
        [flow("agent", "admin")],
      ),
    silent: () =>
      buildModel(
        [
          proc("agent", "agent"),
          proc("admin", "mcp-server", { destructive: "no", requiresHumanApproval: "no" }),
        ],
        [flow("agent", "admin")],
      ),
  },
  "AI-A2A-01": {
    fires: () =>
      buildModel(
        [proc("planner", "agent"), proc("worker", "agent")],
        [flow("planner", "worker", { authenticated: "no" })],
      ),
    silent: () =>
      buildModel(
        [proc("planner", "agent"), proc("worker", "agent")],
        [flow("planner", "worker", { authenticated: "yes" })],
      ),
  },
  "AI-HITL-01": {
    fires: () =>
      buildModel(
        [internetUser(), proc("agent", "agent"), entity("reviewers", "human-reviewer")],
        [flow("user", "agent"), flow("agent", "reviewers")],
      ),
    silent: () =>
      buildModel(
        [
          internalCaller(),
          proc("agent", "agent", { internetExposed: "no" }),
          entity("reviewers", "human-reviewer"),
        ],
        [flow("internal-app", "agent"), flow("agent", "reviewers")],
      ),
  },
  "AI-TENANT-01": {
    fires: () => internalLlm({ multiTenant: "yes" }),
    silent: () => internalLlm({ multiTenant: "no" }),
  },
  "AI-TENANT-02": {
    fires: () => buildModel([store("datasets", "training-data-store", { multiTenant: "yes" })]),
    silent: () => buildModel([store("datasets", "training-data-store", { multiTenant: "no" })]),
  },
  "AI-TENANT-03": {
    fires: () =>
      buildModel([
        proc("train", "training-job", { usesAccelerator: "yes", sharesAccelerator: "yes" }),
      ]),
    silent: () =>
      buildModel([
        proc("train", "training-job", { usesAccelerator: "yes", sharesAccelerator: "no" }),
      ]),
  },
  "AI-SUPPLY-07": {
    fires: () =>
      buildModel([store("weights", "model-artifact-store", { provenance: "publicHub" })]),
    silent: () => buildModel([store("weights", "model-artifact-store", { provenance: "inHouse" })]),
  },
};
