import type { RuleInput } from "../../schema";
import {
  ACTING_KINDS,
  all,
  any,
  GENERATIVE_KINDS,
  is,
  kindIn,
  known,
  MODEL_SERVING_KINDS,
  none,
  not,
  otherIsReceivingParty,
  some,
  thirdPartyContentReaches,
} from "./conditions";

/** The flow leaves its zone or travels over a network the organisation does not control. */
const exposedPath = any(
  is("flow", "crossesBoundary", true),
  is("flow", "overPublicNetwork", "yes"),
);

/** Nothing on the channel protects it: no TLS, so neither end can be sure who is on the other. */
const unprotectedChannel = all(is("flow", "encryptedInTransit", "no"), exposedPath);

/**
 * What agents run on and how people relate to them: the transport between agents, models and
 * MCP servers, the inventory of agents, and the trust people place in what an agent tells them.
 */
export const AGENT_PLATFORM_RULES: RuleInput[] = [
  {
    id: "AI-MCP-02",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "agent.mcpTransportExposed",
    supersedes: ["flow.clearText"],
    when: all(
      any(
        all(kindIn("source", GENERATIVE_KINDS), kindIn("target", ["mcp-server"])),
        all(kindIn("source", ["mcp-server"]), kindIn("target", GENERATIVE_KINDS)),
      ),
      unprotectedChannel,
    ),
    categories: { stride: ["T", "I"] },
    references: {
      atlas: ["AML.T0051.001", "AML.T0055"],
      owasp: ["LLM01:2025", "LLM01:2026", "ASI07:2026"],
      agentic: ["AGT-T16@1.1"],
      cosai: ["cosai:riskMCPTransportHijacking"],
      maestro: ["L4", "L7"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "MCP traffic between {source} and {target} on {flow} can be read and rewritten",
      description:
        "{flow} carries MCP messages between {source} and {target} unencrypted, out of its zone or over a network you do not control. Whoever is on the path can read the tool calls and the tokens they carry, change the arguments, answer in the server's place, or slip instructions into the results the model reads.",
      mitigations: [
        "Run MCP over TLS on {flow} (streamable HTTP over HTTPS), with the server's certificate validated by the client.",
        "Authenticate the client to the server with short-lived tokens bound to the session, never long-lived keys in the URL.",
        "Keep MCP servers that need no network on the same host (stdio transport) rather than exposing them.",
      ],
    },
  },
  {
    // The same missing check on a flow into a tool server, where what the server can do makes
    // it the way in: the plain crossing finding folds into this one.
    id: "AI-MCP-03",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "agent.unauthenticatedToolServer",
    supersedes: ["crossing.unauthenticated"],
    target: { mlKinds: [...ACTING_KINDS] },
    when: all(
      kindIn("source", GENERATIVE_KINDS),
      kindIn("target", ACTING_KINDS),
      is("flow", "authenticated", "no"),
      any(known("target", "destructive", "yes"), known("target", "runsPrivileged", "yes")),
    ),
    categories: { stride: ["S", "E"] },
    chartException:
      "Spoofing and elevation are rated on the flow: whoever can send on it poses as the agent and gets the server's rights.",
    references: {
      owasp: ["ASI03:2026", "ASI02:2026"],
      agentic: ["AGT-T3@1.1"],
      dasf: ["DASF-13.20@3.0", "DASF-13.22@3.0"],
      maestro: ["L4", "L7"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Anything that reaches {target} can make it act: {flow} is not authenticated",
      description:
        "{target} can delete or irreversibly change things, or runs with broad rights, and it accepts what arrives on {flow} without checking that it comes from {source}. Any process or person that reaches its endpoint (a compromised workload, a machine on the same network, a request forwarded by another service) can call the tools {source} calls, with none of the checks, limits or approvals that apply to {source}.",
      mitigations: [
        "Authenticate every call to {target}: mutual TLS, or short-lived tokens bound to the identity of {source}, checked by {target} on each call.",
        "Let only {source} reach {target} (network policy), or run {target} beside {source} over stdio so it has no network endpoint at all.",
        "Give {target} credentials scoped to the operations {source} needs, not administrator rights.",
      ],
    },
  },
  {
    id: "AI-ROUTE-01",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "agent.routeHijack",
    supersedes: ["flow.clearText"],
    when: all(
      kindIn("source", ["agent"]),
      kindIn("target", [...MODEL_SERVING_KINDS, "agent"]),
      unprotectedChannel,
    ),
    categories: { stride: ["T", "I"] },
    references: {
      atlas: ["AML.T0051.001", "AML.T0048"],
      owasp: ["LLM01:2025", "LLM01:2026", "ASI07:2026", "ASI08:2026"],
      agentic: ["AGT-T12@1.1"],
      cosai: ["cosai:riskOrchestratorRouteHijacking"],
      maestro: ["L3", "L4"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Requests {source} routes to {target} can be diverted on {flow}",
      description:
        "{source} hands work to {target} over {flow}, unencrypted, out of its zone or over a network you do not control. Without TLS, {source} cannot tell that it is really talking to {target}: whoever can redirect the traffic (DNS, a proxy, a compromised host on the way) receives the prompts and context and answers with results of their own, which {source} then acts on.",
      mitigations: [
        "Carry {flow} over TLS with the certificate of {target} validated, or mutual TLS between the orchestrator and the models and agents it calls.",
        "Keep the routing table of {source} (which model or agent serves which task) in signed, reviewed configuration, and alert when a route changes.",
      ],
    },
  },
  {
    // The inventory a system with agents needs where nothing watches what they do: agents and
    // MCP servers nobody tracks are the ones left running, changed or copied unnoticed.
    id: "AI-INVENTORY-01",
    revision: 2,
    pack: "ai",
    scope: "model",
    rootCause: "agent.noInventory",
    when: some({
      from: "model",
      target: { mlKinds: ["agent", "mcp-server"] },
      where: all(
        none({ from: "downstream", of: "other", hops: 2, target: { mlKinds: ["monitoring"] } }),
        none({ from: "upstream", of: "other", hops: 1, target: { mlKinds: ["monitoring"] } }),
        // A fleet to keep track of: agents and MCP servers working with each other. One agent
        // calling its own tools is known to whoever runs it.
        some({ from: "neighbours", of: "other", target: { mlKinds: ["agent", "mcp-server"] } }),
      ),
    }),
    categories: { stride: ["S", "R"] },
    references: {
      atlas: ["AML.T0012", "AML.T0010.001"],
      owasp: ["ASI03:2026", "ASI10:2026", "LLM03:2025", "LLM04:2026"],
      agentic: ["AGT-T13@1.1"],
      cosai: ["cosai:riskShadowAndUnknownAgents", "cosai:riskZombieShadowMCPServers"],
      maestro: ["L5", "L7"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Keep an inventory of the agents and MCP servers this system runs",
      description:
        "{other} and any agents or MCP servers like it report to no monitoring component in the diagram. Agents and servers that nobody lists, with an owner, a version and the credentials they hold, are the ones that stay running after their project ends, get copied into new places, or are replaced by an impostor under the same name, still holding working credentials.",
      mitigations: [
        "Register every agent and MCP server with an owner, its version, where it runs and which credentials and tools it holds; refuse connections from unregistered ones.",
        "Send the activity of each agent and MCP server to monitoring, and retire those that show none for a set time, revoking their credentials.",
      ],
    },
  },
  {
    id: "AI-DECEIVE-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "agent.approvalOnAgentsAccount",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      // The reviewers first: {other} names them.
      some({ from: "downstream", of: "element", hops: 1, target: { mlKinds: ["human-reviewer"] } }),
      some({
        from: "downstream",
        of: "element",
        hops: 1,
        target: { mlKinds: [...ACTING_KINDS] },
        where: not(known("other", "changesState", "no")),
      }),
    ),
    categories: { stride: ["R", "E"] },
    references: {
      atlas: ["AML.T0053", "AML.M0029"],
      owasp: ["ASI09:2026", "ASI01:2026"],
      agentic: ["AGT-T7@1.1"],
      dasf: ["DASF-13.7@3.0"],
      maestro: ["L3", "L7"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "People at {other} approve what {element} says it will do, not what it does",
      description:
        "{element} asks {other} to review its work, and it also calls its tools itself. A misaligned or manipulated agent can describe a harmful action as routine, leave out what matters, or carry out something other than what was approved; the approval then covers an action nobody saw.",
      mitigations: [
        "Show {other} the exact tool call and arguments, taken from the tool-call layer rather than from the agent's own summary.",
        "Bind each approval to the call it approves (a hash of tool and arguments) and have the tool refuse any call that does not match.",
        "Record the calls {element} actually makes independently of the agent, and reconcile them with what was approved.",
      ],
    },
  },
  {
    // The same root cause as AI-PROMPTINJ-02, which speaks for the merged finding: this rule adds
    // what the injection can do to the people reading the answers.
    id: "AI-MANIPULATE-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.indirectInjection",
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: all(
      // The people first: {other} names them.
      some({
        from: "downstream",
        of: "element",
        hops: 3,
        target: { types: ["externalEntity"] },
        where: all(otherIsReceivingParty, is("other", "entityKind", "human")),
      }),
      thirdPartyContentReaches,
    ),
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0051.001", "AML.T0052"],
      owasp: ["LLM01:2025", "LLM01:2026", "ASI09:2026"],
      agentic: ["AGT-T15@1.1"],
      dasf: ["DASF-13.15@3.0"],
      aiExchange: ["owaspai:indirectpromptinjection"],
      maestro: ["L1", "L7"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Content others wrote can turn {element} against {other}",
      description:
        "{element} reads content others wrote and answers {other}, who trust it as the organisation's own assistant. An instruction planted in that content can make it urge them to follow a link, enter credentials, approve a payment or share data, in the assistant's familiar voice.",
      mitigations: [
        "Never let {element} ask {other} for credentials, payments or links it was not configured to give; block such requests in its output.",
        "Show {other} where an answer comes from, and mark content taken from outside sources as such.",
      ],
    },
  },
];
