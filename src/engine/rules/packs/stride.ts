import type { RuleInput } from "../schema";
import {
  all,
  any,
  is,
  isIn,
  isNot,
  known,
  knownIn,
  none,
  not,
  SENSITIVE_CLASSES,
  some,
} from "./build";

/**
 * STRIDE per element (frameworks.md chart), in context. Each category a chart cell allows is
 * covered for every in-scope element and flow, split by the property that decides it: a gap
 * fires when the property is "no", asks when it is unknown, and a lower-severity residual
 * finding takes its place once the property is "yes".
 */

type StrideRule = RuleInput & { pack: "stride" };

const base = { revision: 1, pack: "stride" } as const;

const EXTERNAL_ENTITY: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-EE-S-01",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: is("element", "authenticated", "no"),
    categories: { stride: ["S"] },
    likelihood: 4,
    impact: 3,
    text: {
      title: "Anyone can act as {element}",
      description:
        "Nothing checks that requests claiming to come from this party really do. Whoever can reach the system can send data or commands under its name, and everything downstream will treat them as genuine.",
      mitigations: [
        "Authenticate this party on every request: personal sign-in with a second factor for people, mutual TLS or signed short-lived tokens for systems.",
        "Reject requests without a verifiable identity at the first component they reach, before any business logic runs.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-EE-S-02",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: known("element", "authenticated", "yes"),
    categories: { stride: ["S"] },
    references: { atlas: ["AML.T0012"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Stolen credentials of {element} would still be accepted",
      description:
        "This party is authenticated, so an attacker's shortest path is its credentials: a leaked API key, a phished password or a replayed token passes the same check.",
      mitigations: [
        "Issue short-lived, narrowly scoped credentials and rotate any long-lived key on a schedule.",
        "Alert when the identity is used from an unusual place or at an unusual rate, and make revoking it a one-step operation.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-EE-R-01",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: is("element", "authenticated", "no"),
    categories: { stride: ["R"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "What {element} does cannot be tied to anyone",
      description:
        "This party is not authenticated, so no record can say who sent a given request. When something goes wrong, there is no way to show who caused it, and anyone can deny an action that was in fact theirs.",
      mitigations: [
        "Identify the sender before accepting its requests, then record that identity with every action it triggers.",
        "Keep the records where the system they describe cannot edit them.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-EE-R-02",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: known("element", "authenticated", "yes"),
    categories: { stride: ["R"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Keep an attributable record of what {element} does",
      description:
        "This party is authenticated, but an identity check only settles a dispute if the actions it allowed were recorded, with that identity, somewhere they cannot be rewritten.",
      mitigations: [
        "Log each significant action with the acting identity, time and outcome.",
        "Send those records to an append-only store outside the reach of the components they describe.",
      ],
    },
  },
];

const PROCESS: StrideRule[] = [
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

const DATA_STORE: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-STORE-T-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: is("element", "integrityVerified", "no"),
    categories: { stride: ["T"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Records in {element} can be changed without anyone noticing",
      description:
        "Nothing verifies the integrity of this store. Anyone who gains write access, or a buggy writer, can alter its contents, and the components that read it will trust the result.",
      mitigations: [
        "Restrict write access to the components that must write, each with its own credentials.",
        "Sign or checksum what is written and verify it on read, or keep versioned, immutable copies.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-T-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: known("element", "integrityVerified", "yes"),
    categories: { stride: ["T"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Integrity checks on {element} depend on who holds the keys",
      description:
        "The integrity of this store is verified. That only helps while readers really check it and the signing keys or checksums are out of reach of whoever can write the data.",
      mitigations: [
        "Make readers reject data whose check fails, and alert when that happens.",
        "Keep signing keys in a separate key store, away from the writers.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-R-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(is("element", "storesLogs", "yes"), is("element", "integrityVerified", "no")),
    categories: { stride: ["R"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "The logs in {element} can be edited or deleted without trace",
      description:
        "This store holds logs or audit records, and their integrity is not protected. An intruder can remove the traces of what they did, and anyone can dispute records that nothing proves untouched.",
      mitigations: [
        "Make the store append-only for writers (write-once storage, object lock, or a separate log service).",
        "Chain or sign log entries and ship copies to a second location with separate credentials.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-R-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(is("element", "storesLogs", "yes"), known("element", "integrityVerified", "yes")),
    categories: { stride: ["R"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Keep the audit records in {element} complete and retained",
      description:
        "This store holds logs and protects their integrity. They still settle disputes only if every relevant action is logged and kept for as long as it may be questioned.",
      mitigations: [
        "Check that the writing components log identity, action and outcome for every significant action.",
        "Set a retention period that covers investigation and legal needs, and alert when logging stops.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(
      is("element", "encryptedAtRest", "no"),
      any(
        is("element", "containsPersonalData", "yes"),
        isIn("element", "classification", SENSITIVE_CLASSES),
      ),
    ),
    categories: { stride: ["I"] },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Sensitive data in {element} is stored in the clear",
      description:
        "This store holds personal or confidential data and is not encrypted at rest. A copied disk, snapshot or backup, or direct access to the storage layer, exposes all of it.",
      mitigations: [
        "Encrypt at rest with keys held in a key management service, separately from the data.",
        "Encrypt its backups and snapshots too, and restrict who can read the keys.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: all(
      is("element", "encryptedAtRest", "no"),
      not(
        any(
          known("element", "containsPersonalData", "yes"),
          knownIn("element", "classification", SENSITIVE_CLASSES),
        ),
      ),
    ),
    categories: { stride: ["I"] },
    likelihood: 2,
    impact: 3,
    text: {
      title: "{element} is not encrypted at rest",
      description:
        "This store is not encrypted at rest. Copies of its disks, snapshots or backups can be read by anyone who gets hold of them.",
      mitigations: [
        "Turn on encryption at rest for the store and its backups.",
        "Record how sensitive the stored data is, so its protection can be judged.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-03",
    scope: "element",
    target: { types: ["dataStore"] },
    when: known("element", "encryptedAtRest", "yes"),
    categories: { stride: ["I"] },
    likelihood: 2,
    impact: 2,
    text: {
      title: "Encryption at rest does not stop readers of {element}",
      description:
        "This store is encrypted at rest, which protects lost disks and backups. Anyone with a valid account, or a compromised service that can query it, still reads everything in plain form.",
      mitigations: [
        "Grant read access per component and per purpose, and review it regularly.",
        "Log reads and alert on bulk exports.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-I-04",
    scope: "element",
    target: { types: ["dataStore"] },
    when: is("element", "storesCredentials", "yes"),
    categories: { stride: ["I"] },
    references: { atlas: ["AML.T0055"] },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Secrets kept in {element} open doors to other systems",
      description:
        "This store keeps credentials or secrets. Whoever reads it gains access not only to this data but to every system those secrets unlock.",
      mitigations: [
        "Move the secrets to a dedicated secrets manager, and store references instead.",
        "Hash passwords with a slow, salted algorithm, and make every stored key short-lived and easy to rotate.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-D-01",
    scope: "element",
    target: { types: ["dataStore"] },
    when: is("element", "reachableFromInternet", "yes"),
    categories: { stride: ["D"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Traffic from the internet can fill or lock {element}",
      description:
        "Data that starts on the internet reaches this store within a couple of hops. Floods of writes, oversized records or expensive queries can exhaust its storage or connections.",
      mitigations: [
        "Bound record sizes and write rates, and set quotas per writer.",
        "Monitor capacity and alert well before it runs out.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-STORE-D-02",
    scope: "element",
    target: { types: ["dataStore"] },
    when: known("element", "reachableFromInternet", "no"),
    categories: { stride: ["D"] },
    likelihood: 1,
    impact: 4,
    text: {
      title: "Losing {element} stops everything that depends on it",
      description:
        "This store is internal, but its deletion, corruption or an outage would stop the components that read it.",
      mitigations: [
        "Back up the store, keep a copy under separate credentials, and test restoring it.",
        "Protect it against accidental deletion (deletion protection, soft delete).",
      ],
    },
  },
];

const FLOW: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-FLOW-T-01",
    scope: "element",
    target: { types: ["flow"] },
    when: all(is("element", "encryptedInTransit", "no"), is("element", "integrityVerified", "no")),
    categories: { stride: ["T"] },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Data on {flow} can be altered on the way to {target}",
      description:
        "This flow is neither encrypted nor integrity-protected. Anyone on the network path between its ends can change the data, and the receiver cannot tell.",
      mitigations: [
        "Carry the flow over TLS (mutual TLS between services) so the channel protects integrity.",
        "For data that must stay trustworthy beyond the channel, sign it at the sender and verify it at the receiver.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-T-02",
    scope: "element",
    target: { types: ["flow"] },
    when: any(
      known("element", "encryptedInTransit", "yes"),
      known("element", "integrityVerified", "yes"),
    ),
    categories: { stride: ["T"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Protection of {flow} ends where its channel ends",
      description:
        "This flow is protected in transit. Proxies and load balancers that terminate the connection see and could change the data; protection resumes only on the next leg.",
      mitigations: [
        "List where the connection is terminated and make sure each hop re-encrypts.",
        "Sign payloads end to end when the receiver must trust data that crosses intermediaries.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-I-01",
    scope: "element",
    target: { types: ["flow"] },
    when: all(
      is("element", "encryptedInTransit", "no"),
      any(
        is("element", "carriesPersonalData", "yes"),
        isIn("element", "classification", SENSITIVE_CLASSES),
      ),
    ),
    categories: { stride: ["I"] },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Sensitive data on {flow} travels unencrypted",
      description:
        "This flow carries personal or confidential data without encryption. Anyone who can observe the network between its ends, including another tenant or a compromised host, can read it.",
      mitigations: [
        "Encrypt with TLS 1.2 or later, with certificate validation; use mutual TLS between services.",
        "Send only the fields the receiver needs, so less is exposed if a channel fails.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-I-02",
    scope: "element",
    target: { types: ["flow"] },
    when: all(
      is("element", "encryptedInTransit", "no"),
      not(
        any(
          known("element", "carriesPersonalData", "yes"),
          knownIn("element", "classification", SENSITIVE_CLASSES),
        ),
      ),
    ),
    categories: { stride: ["I"] },
    likelihood: 3,
    impact: 2,
    text: {
      title: "{flow} travels in clear text",
      description:
        "This flow is not encrypted. Tokens, identifiers or internal details in it can be read by anyone who can observe the network between its ends.",
      mitigations: [
        "Encrypt the flow with TLS and validate certificates.",
        "Record what the flow carries and how sensitive it is, so its protection can be judged.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-I-03",
    scope: "element",
    target: { types: ["flow"] },
    when: known("element", "encryptedInTransit", "yes"),
    categories: { stride: ["I"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "Check how {flow} is encrypted",
      description:
        "This flow is encrypted in transit. It stays private only if old protocol versions are refused, certificates are validated, and the data is not logged in clear where the connection is terminated.",
      mitigations: [
        "Refuse protocol versions below TLS 1.2 and validate certificates (never disable verification).",
        "Keep the payload out of access logs at proxies and gateways.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-D-01",
    scope: "element",
    target: { types: ["flow"] },
    when: any(is("source", "type", "externalEntity"), is("source", "reachableFromInternet", "yes")),
    categories: { stride: ["D"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "{flow} can be flooded or cut off from outside",
      description:
        "This flow starts outside the system or at a component reachable from the internet. Volume sent along it, or disruption of the network path, can starve the receiver.",
      mitigations: [
        "Rate-limit and size-limit what the receiver accepts on this flow.",
        "Put the entry point behind infrastructure that absorbs volumetric attacks, and set timeouts.",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-FLOW-D-02",
    scope: "element",
    target: { types: ["flow"] },
    when: all(
      isNot("source", "type", "externalEntity"),
      known("source", "reachableFromInternet", "no"),
    ),
    categories: { stride: ["D"] },
    likelihood: 1,
    impact: 3,
    text: {
      title: "If {flow} stops, {target} goes without",
      description:
        "This flow is internal. A network fault, a full queue or a failure at the sender interrupts it, and the receiver has to cope without that data.",
      mitigations: [
        "Decide what the receiver does when the data is delayed or missing (retry, queue, degrade) and test it.",
        "Monitor the flow for gaps and backlog.",
      ],
    },
  },
];

const TRUST_BOUNDARY_CROSSINGS: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-CROSS-S-01",
    scope: "crossing",
    when: all(is("flow", "trustDirection", "up"), is("flow", "authenticated", "no")),
    categories: { stride: ["S"] },
    chartException:
      "Spoofing is judged per interaction, as the Microsoft tool does at boundary crossings: an unauthenticated flow entering a more trusted zone lets anyone pose as its source.",
    likelihood: 4,
    impact: 4,
    text: {
      title: "{flow} enters {boundary} from a less trusted zone without authentication",
      description:
        "{flow} moves from {source} into {boundary}, a more trusted zone, and is not authenticated. Anything that can send on this path can pose as {source} to {target}.",
      mitigations: [
        "Authenticate the flow at the crossing: mutual TLS, or signed tokens the receiver verifies.",
        "Allow only the intended sender to reach the receiver through the boundary (network policy, allow-lists).",
      ],
    },
  },
  {
    ...base,
    id: "STRIDE-CROSS-S-02",
    scope: "crossing",
    when: all(isIn("flow", "trustDirection", ["level", "down"]), is("flow", "authenticated", "no")),
    categories: { stride: ["S"] },
    chartException:
      "Spoofing is judged per interaction at boundary crossings: a flow between zones that does not authenticate lets a compromise in one zone pose as the sender.",
    likelihood: 3,
    impact: 3,
    text: {
      title: "{flow} crosses a trust boundary ({boundary}) without authentication",
      description:
        "{flow} goes from {source} to {target} in another zone that is no more trusted, and is not authenticated. Anyone with a foothold on the path or in either zone can forge what {target} receives in the name of {source}.",
      mitigations: [
        "Authenticate the flow: mutual TLS, or a signature the receiver verifies.",
        "Restrict which components can reach the receiver across the boundary.",
      ],
    },
  },
];

const MODEL: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-MODEL-01",
    scope: "model",
    when: all({ modelFact: "elementCount", gte: 2 }, { modelFact: "boundaryCount", is: 0 }),
    categories: { stride: ["S", "E"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "No trust boundary is drawn",
      description:
        "The model has several elements but no trust boundary, so it cannot show where data moves between levels of trust. The checks that run at crossings, such as authentication of data entering a more trusted zone, have nothing to run on.",
      mitigations: [
        "Draw trust boundaries around the zones of the system (internet, gateway, serving, training, data, control plane) and set their trust levels.",
      ],
    },
  },
];

export const STRIDE_RULES: StrideRule[] = [
  ...EXTERNAL_ENTITY,
  ...PROCESS,
  ...DATA_STORE,
  ...FLOW,
  ...TRUST_BOUNDARY_CROSSINGS,
  ...MODEL,
];
