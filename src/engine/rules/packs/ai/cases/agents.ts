import { type RuleCases, zonedFlow } from "./builders";
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
};
