import { all, any, is, known, none, not, some } from "../build";
import { base, type StrideRule } from "./base";

/**
 * STRIDE for processes (chart: all six categories). Exposure premises come from request paths
 * (`publicReach`, `publicUnauthReach`, `publicUnlimitedReach`): a gateway that authenticates or
 * limits rates in front of a process changes what can be said about it.
 */
const reachedByOutsiders = is("element", "publicReach", "yes");
const fedByOutsiders = any(reachedByOutsiders, is("element", "publicInfluence", "yes"));
/** People reach it: outsiders, or employees and partners (whose accounts can be misused too). */
const reachedByPeople = any(reachedByOutsiders, is("element", "insiderReach", "yes"));

/** An agent that calls it writes a store that holds logs: the only record is the agent's own. */
const callerAgentKeepsTheRecord = some({
  from: "upstream",
  hops: 1,
  target: { mlKinds: ["agent"] },
  where: some({
    from: "downstream",
    of: "other",
    hops: 1,
    target: { types: ["dataStore"] },
    where: known("other", "storesLogs", "yes"),
  }),
});

export const PROCESS: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-PROC-S-01",
    scope: "element",
    rootCause: "process.unauthenticatedCallers",
    claims: ["outsiderAccess", "unauthenticatedAccess"],
    target: { types: ["process"] },
    when: all(
      is("element", "authenticatesCallers", "no"),
      is("element", "publicUnauthReach", "yes"),
    ),
    categories: { stride: ["S"] },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Outsiders can call {element} without proving who they are",
      description:
        "Requests from {exposure} reach {element}, and nothing on the way to it, nor the process itself, authenticates the caller. Whatever arrives is served as if it came from a legitimate client.",
      mitigations: [
        "Authenticate every caller of {element} (tokens, mutual TLS or signed requests), or put it behind a gateway that does and make sure nothing else can reach it.",
        "Restrict network access to {element} to the components that must call it.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-S-02",
    scope: "element",
    rootCause: "process.unauthenticatedCallers",
    target: { types: ["process"] },
    // The milder form of STRIDE-PROC-S-01 (same root cause): it holds unless outsiders are known
    // to reach the element unauthenticated, so a reassuring answer never makes it appear.
    when: all(
      known("element", "authenticatesCallers", "no"),
      not(known("element", "publicUnauthReach", "yes")),
      { subject: "element", fact: "inDegree", gte: 1 },
    ),
    categories: { stride: ["S"] },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Any workload inside the network can call {element} as any other",
      description:
        "{element} accepts calls without checking who makes them. Even where the way in authenticates outsiders, one compromised machine or workload inside the network is enough to call it in the name of any component.",
      mitigations: [
        "Give each calling service its own identity (workload identity, mutual TLS) and check it on every call to {element}.",
        "Limit which networks and service accounts can reach {element}.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-T-01",
    scope: "element",
    rootCause: "process.unvalidatedInput",
    target: { types: ["process"] },
    when: all(
      is("element", "validatesInput", "no"),
      any(fedByOutsiders, is("element", "insiderReach", "yes")),
    ),
    categories: { stride: ["T"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Input reaches {element} unvalidated: injection into its queries and commands",
      description:
        "Data that people can send or write reaches {element}, and it does not validate what it receives. Malformed or crafted input can change what it does, corrupt what it writes, or travel on to components that assume it was checked.",
      mitigations: [
        "Validate input to {element} against an explicit schema (types, ranges, sizes, allowed values) and reject what does not fit.",
        "Encode or parameterise anything {element} passes on to queries, commands or templates.",
      ],
    },
  },
  {
    ...base,
    revision: 2,
    id: "STRIDE-PROC-R-01",
    scope: "element",
    rootCause: "process.noAuditTrail",
    target: { types: ["process"] },
    // Where people or agents take consequential actions through it: staff tools that show or
    // change people's records (who looked at whose data, who approved what), tools that change
    // state. Engineers driving infrastructure that holds no personal data are left to its own
    // logs.
    when: all(
      any(
        all(
          some({
            from: "upstream",
            hops: 1,
            target: { types: ["externalEntity"] },
            where: all(known("other", "entityKind", "human"), {
              subject: "other",
              fact: "audience",
              in: ["employees", "partners"],
            }),
          }),
          known("element", "handlesPersonalData", "yes"),
        ),
        all(
          { subject: "element", fact: "mlKind", in: ["agent-tool", "mcp-server"] },
          known("element", "changesState", "yes"),
        ),
      ),
      none({
        from: "downstream",
        hops: 2,
        target: { types: ["dataStore"] },
        where: known("other", "storesLogs", "yes"),
      }),
      none({ from: "neighbours", target: { mlKinds: ["monitoring"] } }),
      // An agent's tool whose calls the agent logs: STRIDE-PROC-R-03 says what is missing.
      not(callerAgentKeepsTheRecord),
    ),
    categories: { stride: ["R"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "Nothing in the diagram records what callers ask {element} to do",
      description:
        "People or agents act through {element}, yet no store it writes to is marked as holding logs or audit records, and no monitoring component is connected to it. Unless such records are kept somewhere not drawn, nobody can later establish who asked it to do what.",
      mitigations: [
        "Record the significant actions of {element} (who, what, when, outcome) and draw the store that keeps them, marked as holding logs.",
        "Keep those records out of reach of {element} itself, so a compromise cannot erase them.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-R-03",
    scope: "element",
    rootCause: "process.selfReportedActions",
    // Where STRIDE-PROC-R-01 said "nothing records" of such a tool, the premise was the agent's
    // own log; keep the decisions taken on those findings.
    replaces: [{ rule: "STRIDE-PROC-R-01", on: "element" }],
    target: { types: ["process"], mlKinds: ["agent-tool", "mcp-server"] },
    when: all(
      known("element", "changesState", "yes"),
      none({
        from: "downstream",
        hops: 2,
        target: { types: ["dataStore"] },
        where: known("other", "storesLogs", "yes"),
      }),
      none({ from: "neighbours", target: { mlKinds: ["monitoring"] } }),
      callerAgentKeepsTheRecord,
    ),
    categories: { stride: ["R"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Only {other}, which calls it, records what {element} does",
      description:
        "{element} changes things for {other}, and the only record of its calls is the log {other} writes itself. An agent steered by injected text or a bad plan can leave calls out of that log or describe them wrongly, and {element} keeps no record of its own: an action cannot be traced reliably to the request and the person behind it.",
      mitigations: [
        "Have {element} record every call it executes (caller identity, the request or conversation it serves, arguments, result) in a store {other} cannot write.",
        "Pass the originating request or conversation id with every call from {other} to {element}, and reconcile both records regularly.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-I-01",
    scope: "element",
    rootCause: "process.leaksPersonalData",
    target: { types: ["process"] },
    // A component that serves records it reads itself: a pass-through gateway has nothing of its own to leak.
    when: all(
      reachedByOutsiders,
      not(known("element", "authorizesActions", "yes")),
      some({
        from: "upstream",
        hops: 1,
        target: { types: ["dataStore"] },
        where: known("other", "containsPersonalData", "yes"),
      }),
    ),
    categories: { stride: ["I"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Callers of {element} may get other people's records from {other}",
      description:
        "{element} answers {exposure} with personal records it reads from {other}. Unless every request is checked against what the caller may see, changing an id in a request returns someone else's data; verbose errors and over-complete responses leak more.",
      mitigations: [
        "Check in {element}, on every request, that each record read from {other} belongs to the caller or is shared with them; never rely on ids being hard to guess.",
        "Return only the fields each caller needs and generic errors; keep details in protected logs with personal fields masked.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-D-01",
    scope: "element",
    rootCause: "process.unlimitedRequests",
    claims: ["outsiderAccess", "unlimitedAccess"],
    target: { types: ["process"] },
    when: all(is("element", "rateLimited", "no"), is("element", "publicUnlimitedReach", "yes")),
    categories: { stride: ["D"] },
    likelihood: 4,
    impact: 3,
    text: {
      title: "Outsiders can flood {element}: nothing on the way limits their requests",
      description:
        "Requests from {exposure} reach {element}, and neither it nor anything in front of it limits how many each caller may send. A single client, or a botnet, can exhaust it for everyone else.",
      mitigations: [
        "Add per-client rate limits and quotas in front of {element}, with a global ceiling on concurrent requests.",
        "Cap request sizes and timeouts, and shed load from the heaviest clients first.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-D-02",
    scope: "element",
    rootCause: "process.unlimitedRequests",
    target: { types: ["process"] },
    // The milder form of STRIDE-PROC-D-01 (same root cause): see STRIDE-PROC-S-02.
    when: all(
      is("element", "insiderReach", "yes"),
      not(known("element", "publicUnlimitedReach", "yes")),
      is("element", "rateLimited", "no"),
    ),
    categories: { stride: ["D"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "One user or script inside the organisation can exhaust {element}",
      description:
        "People inside the organisation reach {element}, and nothing limits how many requests each of them may send. A runaway script, a loop in a notebook or one user's batch job takes its capacity from everyone else.",
      mitigations: [
        "Add per-user or per-client rate limits and quotas to {element}, with a global ceiling on concurrent requests.",
        "Cap request sizes and timeouts, and alert on any single caller's share of load.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-E-01",
    scope: "element",
    rootCause: "process.executesInput",
    target: { types: ["process"] },
    when: all(is("element", "executesInputCode", "yes"), fedByOutsiders),
    categories: { stride: ["E"] },
    likelihood: 4,
    impact: 5,
    text: {
      title: "{element} runs code or commands built from input outsiders control",
      description:
        "{element} executes code, queries or commands derived from its input, and that input can come from outsiders. Whoever shapes the input chooses what runs, with the privileges of {element}.",
      mitigations: [
        "Do not build code or commands from input in {element}; use fixed operations with parameters.",
        "If execution is the purpose, run it in a sandbox with no network, no secrets and strict resource limits.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-E-02",
    scope: "element",
    rootCause: "process.privilegedAndExposed",
    target: { types: ["process"] },
    when: all(is("element", "runsPrivileged", "yes"), fedByOutsiders),
    categories: { stride: ["E"] },
    likelihood: 3,
    impact: 5,
    text: {
      title: "A flaw in {element} hands outsiders elevated privileges",
      description:
        "{element} runs with elevated privileges and processes input that outsiders can influence. Any exploitable bug in it gives the attacker those privileges, not just the process.",
      mitigations: [
        "Run {element} as an unprivileged user in a locked-down container, with only the capabilities and cloud permissions it needs.",
        "Split the privileged part into a small separate component that takes narrow, validated commands.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-E-03",
    scope: "element",
    rootCause: "process.noAuthorization",
    target: { types: ["process"] },
    when: all(is("element", "authorizesActions", "no"), reachedByPeople),
    categories: { stride: ["E"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Any caller of {element} can do anything it offers: nothing authorizes each action",
      description:
        "{element} answers {exposure} and does not check what each caller may do. Once a request gets through, it can use every operation and reach every record the process can: another user's orders, devices or claims, or approve its own.",
      mitigations: [
        "Check permissions per operation and per record in {element}, on the server side, for every request.",
        "Deny by default and test that one caller cannot act on another caller's data.",
      ],
    },
  },
  {
    ...base,
    revision: 2,
    id: "STRIDE-PROC-E-05",
    scope: "element",
    rootCause: "process.privilegedOrchestrator",
    target: { types: ["process"] },
    when: all(
      known("element", "runsPrivileged", "yes"),
      // Orchestrators start jobs; a model server only answers its callers.
      {
        subject: "element",
        fact: "mlKind",
        notIn: [
          "inference-endpoint",
          "llm",
          "agent",
          "embedding-model",
          "third-party-ai-api",
          "agent-tool",
          "mcp-server",
        ],
      },
      some({
        from: "downstream",
        hops: 1,
        target: { types: ["process"] },
        where: all(
          known("other", "publicInfluence", "yes"),
          not(known("other", "internetExposed", "yes")),
          // A model server it deploys runs under its own identity; a job runs under the one
          // the orchestrator hands it.
          {
            subject: "other",
            fact: "mlKind",
            notIn: ["inference-endpoint", "llm", "agent", "embedding-model"],
          },
        ),
      }),
    ),
    categories: { stride: ["E"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "A compromised job started by {element} reaches everything {element} may do",
      description:
        "{element} runs with broad privileges and starts {other}, which processes code or data that outsiders influence. A malicious package or input in {other} can use the service account and secrets {element} hands it to reach the whole cluster or namespace: the blast radius is the orchestrator's, not the job's.",
      mitigations: [
        "Give each job {element} starts its own least-privilege identity, without the orchestrator's rights or unrelated secrets.",
        "Run jobs that pull external code in isolated namespaces with network policies and no access to the control plane.",
      ],
    },
  },
];

/** Ids this file once used and retired (residual boilerplate): never reuse them. */
export const RETIRED_PROCESS_IDS = [
  "STRIDE-PROC-S-03",
  "STRIDE-PROC-T-02",
  "STRIDE-PROC-R-02",
  "STRIDE-PROC-I-02",
  "STRIDE-PROC-D-03",
  "STRIDE-PROC-E-04",
];
