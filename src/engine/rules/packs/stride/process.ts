import { all, is, known, none, some } from "../build";
import { base, type StrideRule } from "./base";

/** STRIDE for processes (chart: all six categories). */
export const PROCESS: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-PROC-S-01",
    scope: "element",
    target: { types: ["process"] },
    when: all(
      is("element", "authenticatesCallers", "no"),
      is("element", "reachableFromInternet", "yes"),
    ),
    categories: { stride: ["S"] },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Anyone on the internet can call {element} as a legitimate client",
      description:
        "Requests that start on the internet reach this process, directly or through other components, and it does not check who is calling. Any request that gets to it is served as if it came from a trusted caller.",
      mitigations: [
        "Authenticate every caller (tokens, mutual TLS or signed requests), or make sure the component in front does and that nothing else can reach this process.",
        "Restrict network access to the components that must call it.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-S-02",
    scope: "element",
    target: { types: ["process"] },
    when: all(
      is("element", "authenticatesCallers", "no"),
      known("element", "reachableFromInternet", "no"),
    ),
    categories: { stride: ["S"] },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Any internal caller can pose as another in front of {element}",
      description:
        "This process is not reachable from the internet, but it accepts calls without checking who makes them. One compromised machine or workload inside the network is enough to call it as any other component.",
      mitigations: [
        "Give each calling service its own identity (workload identity, mutual TLS) and check it on every call.",
        "Limit which networks and service accounts can reach this process.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-S-03",
    scope: "element",
    target: { types: ["process"] },
    when: known("element", "authenticatesCallers", "yes"),
    categories: { stride: ["S"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Keep the caller check of {element} impossible to skip",
      description:
        "This process authenticates its callers. The remaining risk lies in paths that avoid the check: health or debug endpoints, internal ports, or tokens whose signature, audience or expiry is not verified.",
      mitigations: [
        "List every entry point and confirm each one requires the same authentication.",
        "Verify token signature, issuer, audience and expiry on every request, and test that forged or expired tokens are refused.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-T-01",
    scope: "element",
    target: { types: ["process"] },
    when: is("element", "validatesInput", "no"),
    categories: { stride: ["T"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} trusts its input as sent",
      description:
        "This process does not validate what it receives. Malformed or crafted input can change what it does, corrupt the data it writes, or travel on to components that assume it was checked.",
      mitigations: [
        "Validate input against an explicit schema (types, ranges, sizes, allowed values) and reject what does not fit.",
        "Encode or parameterise anything passed on to queries, commands or templates.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-T-02",
    scope: "element",
    target: { types: ["process"] },
    when: known("element", "validatesInput", "yes"),
    categories: { stride: ["T"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Protect the code and configuration of {element}",
      description:
        "This process validates its input; what remains is tampering with the process itself, through its deployment, its configuration or its dependencies.",
      mitigations: [
        "Deploy only reviewed, signed builds and keep the configuration under change control.",
        "Pin and scan its dependencies, and alert on changes made outside the release process.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-R-01",
    scope: "element",
    target: { types: ["process"] },
    when: none({
      from: "downstream",
      target: { types: ["dataStore"] },
      where: is("other", "storesLogs", "yes"),
    }),
    categories: { stride: ["R"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "The model shows no audit trail for {element}",
      description:
        "No data store this process writes to holds logs or audit records. Unless they are kept somewhere not drawn here, nobody can later establish who asked it to do what.",
      mitigations: [
        "Record significant actions (who, what, when, outcome) and draw the store that keeps them.",
        "Keep those records outside the control of the process itself, so a compromise cannot erase them.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-R-02",
    scope: "element",
    target: { types: ["process"] },
    when: some({
      from: "downstream",
      target: { types: ["dataStore"] },
      where: known("other", "storesLogs", "yes"),
    }),
    categories: { stride: ["R"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Make the audit trail {element} writes to {other} complete",
      description:
        "This process writes to a store that holds logs. The logs settle disputes only if they name the acting identity for every significant action and the process cannot rewrite them.",
      mitigations: [
        "Check that each log entry carries the caller's identity, the action and its outcome.",
        "Allow the process to append log entries, not to change or delete them.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-I-01",
    scope: "element",
    target: { types: ["process"] },
    when: is("element", "handlesPersonalData", "yes"),
    categories: { stride: ["I"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} can leak the personal data it handles",
      description:
        "This process receives personal data. Verbose errors, debug logging, crash dumps or over-complete responses can expose it to callers or to anyone who can read its logs.",
      mitigations: [
        "Return generic errors and keep details in protected logs, with personal fields masked.",
        "Return only the fields each caller needs, and switch off debug output and core dumps in production.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-I-02",
    scope: "element",
    target: { types: ["process"] },
    when: known("element", "handlesPersonalData", "no"),
    categories: { stride: ["I"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "{element} can reveal how the system is built",
      description:
        "This process handles no personal data, but error messages, headers and version banners can still tell an attacker which software and versions to target.",
      mitigations: [
        "Strip version details and stack traces from responses.",
        "Keep secrets out of environment variables and configuration that the process can print or expose.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-D-01",
    scope: "element",
    target: { types: ["process"] },
    when: all(is("element", "rateLimited", "no"), is("element", "reachableFromInternet", "yes")),
    categories: { stride: ["D"] },
    likelihood: 4,
    impact: 3,
    text: {
      title: "{element} can be flooded from the internet",
      description:
        "Requests from the internet can reach this process, and nothing limits how many it accepts. A burst of traffic, or a few very expensive requests, can exhaust it and deny service to everyone.",
      mitigations: [
        "Rate-limit and size-limit requests per client, here or at the gateway in front.",
        "Set timeouts and concurrency limits so one slow or heavy request cannot hold its capacity.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-D-02",
    scope: "element",
    target: { types: ["process"] },
    when: all(is("element", "rateLimited", "no"), known("element", "reachableFromInternet", "no")),
    categories: { stride: ["D"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "A single internal caller can exhaust {element}",
      description:
        "This process is internal and has no rate limit or quota. A misbehaving or compromised caller, or a retry storm, can take all of its capacity.",
      mitigations: [
        "Give callers quotas or fair-share queues, and apply back-pressure instead of unbounded queues.",
        "Use timeouts, retries with backoff and circuit breakers in the callers.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-D-03",
    scope: "element",
    target: { types: ["process"] },
    when: known("element", "rateLimited", "yes"),
    categories: { stride: ["D"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Rate limits on {element} leave capacity and dependencies exposed",
      description:
        "This process is rate limited. Requests that are each allowed but costly, or the failure of something it depends on, can still stop it.",
      mitigations: [
        "Limit by cost (payload size, processing time), not only by request count.",
        "Plan capacity with headroom and decide how the process degrades when a dependency is down.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-E-01",
    scope: "element",
    target: { types: ["process"] },
    when: is("element", "executesInputCode", "yes"),
    categories: { stride: ["E", "T"] },
    references: { atlas: ["AML.T0050"] },
    likelihood: 4,
    impact: 5,
    text: {
      title: "{element} runs code or commands derived from its input",
      description:
        "This process executes something built from what it receives. Whoever controls that input can make it run their own code with all of its permissions.",
      mitigations: [
        "Avoid executing input: map requests to a fixed set of allowed operations instead.",
        "Where execution is the purpose, run it in a throwaway sandbox with no network, no secrets and strict resource limits.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-E-02",
    scope: "element",
    target: { types: ["process"] },
    when: is("element", "runsPrivileged", "yes"),
    categories: { stride: ["E"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "A flaw in {element} hands over elevated privileges",
      description:
        "This process runs with elevated privileges (root, a privileged container, broad cloud roles). Any exploitable bug in it gives the attacker those privileges, not merely control of one service.",
      mitigations: [
        "Run as an unprivileged user in a container without added capabilities and with a read-only file system.",
        "Grant a role with only the permissions actually used, and move privileged steps into a separate, narrow component.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-E-03",
    scope: "element",
    target: { types: ["process"] },
    when: is("element", "authorizesActions", "no"),
    categories: { stride: ["E"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Any caller of {element} can do anything it offers",
      description:
        "This process does not check what each caller is allowed to do. Once past authentication, a caller can use operations and data meant for others or for administrators.",
      mitigations: [
        "Check permissions for every operation, on the server side, against the caller's identity and the object it touches.",
        "Deny by default and test that ordinary callers cannot reach administrative or other tenants' operations.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-PROC-E-04",
    scope: "element",
    target: { types: ["process"] },
    when: all(
      known("element", "runsPrivileged", "no"),
      known("element", "authorizesActions", "yes"),
      known("element", "executesInputCode", "no"),
    ),
    categories: { stride: ["E"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Keep the permissions of {element} minimal as it changes",
      description:
        "This process runs unprivileged, checks what callers may do and does not execute input. Privileges tend to grow with each release; the risk is that they stop matching what it needs.",
      mitigations: [
        "Review roles and permissions at each change, and remove those no longer used.",
        "Cover authorisation in automated tests so a regression fails the build.",
      ],
    },
  },
];
