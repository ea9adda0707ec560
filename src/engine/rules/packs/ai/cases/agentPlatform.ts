import type { FlowProps, ProcessProps, RuleCases } from "./builders";
import { buildModel, entity, flow, proc } from "../test-utils";

/** Cases for the rules in `../agentPlatform.ts`. */
export const AGENT_PLATFORM_CASES: RuleCases = {
  "AI-MCP-02": {
    fires: () =>
      agentCalls(proc("files", "mcp-server"), overInternet({ encryptedInTransit: "no" })),
    silentBecause: "protection present: the MCP traffic runs over TLS",
    silent: () =>
      agentCalls(proc("files", "mcp-server"), overInternet({ encryptedInTransit: "yes" })),
  },
  "AI-MCP-03": {
    fires: () =>
      agentCalls(proc("cluster", "mcp-server", { destructive: "yes" }), { authenticated: "no" }),
    silentBecause: "protection present: calls to the tool server are authenticated",
    silent: () =>
      agentCalls(proc("cluster", "mcp-server", { destructive: "yes" }), { authenticated: "yes" }),
  },
  "AI-ROUTE-01": {
    fires: () => agentCalls(proc("model", "llm"), overInternet({ encryptedInTransit: "no" })),
    silentBecause: "protection present: the orchestrator reaches the model over TLS",
    silent: () => agentCalls(proc("model", "llm"), overInternet({ encryptedInTransit: "yes" })),
  },
  "AI-INVENTORY-01": {
    fires: () => agentCalls(proc("tools", "mcp-server")),
    silentBecause: "protection present: the agent and the MCP server report to monitoring",
    silent: () =>
      buildModel(
        [proc("agent", "agent"), proc("tools", "mcp-server"), proc("monitor", "monitoring")],
        [flow("agent", "tools"), flow("agent", "monitor"), flow("tools", "monitor")],
      ),
  },
  "AI-DECEIVE-01": {
    fires: () => reviewedAgent({ changesState: "yes" }),
    silentBecause: "premise absent: the only tool reads and changes nothing",
    silent: () => reviewedAgent({ changesState: "no" }),
  },
  "AI-MANIPULATE-01": {
    fires: () => assistant(true),
    silentBecause: "premise absent: only the users' own questions reach the assistant",
    silent: () => assistant(false),
  },
};

/** Crossing the internet, so the channel is exposed whatever zones are drawn. */
function overInternet(props: FlowProps): FlowProps {
  return { overPublicNetwork: "yes", ...props };
}

/** An agent calling one component. */
function agentCalls(callee: ReturnType<typeof proc>, props: FlowProps = {}) {
  return buildModel([proc("agent", "agent"), callee], [flow("agent", callee.id, props)]);
}

/** An agent that asks reviewers to approve its work and calls a tool itself. */
function reviewedAgent(tool: ProcessProps) {
  return buildModel(
    [
      proc("agent", "agent"),
      entity("reviewers", "human-reviewer", { entityKind: "human" }),
      proc("tool", "agent-tool", tool),
    ],
    [flow("agent", "reviewers"), flow("agent", "tool")],
  );
}

/** An assistant answering people, reading an MCP server's content when `readsOthers`. */
function assistant(readsOthers: boolean) {
  const people = entity("customers", "end-user", { entityKind: "human" });
  return buildModel(
    [people, proc("assistant", "agent"), ...(readsOthers ? [proc("web", "mcp-server")] : [])],
    [
      flow("customers", "assistant"),
      flow("assistant", "customers"),
      ...(readsOthers ? [flow("web", "assistant")] : []),
    ],
  );
}
