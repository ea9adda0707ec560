import type { RuleInput } from "../../schema";
import {
  ACTING_KINDS,
  CALLED_SERVICE_KINDS,
  not,
  all,
  any,
  fedByOutsiders,
  is,
  isNotIn,
  kindIn,
  known,
  none,
  otherHoldsSensitiveData,
  some,
} from "./conditions";

/** Untrusted text can reach the agent: outsiders, or a tool, MCP server or outside source. */
const untrustedInputReaches = any(
  fedByOutsiders,
  some({
    from: "upstream",
    of: "element",
    hops: 2,
    target: { mlKinds: ["agent-tool", "mcp-server", "data-provider", "vector-store"] },
  }),
);

/** A tool that may change things with nobody approving (unless the diagram says otherwise). */
const actsUnapproved = all(
  not(known("other", "changesState", "no")),
  not(known("other", "requiresHumanApproval", "yes")),
);

/** Agents and their tools: what they may do, what they read, what they remember. */
/** The bound element is a tool or MCP server not known to be read-only. */
const actsOnTheWorld = all(
  kindIn("other", ACTING_KINDS),
  not(known("other", "changesState", "no")),
);

export const AGENT_RULES: RuleInput[] = [
  {
    id: "AI-AGENCY-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "agent.toolOverreach",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: some({
      from: "downstream",
      of: "element",
      hops: 1,
      target: { mlKinds: [...ACTING_KINDS] },
      where: any(is("other", "authorizesActions", "no"), is("other", "runsPrivileged", "yes")),
    }),
    categories: { stride: ["E"] },
    references: {
      atlas: ["AML.T0053", "AML.M0026", "AML.M0027", "AML.M0028"],
      owasp: ["LLM06:2025", "LLM03:2026", "ASI02:2026", "ASI03:2026"],
      agentic: ["AGT-T2@1.1", "AGT-T3@1.1"],
      dasf: ["DASF-9.13@2.0", "DASF-13.2@3.0", "DASF-13.3@3.0"],
      cosai: ["cosai:riskAgenticDelegationConfusedDeputy", "cosai:riskRogueActions"],
      aiExchange: ["owaspai:agentescape"],
      maestro: ["L3"],
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
    rootCause: "agent.unapprovedCommands",
    supersedes: ["process.executesInput"],
    target: { types: ["process"], mlKinds: [...ACTING_KINDS] },
    when: all(
      is("element", "executesInputCode", "yes"),
      is("element", "requiresHumanApproval", "no"),
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
      owasp: ["LLM06:2025", "LLM03:2026", "ASI02:2026", "ASI05:2026"],
      agentic: ["AGT-T2@1.1", "AGT-T11@1.1"],
      dasf: ["DASF-9.13@2.0", "DASF-13.2@3.0", "DASF-13.11@3.0"],
      cosai: ["cosai:riskRogueActions"],
      maestro: ["L3"],
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
    rootCause: "agent.lethalTrifecta",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      any(
        some({
          from: "upstream",
          of: "element",
          hops: 2,
          target: { types: ["dataStore"] },
          where: otherHoldsSensitiveData,
        }),
        known("element", "handlesSensitiveData", "yes"),
      ),
      untrustedInputReaches,
      any(
        some({
          from: "downstream",
          of: "element",
          hops: 2,
          target: { types: ["externalEntity"] },
          where: isNotIn("other", "mlKind", [
            "end-user",
            "human-reviewer",
            ...CALLED_SERVICE_KINDS,
          ]),
        }),
        some({
          from: "downstream",
          of: "element",
          hops: 1,
          target: { mlKinds: [...ACTING_KINDS] },
          where: known("other", "changesState", "yes"),
        }),
      ),
    ),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0086", "AML.M0030", "AML.M0032"],
      owasp: ["LLM06:2025", "LLM03:2026", "LLM02:2025", "LLM02:2026", "ASI01:2026", "ASI02:2026"],
      agentic: ["AGT-T6@1.1", "AGT-T2@1.1"],
      dasf: ["DASF-13.6@3.0", "DASF-13.2@3.0"],
      cosai: ["cosai:riskRogueActions"],
      aiExchange: ["owaspai:indirectpromptinjection"],
      nist: ["NISTAML.015", "NISTAML.039"],
      maestro: ["L3"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title:
        "Lethal trifecta: {element} reads sensitive data from {other}, takes untrusted input and can act outside",
      description:
        "{element} combines three things: sensitive data reaches it, untrusted text reaches it (from outsiders, tools or retrieved content), and it can send data out or change state through its tools. An injected instruction only has to ask it to include that data in an outgoing request (an email, a web call, a ticket) and the data leaves without any account being compromised.",
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
    rootCause: "agent.untrustedToolResults",
    supersedes: ["crossing.unvalidated"],
    when: all(
      kindIn("source", ACTING_KINDS),
      kindIn("target", ["agent", "llm"]),
      is("flow", "trustDirection", "up"),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0099", "AML.T0051.001", "AML.M0030", "AML.M0033"],
      owasp: ["LLM01:2025", "LLM01:2026", "ASI01:2026"],
      agentic: ["AGT-T6@1.1"],
      cosai: ["cosai:riskPromptInjection"],
      aiExchange: ["owaspai:indirectpromptinjection", "owaspai:agentmessagestructuremanipulation"],
      nist: ["NISTAML.015"],
      maestro: ["L3"],
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
    rootCause: "agent.memoryPoisoning",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      // The store first: {other} names it.
      // Directly, or through a memory service or orchestration layer; a retrieval index reached
      // only through such a layer is queried rather than written, and has rules of its own.
      any(
        some({
          from: "roundTrip",
          of: "element",
          target: { types: ["dataStore"] },
          where: not(known("other", "sourcesVetted", "yes")),
        }),
        // An agent among agents reads back only what it stores itself: a longer round trip
        // would run through another agent, whose memory it is.
        all(
          none({ from: "neighbours", of: "element", target: { mlKinds: ["agent"] } }),
          some({
            from: "roundTrip",
            of: "element",
            hops: 2,
            target: { types: ["dataStore"] },
            where: all(
              not(known("other", "sourcesVetted", "yes")),
              isNotIn("other", "mlKind", ["vector-store"]),
            ),
          }),
        ),
      ),
      untrustedInputReaches,
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0080", "AML.T0080.000", "AML.M0031"],
      owasp: ["LLM01:2025", "LLM01:2026", "ASI06:2026"],
      agentic: ["AGT-T1@1.1"],
      dasf: ["DASF-13.1@3.0"],
      cosai: ["cosai:riskPromptInjection"],
      aiExchange: ["owaspai:augmentationdatamanipulation"],
      nist: ["NISTAML.015"],
      maestro: ["L3"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} can be made to store instructions in {other} that it follows later",
      description:
        "Untrusted text reaches {element}, which writes to {other} and reads what it stored back in later sessions, and nothing vets those entries before they are saved. One successful injection can be saved as a 'memory' and then influence every future conversation, including other users' if the memory is shared.",
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
    rootCause: "agent.credentialsInReach",
    target: { types: ["process"], mlKinds: ["agent", ...ACTING_KINDS] },
    when: some({
      from: "neighbours",
      of: "element",
      target: { types: ["dataStore"] },
      where: is("other", "storesCredentials", "yes"),
    }),
    categories: { stride: ["I", "E"] },
    references: {
      atlas: ["AML.T0083", "AML.T0098", "AML.T0055", "AML.M0026", "AML.M0032"],
      owasp: ["LLM06:2025", "LLM03:2026", "ASI03:2026"],
      agentic: ["AGT-T3@1.1"],
      dasf: ["DASF-9.10@2.0", "DASF-13.3@3.0", "DASF-13.19@3.0"],
      cosai: ["cosai:riskStaleAgentIdentityBinding"],
      nist: ["NISTAML.039"],
      maestro: ["L3"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Credentials in {other} are within reach of {element}",
      description:
        "{element} is connected to {other}, which holds credentials. A manipulated agent or tool can read them and either print them in a response or use them directly, gaining every permission they carry. Stored credentials also outlive the agent they were issued for: a replaced or retired version, or anything else that reads {other}, keeps acting under that identity.",
      mitigations: [
        "Keep credentials out of any store {element} can read; inject short-lived, narrowly scoped tokens per call from a secrets manager instead.",
        "Give {element} separate credentials for each tool, scoped to the operations that tool needs.",
        "Filter outputs of {element} for credential patterns and rotate any credential that has been exposed.",
        "Bind the identity of {element} to the deployed workload (workload identity, tokens issued per deployment) and revoke it when the agent is changed or retired.",
      ],
    },
  },
  {
    id: "AI-AGENCY-04",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "agent.unapprovedActions",
    when: all(
      kindIn("source", ["agent"]),
      kindIn("target", [...ACTING_KINDS]),
      is("target", "changesState", "yes"),
      is("target", "requiresHumanApproval", "no"),
      not(known("source", "requiresHumanApproval", "yes")),
    ),
    categories: { stride: ["E"] },
    chartException:
      "Elevation is rated on the interaction: the agent's decision is carried out with the tool's rights, with nobody approving it.",
    references: {
      atlas: ["AML.T0053", "AML.M0029"],
      owasp: ["LLM06:2025", "LLM03:2026", "ASI02:2026"],
      agentic: ["AGT-T2@1.1"],
      cosai: ["cosai:riskRogueActions"],
      maestro: ["L3"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{source} can make {target} change things without anyone approving",
      description:
        "{source} decides on its own to call {target} over {flow}, and {target} writes, sends, pays or deploys without a person approving. Excessive agency turns every model error and every successful injection into an action in the real world.",
      mitigations: [
        "Require a person to confirm the calls {source} makes to {target}, shown with their exact arguments, above a risk threshold.",
        "Give {source} the narrowest operations of {target} that do the job, with per-task limits on how many actions it may take.",
        "Log every call on {flow} with the prompt that led to it, so actions can be traced and reversed.",
      ],
    },
  },
  {
    // Inherent in an agent with tools until they are known to be read-only or approved; where a
    // tool it calls directly is known to change state unapproved, AI-AGENCY-04 names that call.
    id: "AI-AGENCY-06",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "agent.realWorldActions",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      not(known("element", "requiresHumanApproval", "yes")),
      // Its own tools, directly or through an orchestration layer; not another agent's tools.
      any(
        some({
          from: "downstream",
          of: "element",
          hops: 1,
          target: { mlKinds: [...ACTING_KINDS] },
          where: actsUnapproved,
        }),
        all(
          none({ from: "downstream", of: "element", hops: 1, target: { mlKinds: ["agent"] } }),
          some({
            from: "downstream",
            of: "element",
            hops: 2,
            target: { mlKinds: [...ACTING_KINDS] },
            where: actsUnapproved,
          }),
        ),
      ),
      none({
        from: "downstream",
        of: "element",
        hops: 1,
        target: { mlKinds: [...ACTING_KINDS] },
        where: all(
          known("other", "changesState", "yes"),
          known("other", "requiresHumanApproval", "no"),
        ),
      }),
    ),
    categories: { stride: ["E", "T"] },
    references: {
      atlas: ["AML.T0053"],
      owasp: ["LLM06:2025", "LLM03:2026", "ASI02:2026"],
      agentic: ["AGT-T2@1.1"],
      dasf: ["DASF-9.13@2.0", "DASF-13.2@3.0"],
      cosai: ["cosai:riskRogueActions"],
      maestro: ["L3"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Whatever {element} is led to plan, {other} carries out",
      description:
        "{element} decides which calls to make to {other}. Unless {other} can only read, or a person approves what it does, a manipulated or mistaken plan (an injected instruction, a hallucinated argument) becomes a real change: data written or deleted, messages sent, money moved.",
      mitigations: [
        "Give {element} only the operations of {other} the task needs, read-only where possible, with per-task limits on how many actions it may take.",
        "Require a person to confirm state-changing calls above a risk threshold, shown with their exact arguments.",
        "Mark in the diagram whether {other} changes state and whether its actions are approved, so the specific risks are assessed.",
      ],
    },
  },
  {
    id: "AI-AGENCY-05",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "agent.destructiveTool",
    supersedes: ["agent.unapprovedCommands"],
    target: { types: ["process"], mlKinds: [...ACTING_KINDS] },
    when: all(
      is("element", "destructive", "yes"),
      is("element", "requiresHumanApproval", "no"),
      some({ from: "upstream", of: "element", hops: 1, target: { mlKinds: ["agent", "llm"] } }),
      none({
        from: "upstream",
        of: "element",
        hops: 2,
        target: { mlKinds: ["human-reviewer"] },
      }),
    ),
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0053", "AML.T0101", "AML.M0029"],
      owasp: ["LLM06:2025", "LLM03:2026", "ASI02:2026"],
      agentic: ["AGT-T2@1.1"],
      dasf: ["DASF-9.13@2.0", "DASF-13.2@3.0", "DASF-13.22@3.0"],
      cosai: ["cosai:riskRogueActions"],
      maestro: ["L3"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "{element} can delete or irreversibly change things on a model's say-so",
      description:
        "{element} can destroy data or change systems irreversibly, and it acts on calls from {other} with no person approving. One manipulated or mistaken step is enough, and it cannot be undone.",
      mitigations: [
        "Require human approval for every destructive operation of {element}, or remove those operations from what the model can call.",
        "Make destructive operations of {element} reversible (soft delete, backups, dry runs) and rate-limited.",
      ],
    },
  },
  {
    id: "AI-A2A-01",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "agent.unauthenticatedMessages",
    supersedes: ["crossing.unauthenticated"],
    when: all(
      kindIn("source", ["agent"]),
      kindIn("target", ["agent"]),
      is("flow", "authenticated", "no"),
    ),
    categories: { stride: ["S", "T"] },
    chartException:
      "Spoofing is rated on the interaction: an unauthenticated message between agents lets anyone pose as the sending agent.",
    references: {
      atlas: ["AML.T0051.001", "AML.M0030"],
      owasp: ["LLM01:2025", "LLM01:2026", "LLM06:2025", "LLM03:2026", "ASI07:2026"],
      agentic: ["AGT-T12@1.1", "AGT-T16@1.1", "AGT-T9@1.1", "AGT-T14@1.1"],
      aiExchange: ["owaspai:agentmessagestructuremanipulation"],
      maestro: ["L3", "L7"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title:
        "Messages between agents on {flow} are not authenticated: anything can pose as {source}",
      description:
        "{target} takes tasks and results from {source} over {flow} without checking that they really come from it. Anything that can reach {target} can pose as {source}, hand it instructions and borrow its tools and permissions; one compromised agent can steer the others.",
      mitigations: [
        "Authenticate agents to each other on {flow} (mutual TLS or signed messages with agent identities), and reject unsigned messages.",
        "Have {target} treat messages from other agents as untrusted input: validate their structure and never let them widen its permissions.",
      ],
    },
  },
  {
    id: "AI-HITL-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "agent.reviewerOverload",
    target: { types: ["externalEntity"], mlKinds: ["human-reviewer"] },
    when: some({
      from: "upstream",
      of: "element",
      hops: 2,
      target: { mlKinds: ["agent", "llm", "inference-endpoint"] },
      where: any(
        is("other", "publicReach", "yes"),
        is("other", "publicInfluence", "yes"),
        is("other", "insiderInfluence", "yes"),
      ),
    }),
    categories: { stride: ["R", "E", "D"] },
    chartException:
      "Elevation and denial apply to the reviewers because an overloaded approval step stops doing its job and lets actions through that no person really approved.",
    references: {
      atlas: ["AML.T0048", "AML.T0046"],
      owasp: ["LLM06:2025", "LLM03:2026", "ASI09:2026"],
      agentic: ["AGT-T10@1.1"],
      dasf: ["DASF-13.10@3.0"],
      maestro: ["L7"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "A flood of cases from {other} can turn approval by {element} into a rubber stamp",
      description:
        "The people behind {element} review what {other} proposes, and whoever sends {other} requests or transactions drives how much it proposes. A flood of cases, or cases crafted to look routine, wears reviewers down until they approve without reading; the human check then records a decision nobody really made.",
      mitigations: [
        "Cap the review queue from {other} per source and per hour, and escalate rather than drop what exceeds it.",
        "Show reviewers why a case needs them (risk, anomalies) and sample approved cases for a second look.",
      ],
    },
  },
  {
    id: "AI-MCP-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "agent.untrustedToolSource",
    target: { types: ["process"], mlKinds: [...ACTING_KINDS] },
    when: all(
      some({ from: "upstream", of: "element", hops: 1, target: { mlKinds: ["agent", "llm"] } }),
      is("element", "provenance", "publicHub"),
    ),
    categories: { stride: ["T", "E"] },
    chartException:
      "Elevation applies: a tool whose code or description a third party controls acts with the agent's trust and the tool's own rights.",
    references: {
      atlas: ["AML.T0010.001", "AML.T0051.001", "AML.T0011.002", "AML.T0109", "AML.T0110"],
      owasp: ["LLM03:2025", "LLM04:2026", "ASI04:2026"],
      agentic: ["AGT-T17@1.1", "AGT-T2@1.1"],
      dasf: ["DASF-13.21@3.0", "DASF-13.18@3.0"],
      cosai: ["cosai:riskToolSourceProvenance", "cosai:riskToolRegistryTampering"],
      aiExchange: ["owaspai:indirectpromptinjection"],
      maestro: ["L7"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title:
        "The code and tool descriptions of {element} come from a public package that others control",
      description:
        "{element} is installed from a public registry (a community MCP server or tool package). A malicious update, a hijacked maintainer account or a poisoned tool description changes what {other} is told the tool does and what it really does, in every task, without any change on your side.",
      mitigations: [
        "Pin {element} to a reviewed version by hash and update it only through review; mirror it internally.",
        "Review the tool descriptions {element} advertises and alert when they change.",
        "Run {element} with the least rights it needs, isolated from secrets and internal networks it does not use.",
      ],
    },
  },
  {
    // The agent trusts a tool's description and results; closed for tools built in house.
    id: "AI-AGENTTOOL-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "agent.untrustedToolSource",
    target: { types: ["process"], mlKinds: [...ACTING_KINDS] },
    when: all(
      not(known("element", "provenance", "inHouse")),
      some({ from: "upstream", of: "element", hops: 2, target: { mlKinds: ["agent", "llm"] } }),
    ),
    categories: { stride: ["T", "E"] },
    chartException:
      "Elevation applies: a tool the agent trusts acts with the agent's trust and the tool's own rights.",
    references: {
      atlas: ["AML.T0010.005", "AML.T0051.001", "AML.T0110"],
      owasp: ["LLM03:2025", "LLM04:2026", "ASI04:2026"],
      agentic: ["AGT-T17@1.1"],
      dasf: ["DASF-13.16@3.0", "DASF-13.21@3.0"],
      cosai: ["cosai:riskInsecureIntegratedComponent", "cosai:riskToolSourceProvenance"],
      aiExchange: ["owaspai:indirectpromptinjection"],
      maestro: ["L7"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "{other} trusts what {element} says it does and what it returns",
      description:
        "{element} is an integrated component: {other} reads its tool description to decide when to call it and takes its results into its context. Unless {element} is built and reviewed in house, a compromised or careless version can describe itself misleadingly or return text that instructs {other}, in every task that uses it.",
      mitigations: [
        "Pin {element} to a reviewed version, review changes to its tool description before they reach {other}, and record who maintains it.",
        "Validate results of {element} against their expected structure before {other} reads them, and drop free text it does not need.",
        "Run {element} with the least rights it needs, isolated from secrets and networks it does not use.",
      ],
    },
  },
  {
    id: "AI-CASCADE-01",
    revision: 2,
    pack: "ai",
    scope: "element",
    rootCause: "agent.cascadingResults",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      some({
        from: "upstream",
        of: "element",
        hops: 1,
        target: { mlKinds: ["agent"] },
      }),
      // Real actions follow: it calls a tool that changes state, or hands work to an agent that
      // does (a read-only fetcher, or a planner with no tools of its own, acts on nothing).
      some({
        from: "downstream",
        of: "element",
        hops: 1,
        where: any(
          actsOnTheWorld,
          all(
            kindIn("other", ["agent"]),
            some({ from: "downstream", of: "other", hops: 1, where: actsOnTheWorld }),
          ),
        ),
      }),
      // Unchecked: it neither validates what it receives nor screens it.
      any(is("element", "validatesInput", "no"), known("element", "inputGuardrails", "no")),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0048"],
      owasp: ["ASI08:2026", "ASI10:2026", "LLM09:2025", "LLM07:2026"],
      agentic: ["AGT-T5@1.1", "AGT-T13@1.1"],
      dasf: ["DASF-9.8@2.0", "DASF-13.5@3.0", "DASF-13.13@3.0"],
      aiExchange: ["owaspai:agentmessagestructuremanipulation"],
      maestro: ["L3", "L7"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title:
        "One wrong or poisoned result from {other} can cascade through {element} into real actions",
      description:
        "{element} takes results from other agents (such as {other}) and acts on them, passing work on to tools and agents, without checking what it receives. One hallucinated, manipulated or compromised specialist then drives everything downstream, and the error looks authoritative by the time it is acted on.",
      mitigations: [
        "Have {element} check results from other agents against their expected structure and plausibility, and keep them as data rather than instructions.",
        "Require corroboration or a human check before a single agent's result triggers a state-changing action.",
      ],
    },
  },
  {
    id: "AI-TRACE-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "agent.untraceableActions",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      some({ from: "downstream", of: "element", hops: 2, target: { mlKinds: [...ACTING_KINDS] } }),
      none({
        from: "downstream",
        of: "element",
        hops: 1,
        target: { types: ["dataStore"] },
        where: known("other", "storesLogs", "yes"),
      }),
      none({ from: "downstream", of: "element", hops: 2, target: { mlKinds: ["monitoring"] } }),
    ),
    categories: { stride: ["R"] },
    references: {
      atlas: ["AML.M0024"],
      agentic: ["AGT-T8@1.1"],
      dasf: ["DASF-10.1@2.0", "DASF-13.8@3.0"],
      cosai: ["cosai:riskAgentDelegationChainOpacity"],
      maestro: ["L5"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Which request led {element} to call its tools cannot be reconstructed",
      description:
        "{element} calls tools, and nothing it writes to is marked as keeping a log or trace of those calls. After an incident nobody can tell which task, prompt or delegating agent caused which action, or prove which did not.",
      mitigations: [
        "Log every tool call of {element} with the task, the delegating agent and user, the prompt that led to it and the result, in a store {element} cannot edit.",
        "Carry one trace id through every delegation and tool call, so a chain of agents can be followed end to end.",
      ],
    },
  },
  {
    id: "AI-LOOP-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "agent.runawayLoops",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      some({
        from: "downstream",
        of: "element",
        hops: 1,
        target: { mlKinds: ["agent", ...ACTING_KINDS] },
      }),
      is("element", "costLimited", "no"),
    ),
    categories: { stride: ["D"] },
    references: {
      atlas: ["AML.T0034", "AML.T0034.002"],
      owasp: ["LLM10:2025", "LLM06:2026"],
      agentic: ["AGT-T4@1.1"],
      dasf: ["DASF-9.7@2.0", "DASF-13.4@3.0", "DASF-9.4@2.0"],
      cosai: ["cosai:riskRunawayAgentToolLoops", "cosai:riskEconomicDenialOfWallet"],
      aiExchange: ["owaspai:airesourceexhaustion"],
      nist: ["NISTAML.016", "NISTAML.017"],
      maestro: ["L3"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Nothing bounds the steps, tool calls or tokens of one task of {element}",
      description:
        "{element} plans and calls tools or other agents in a loop, and nothing caps how many steps, calls or tokens one task may use. A confusing task, two agents delegating to each other or an injected instruction can loop for hours, running up cost and load.",
      mitigations: [
        "Cap steps, tool calls, tokens and wall-clock time per task of {element}, and stop with a clear error when a cap is hit.",
        "Detect repeated identical calls and delegation cycles, and alert on spend per task.",
      ],
    },
  },
];
