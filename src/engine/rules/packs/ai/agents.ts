import type { RuleInput } from "../../schema";
import { all, any, is, isNotIn, kindIn, none, otherHoldsSensitiveData, some } from "./conditions";

/** Agents and their tools: what they may do, what they read, what they remember. */
export const AGENT_RULES: RuleInput[] = [
  {
    id: "AI-AGENCY-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: some({
      from: "downstream",
      of: "element",
      hops: 1,
      target: { mlKinds: ["agent-tool"] },
      where: any(is("other", "authorizesActions", "no"), is("other", "runsPrivileged", "yes")),
    }),
    categories: { stride: ["E"] },
    references: {
      atlas: ["AML.T0053", "AML.M0026", "AML.M0027", "AML.M0028"],
      owasp: ["LLM06:2025"],
    },
    likelihood: 4,
    impact: 5,
    text: {
      title: "{element} can make {other} act beyond what the requesting user may do",
      description:
        "{element} calls {other}, which either runs with broad privileges or does not check what the caller is allowed to do. Whatever the model decides (or is manipulated into deciding) is carried out with the tool's full rights, not the rights of the person the agent is working for.",
      mitigations: [
        "Have {other} act with the requesting user's own delegated, short-lived credentials and check their permissions on every call.",
        "Expose only the operations the agent needs from {other} (read-only where possible) instead of a general-purpose API.",
        "Run {other} under a dedicated least-privilege identity, never with administrator or service-wide rights.",
      ],
    },
  },
  {
    id: "AI-AGENCY-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: ["agent-tool"] },
    when: all(
      is("element", "executesInputCode", "yes"),
      none({
        from: "upstream",
        of: "element",
        hops: 2,
        target: { mlKinds: ["human-reviewer"] },
      }),
    ),
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0053", "AML.T0101", "AML.M0029", "AML.M0030"],
      owasp: ["LLM06:2025"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "{element} executes agent-chosen commands with no human approval",
      description:
        "{element} runs commands or code chosen by a model, and no person reviews them before they take effect. One manipulated step (an injected instruction, a hallucinated argument) can delete data, send messages or change configuration, and it happens at machine speed.",
      mitigations: [
        "Require a person to confirm actions of {element} that change or delete data, spend money or contact third parties, showing them the exact command.",
        "Run {element} in a disposable sandbox with no production credentials and an allow-list of commands and destinations.",
        "Make destructive operations of {element} reversible where possible (soft delete, dry run first).",
      ],
    },
  },
  {
    id: "AI-AGENCY-03",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      some({
        from: "upstream",
        of: "element",
        hops: 2,
        target: { types: ["dataStore"] },
        where: otherHoldsSensitiveData,
      }),
      some({
        from: "downstream",
        of: "element",
        hops: 2,
        target: { types: ["externalEntity"] },
        where: isNotIn("other", "mlKind", ["end-user", "human-reviewer"]),
      }),
    ),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0086", "AML.M0030", "AML.M0032"],
      owasp: ["LLM06:2025", "LLM02:2025"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "{element} can be steered to send sensitive data from {other} to outside parties",
      description:
        "{element} reads sensitive data (for example from {other}) and can also send data to external systems through its tools. An injected instruction only has to ask it to include that data in an outgoing request (an email, a web call, a ticket) and the data leaves without any account being compromised.",
      mitigations: [
        "Once {element} has read sensitive data in a task, block tool calls that send data to external destinations unless a person approves them.",
        "Restrict outbound tools of {element} to an allow-list of destinations and inspect what they send for personal or confidential data.",
        "Split reading sensitive data and contacting external parties into separate agents with separate permissions.",
      ],
    },
  },
  {
    id: "AI-AGENTTOOL-01",
    revision: 1,
    pack: "ai",
    scope: "crossing",
    when: all(
      is("source", "mlKind", "agent-tool"),
      kindIn("target", ["agent", "llm"]),
      is("flow", "trustDirection", "up"),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0099", "AML.T0051.001", "AML.M0030", "AML.M0033"],
      owasp: ["LLM01:2025"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Results from {source} enter {target} from a less trusted zone across {boundary}",
      description:
        "{source} runs in a less trusted zone than {target} and its results cross {boundary} into the agent's context over {flow}. A compromised or malicious tool can return crafted results (or tool descriptions) that instruct {target} to misuse its other tools or leak data.",
      mitigations: [
        "Validate results from {source} against the expected schema at {boundary} and drop free text the agent does not need.",
        "Pin the tool's definition and version, and review changes to its description before {target} sees them.",
        "After {target} reads output of {source}, allow only read-only or user-confirmed actions for the rest of the task.",
      ],
    },
  },
  {
    id: "AI-AGENTMEM-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      some({
        from: "downstream",
        of: "element",
        hops: 1,
        target: { types: ["dataStore"] },
        where: is("other", "integrityVerified", "no"),
      }),
      some({ from: "upstream", of: "element", hops: 1, target: { types: ["dataStore"] } }),
    ),
    categories: { stride: ["T"] },
    references: { atlas: ["AML.T0080.000", "AML.M0031"], owasp: ["LLM01:2025"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} can be made to store instructions in {other} that it follows later",
      description:
        "{element} writes to {other} and reads its stored state back in later sessions, and nothing verifies those entries. One successful injection can be saved as a 'memory' and then influence every future conversation, including other users' if the memory is shared.",
      mitigations: [
        "Scope memory in {other} per user and per task, and never load one user's memories into another's session.",
        "Store memories of {element} as data with their origin, screen them for instruction-like content before saving, and let users see and delete them.",
        "Expire memories in {other} after a set time, and require confirmation before saving anything derived from external content.",
      ],
    },
  },
  {
    id: "AI-AGENTCRED-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: ["agent", "agent-tool"] },
    when: some({
      from: "neighbours",
      of: "element",
      target: { types: ["dataStore"] },
      where: is("other", "storesCredentials", "yes"),
    }),
    categories: { stride: ["I", "E"] },
    references: {
      atlas: ["AML.T0083", "AML.T0098", "AML.M0026", "AML.M0032"],
      owasp: ["LLM06:2025"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Credentials in {other} are within reach of {element}",
      description:
        "{element} is connected to {other}, which holds credentials. A manipulated agent or tool can read them and either print them in a response or use them directly, gaining every permission they carry.",
      mitigations: [
        "Keep credentials out of any store {element} can read; inject short-lived, narrowly scoped tokens per call from a secrets manager instead.",
        "Give {element} separate credentials for each tool, scoped to the operations that tool needs.",
        "Filter outputs of {element} for credential patterns and rotate any credential that has been exposed.",
      ],
    },
  },
];
