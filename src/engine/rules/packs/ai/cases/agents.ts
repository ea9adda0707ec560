import { type ProcessProps, type RuleCases, type StoreProps, zonedFlow } from "./builders";
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

/** Cases for the rules in `../agents.ts`. */
export const AGENT_CASES: RuleCases = {
  "AI-AGENCY-01": {
    fires: () =>
      agentCalling(proc("tool", "agent-tool", { authorizesActions: "no", runsPrivileged: "no" })),
    silentBecause: "protection present: the tool authorizes each action",
    silent: () =>
      agentCalling(proc("tool", "agent-tool", { authorizesActions: "yes", runsPrivileged: "no" })),
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
    silentBecause: "protection present: a person approves what the tool runs",
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
    // Personal data, outsiders' prompts and a tool that sends: closed once the tool is read-only.
    fires: () => trifecta(proc("mailer", "agent-tool", { changesState: "yes" })),
    silentBecause:
      "premise absent: the only tool is a read-only lookup, so nothing can be sent out",
    silent: () => trifecta(proc("order-lookup", "agent-tool", { changesState: "no" })),
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
    silentBecause: "premise absent: the tool runs in a zone trusted more than the agent's",
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
    alsoFires: {
      "its memory sits behind a memory service": () =>
        buildModel(
          [internetUser(), proc("agent", "agent"), proc("memory-api", null), store("notes", null)],
          [
            flow("user", "agent"),
            flow("agent", "memory-api", {}, { bidirectional: true }),
            flow("memory-api", "notes", {}, { bidirectional: true }),
          ],
        ),
    },
    fires: () =>
      buildModel(
        [
          internetUser(),
          proc("agent", "agent"),
          store("memory", "vector-store", { sourcesVetted: "no" }),
        ],
        [flow("user", "agent"), flow("agent", "memory", {}, { bidirectional: true })],
      ),
    silentBecause: "protection present: what goes into the agent's memory is vetted",
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
    fires: () => configuredTool({ storesCredentials: "yes" }),
    silentBecause: "premise absent: the tool's config holds no credentials",
    silent: () => configuredTool({ storesCredentials: "no" }),
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
    silentBecause: "protection present: a person approves each payment",
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
    silentBecause: "premise absent: the server's actions are not destructive",
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
    silentBecause: "protection present: the agents authenticate each other",
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
    silentBecause: "premise absent: only an internal application prompts the agent",
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
  "AI-AGENCY-06": {
    // Inherent in an agent with tools, until the tool is known to be read-only (or approved).
    fires: () => agentCalling(proc("tool", "agent-tool")),
    silentBecause: "premise absent: the tool is read-only",
    silent: () => agentCalling(proc("tool", "agent-tool", { changesState: "no" })),
  },
  "AI-MCP-01": {
    fires: () => agentCalling(proc("mcp", "mcp-server", { provenance: "publicHub" })),
    silentBecause: "premise absent: the MCP server is built in house",
    silent: () => agentCalling(proc("mcp", "mcp-server", { provenance: "inHouse" })),
  },
  "AI-AGENTTOOL-02": {
    // Inherent in a tool an agent trusts, until it is known to be built in house.
    fires: () => agentCalling(proc("tool", "agent-tool")),
    silentBecause: "premise absent: the tool is built in house",
    silent: () => agentCalling(proc("tool", "agent-tool", { provenance: "inHouse" })),
  },
  "AI-CASCADE-01": {
    fires: () => delegation({ validatesInput: "no" }),
    silentBecause: "protection present: the worker validates delegated instructions",
    silent: () => delegation({ validatesInput: "yes" }),
  },
  "AI-TRACE-01": {
    // Closed once something the agent writes to is known to keep logs.
    fires: () => agentWritingTo(store("trail", null)),
    silentBecause: "protection present: the agent writes its actions to a log store",
    silent: () => agentWritingTo(store("trail", null, { storesLogs: "yes" })),
  },
  "AI-LOOP-01": {
    fires: () => agentCalling(proc("tool", "agent-tool"), { agent: { costLimited: "no" } }),
    silentBecause: "protection present: the agent's spending is capped",
    silent: () => agentCalling(proc("tool", "agent-tool"), { agent: { costLimited: "yes" } }),
  },
};

type Element = ReturnType<typeof proc>;

interface AgentSetup {
  agent?: ProcessProps;
  /** More elements the agent works with, and the flows to them. */
  with?: { elements: Element[]; flows: Array<ReturnType<typeof flow>> };
}

/** An internal agent calling one tool. */
function agentCalling(tool: Element, setup: AgentSetup = {}) {
  return buildModel(
    [
      proc("agent", "agent", { internetExposed: "no", ...setup.agent }),
      tool,
      ...(setup.with?.elements ?? []),
    ],
    [flow("agent", tool.id), ...(setup.with?.flows ?? [])],
  );
}

/** An agent calling a tool and writing to `trail`. */
function agentWritingTo(trail: Element) {
  return agentCalling(proc("tool", "agent-tool"), {
    with: { elements: [trail], flows: [flow("agent", trail.id)] },
  });
}

/** A planner agent delegating to a worker agent that calls a tool. */
function delegation(worker: ProcessProps) {
  return buildModel(
    [proc("planner", "agent"), proc("worker", "agent", worker), proc("tool", "agent-tool")],
    [flow("planner", "worker"), flow("worker", "tool")],
  );
}

/** A support agent outsiders prompt, reading personal data from a CRM and calling one tool. */
function trifecta(tool: Element) {
  return buildModel(
    [
      internetUser(),
      store("crm", null, { containsPersonalData: "yes" }),
      proc("agent", "agent"),
      tool,
    ],
    [flow("user", "agent"), flow("crm", "agent"), flow("agent", tool.id)],
  );
}

/** An agent calling a tool that reads its settings from a config store. */
function configuredTool(config: StoreProps) {
  return agentCalling(proc("tool", "agent-tool"), {
    with: { elements: [store("config", null, config)], flows: [flow("config", "tool")] },
  });
}
