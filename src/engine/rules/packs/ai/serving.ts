import type { Condition, RuleInput } from "../../schema";
import {
  all,
  any,
  fedByOutsiders,
  is,
  isIn,
  kindIn,
  known,
  MODEL_ANSWERING_KINDS,
  MODEL_SERVING_KINDS,
  none,
  reachedByOutsiders,
  some,
} from "./conditions";

/** Training data a model learned from, up to four flows upstream of where it is served. */
const TRAINING_DATA_KINDS = ["training-data-store", "feature-store"] as const;

/** The bound store feeds a training job: it is training data, not only what serving reads. */
const otherTrainsAModel: Condition = some({
  from: "downstream",
  of: "other",
  hops: 2,
  target: { mlKinds: ["training-job"] },
});

/**
 * People or parties outside the serving team who see its answers: at most one component (a
 * gateway, an application) between them and the model. Further away, what reaches them is the
 * components' own decision built from the score, not the model's output.
 */
const answersReachAParty: Condition = some({
  from: "upstream",
  of: "element",
  hops: 2,
  target: { types: ["externalEntity"] },
  where: isIn("other", "audience", ["anonymous", "customers", "partners", "employees"]),
});

/** Some training data store, up to 4 flows upstream of the served model, matches `where`. */
const trainingDataUpstream = (where: Condition): Condition =>
  some({
    from: "upstream",
    of: "element",
    hops: 4,
    target: { mlKinds: [...TRAINING_DATA_KINDS] },
    where,
  });

/** What can be learned from, or done to, a model once callers can query it; and how it is hosted. */
export const SERVING_RULES: RuleInput[] = [
  {
    id: "AI-EXTRACT-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.extraction",
    claims: ["outsiderAccess"],
    target: { types: ["process"], mlKinds: [...MODEL_SERVING_KINDS] },
    when: reachedByOutsiders,
    categories: { stride: ["I"] },
    references: {
      atlas: [
        "AML.T0024.002",
        "AML.T0040",
        "AML.T0005.001",
        "AML.T0013",
        "AML.T0014",
        "AML.M0004",
        "AML.M0002",
        "AML.M0024",
      ],
      owasp: ["ML05:2023"],
      dasf: [
        "DASF-8.2@2.0",
        "DASF-9.11@2.0",
        "DASF-10.5@2.0",
        "DASF-9.6@2.0",
        "DASF-10.3@2.0",
        "DASF-10.4@2.0",
      ],
      cosai: ["cosai:riskModelReverseEngineering"],
      aiExchange: ["owaspai:modelexfiltration"],
      nist: ["NISTAML.031"],
      maestro: ["L1"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "The model behind {element} can be copied by querying it",
      description:
        "{element} answers {exposure}. Authentication does not stop this: by sending many chosen inputs and recording the outputs, any caller can train a substitute that reproduces much of the model's behaviour, taking the value of the training investment and giving them a proxy to craft attacks offline. The same queries reveal what the model is (its family, the classes or labels it knows), which tells an attacker which known attacks to try.",
      mitigations: [
        "Size per-client query quotas for {element} to legitimate use rather than to capacity (a limit that only protects availability is far above what extraction needs), and alert when a client approaches them or spreads its queries across many keys.",
        "Return only what callers need from {element}: the label or top result rather than full score vectors or token log-probabilities.",
        "Log per-client query volume and input diversity for {element}, and review clients whose queries look like systematic coverage of the input space.",
        "Make the terms of use forbid training on outputs and consider watermarking outputs so a copied model can be recognised.",
      ],
    },
  },
  {
    id: "AI-DOS-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.resourceExhaustion",
    supersedes: ["process.unlimitedRequests"],
    claims: ["outsiderAccess", "unlimitedAccess"],
    target: { types: ["process"], mlKinds: [...MODEL_ANSWERING_KINDS] },
    when: all(is("element", "publicUnlimitedReach", "yes"), is("element", "rateLimited", "no")),
    categories: { stride: ["D"] },
    references: {
      atlas: ["AML.T0034", "AML.T0034.000", "AML.T0034.001", "AML.T0029", "AML.M0004", "AML.M0019"],
      owasp: ["LLM10:2025", "LLM06:2026"],
      dasf: ["DASF-9.7@2.0"],
      cosai: ["cosai:riskDenialOfMLService", "cosai:riskEconomicDenialOfWallet"],
      aiExchange: ["owaspai:airesourceexhaustion"],
      nist: ["NISTAML.01", "NISTAML.014"],
      maestro: ["L4"],
    },
    likelihood: 4,
    impact: 3,
    text: {
      title: "Nothing limits how much compute outsiders can consume on {element}",
      description:
        "{element} answers {exposure}, and neither it nor anything in front of it limits request rate or size. A caller can flood it, or send few but maximal requests (the largest inputs, the longest outputs, the most expensive options), exhausting its accelerators for everyone else and running up the bill.",
      mitigations: [
        "Add per-client rate limits and token or compute quotas in front of {element}, with a global ceiling on concurrent requests.",
        "Cap input size and output size per request on {element} and, where it runs steps or tool calls, their number.",
        "Alert on spend and queue depth for {element} and shed load from the heaviest clients first.",
      ],
    },
  },
  {
    id: "AI-MEMBER-01",
    revision: 2,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: [...MODEL_SERVING_KINDS] },
    rootCause: "model.membershipInference",
    // Partners and staff who query it are other parties to the people in the data too.
    when: all(
      any(reachedByOutsiders, is("element", "insiderReach", "yes")),
      trainingDataUpstream(all(is("other", "containsPersonalData", "yes"), otherTrainsAModel)),
      answersReachAParty,
    ),
    categories: { stride: ["I"], linddun: ["D", "I"] },
    references: {
      atlas: ["AML.T0024.000", "AML.M0002", "AML.M0004"],
      owasp: ["ML04:2023"],
      dasf: ["DASF-9.5@2.0"],
      cosai: ["cosai:riskSensitiveDataDisclosure"],
      aiExchange: ["owaspai:modelinversionandmembership"],
      nist: ["NISTAML.033"],
      maestro: ["L1"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Callers of {element} can tell whether a person's record was in {other}",
      description:
        "{element} answers {exposure} and serves a model trained on personal data held in {other}. Models tend to be more confident on records they were trained on, so comparing outputs for a known person's record with outputs for similar records reveals whether that person is in the training set, which alone can be sensitive (a patient list, a fraud list).",
      mitigations: [
        "Train the model served by {element} with differential privacy or strong regularisation, and measure membership-inference advantage before release.",
        "Return labels or rounded scores from {element} instead of raw confidences.",
        "Remove or pseudonymise direct identifiers in {other} and drop fields the model does not need.",
      ],
    },
  },
  {
    id: "AI-INVERT-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: [...MODEL_SERVING_KINDS] },
    rootCause: "model.inversion",
    claims: ["outsiderAccess"],
    when: all(
      reachedByOutsiders,
      trainingDataUpstream(isIn("other", "classification", ["confidential", "restricted"])),
    ),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0024.001", "AML.M0002", "AML.M0004"],
      owasp: ["ML03:2023"],
      dasf: ["DASF-8.4@2.0", "DASF-9.2@2.0"],
      cosai: ["cosai:riskSensitiveDataDisclosure"],
      aiExchange: ["owaspai:modelinversionandmembership"],
      nist: ["NISTAML.032"],
      maestro: ["L1"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Confidential training data in {other} can be reconstructed through {element}",
      description:
        "{element} answers {exposure} with a model trained on confidential data from {other}. By optimising inputs against the model's outputs, an attacker can recover representative training examples or sensitive attributes of individuals (a face for a name, a diagnosis for a profile).",
      mitigations: [
        "Return the minimum from {element}: no full probability vectors, no embeddings, no gradients.",
        "Train with differential privacy or with sensitive attributes removed when the task does not need them.",
        "Throttle and monitor repeated near-identical queries to {element} that probe one class or one identity.",
      ],
    },
  },
  {
    id: "AI-EVADE-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.evasion",
    target: { types: ["process"], mlKinds: ["inference-endpoint", "embedding-model"] },
    // Those who want another answer shape its inputs: outside callers, or the people a
    // decision is about (their transactions, claims, applications), whoever submits them.
    when: any(reachedByOutsiders, known("element", "decidesAboutPeople", "yes")),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0015", "AML.T0043", "AML.M0015", "AML.M0003", "AML.M0006"],
      owasp: ["ML01:2023"],
      dasf: ["DASF-10.5@2.0"],
      cosai: ["cosai:riskModelEvasion"],
      aiExchange: ["owaspai:zeroknowledgeevasion", "owaspai:transferattack"],
      nist: ["NISTAML.022", "NISTAML.025"],
      maestro: ["L1"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Crafted inputs can make {element} return the answer an attacker wants",
      description:
        "Whoever wants a different answer from {element} can shape what it is given: its callers, or the people its decisions are about. Deliberate changes that look ordinary (a transaction split to look routine, a claim worded to pass, an image with a few altered pixels), found by probing where the decision boundary lies, can flip the result while every request stays well-formed.",
      mitigations: [
        "Harden the model behind {element} with adversarial training on perturbations relevant to its input type, and test its robustness before each release.",
        "Add input preprocessing that removes small perturbations (re-encoding, quantisation, denoising) before inference, and flag inputs whose prediction changes under it.",
        "Do not let a single score from {element} make a high-impact decision on its own: combine it with rules, other models or human review.",
      ],
    },
  },
  {
    id: "AI-OUTINT-01",
    revision: 1,
    pack: "ai",
    scope: "crossing",
    rootCause: "model.outputIntegrity",
    supersedes: ["flow.clearText"],
    target: { mlKinds: [...MODEL_ANSWERING_KINDS] },
    when: all(
      // Outputs go to whoever acts on them: a process or an outside party (logs are another rule).
      any(
        all(
          kindIn("source", MODEL_ANSWERING_KINDS),
          isIn("target", "type", ["process", "externalEntity"]),
        ),
        all(is("flow", "bidirectional", true), kindIn("target", MODEL_ANSWERING_KINDS)),
      ),
      is("flow", "integrityVerified", "no"),
      is("flow", "encryptedInTransit", "no"),
    ),
    categories: { stride: ["T"] },
    references: {
      owasp: ["ML09:2023"],
      dasf: ["DASF-10.2@2.0"],
      maestro: ["L4"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Model outputs on {flow} can be altered as they cross {boundary}",
      description:
        "Predictions or completions cross {boundary} on {flow} in clear text and without any integrity check. Anyone positioned on that path can change a decision (approve instead of reject) or inject content into a response, and the receiver has no way to tell.",
      mitigations: [
        "Protect {flow} end to end with TLS with certificate validation, or mutual TLS between {source} and {target}.",
        "For decisions that drive actions, sign the model output with the serving identity and verify the signature where it is used.",
      ],
    },
  },
  {
    id: "AI-GPU-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.acceleratorLeak",
    target: { types: ["process"], mlKinds: [...MODEL_SERVING_KINDS, "training-job"] },
    when: all(
      known("element", "usesAccelerator", "yes"),
      is("element", "sharesAccelerator", "yes"),
    ),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0037"],
      cosai: ["cosai:riskAcceleratorAndSystemSideChannels"],
      aiExchange: ["owaspai:runtimemodelleak", "owaspai:inputdataleak"],
      maestro: ["L4"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Data handled on {element} can leak to other tenants sharing its GPUs",
      description:
        "{element} processes its callers' data on GPUs it shares with other tenants' workloads. GPU memory is not always cleared between kernels, processes or containers, so another workload scheduled on the same device (another tenant, a batch job, a compromised sidecar) may read leftover inputs, activations, weights or cached state.",
      mitigations: [
        "Give {element} dedicated GPUs, or hardware partitions (MIG) that isolate memory, rather than time-sliced sharing with other workloads.",
        "Do not co-schedule untrusted or customer-supplied code on the nodes that run {element}, and keep GPU drivers patched against known memory-isolation flaws.",
        "Keep the key-value cache and batching of {element} scoped per tenant so one caller's context is never reused for another.",
      ],
    },
  },
  {
    id: "AI-ESCAPE-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: {
      types: ["process"],
      mlKinds: [...MODEL_SERVING_KINDS, "training-job", "agent-tool"],
    },
    rootCause: "model.hostEscape",
    supersedes: ["process.privilegedAndExposed"],
    when: all(
      is("element", "runsPrivileged", "yes"),
      any(fedByOutsiders, is("element", "executesInputCode", "yes")),
    ),
    categories: { stride: ["E"] },
    references: {
      atlas: ["AML.T0105", "AML.T0049"],
      dasf: ["DASF-9.3@2.0"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "A compromise of {element} escalates to its host through its privileged container",
      description:
        "{element} runs with elevated privileges (a privileged container, host devices, broad capabilities, often to reach accelerators), and it handles input that outsiders influence or code it was given. A bug in the ML stack, a driver or a loaded model file then lets an attacker leave the container and take over the node and every workload on it.",
      mitigations: [
        "Run {element} unprivileged: expose accelerators through the device plugin instead of privileged mode, drop all capabilities and use a read-only root filesystem.",
        "Isolate {element} with a sandboxed runtime (gVisor, Kata) or dedicated nodes so an escape does not reach other workloads.",
        "Keep drivers and the container runtime patched, and block the node's metadata and control-plane endpoints from {element}.",
      ],
    },
  },
  {
    id: "AI-MONITOR-03",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.unmonitored",
    target: { types: ["process"], mlKinds: [...MODEL_ANSWERING_KINDS] },
    when: all(
      any(reachedByOutsiders, known("element", "decidesAboutPeople", "yes")),
      none({ from: "downstream", hops: 2, target: { mlKinds: ["monitoring"] } }),
      none({ from: "upstream", hops: 1, target: { mlKinds: ["monitoring"] } }),
    ),
    categories: { stride: ["R"] },
    replaces: [{ rule: "AI-MONITOR-01", on: "model" }],
    references: {
      atlas: ["AML.M0024"],
      owasp: ["ML08:2023"],
      dasf: ["DASF-10.1@2.0", "DASF-5.2@2.0"],
      maestro: ["L5"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Nothing watches {element} for drift, abuse or extraction",
      description:
        "{element} serves outsiders or decides about people, and no monitoring component in the diagram receives its telemetry. Logs alone are not watched: shifts in what it is asked and what it answers, falling quality, and the query patterns of extraction or abuse would go unnoticed until someone looks.",
      mitigations: [
        "Connect {element} to a monitoring component: input and output distributions, confidence, latency, errors, per-client volume.",
        "Define alert thresholds for drift and for per-client query anomalies, with an owner who responds.",
        "Keep enough request metadata (not full personal content) to reconstruct who queried {element} and when.",
      ],
    },
  },
  {
    id: "AI-MONITOR-02",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "monitoring.forgedSignals",
    supersedes: ["crossing.unauthenticated"],
    when: all(is("target", "mlKind", "monitoring"), is("flow", "authenticated", "no")),
    categories: { stride: ["S", "T"] },
    chartException:
      "Spoofing is rated on the flow because forged telemetry arrives under the identity of the component it claims to come from.",
    references: {
      atlas: ["AML.T0031", "AML.M0024"],
      maestro: ["L5"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Forged signals on {flow} can hide a degrading model from {target}",
      description:
        "{target} accepts metrics and events over {flow} without authenticating {source}. An attacker who is eroding the model (poisoned retraining, evasion at scale) can feed {target} healthy-looking numbers, so alerts on drift or accuracy never fire.",
      mitigations: [
        "Authenticate {source} to {target} on {flow} (mutual TLS or signed metric batches) and drop unauthenticated data points.",
        "Cross-check reported metrics against an independent signal, such as a sample of labelled outcomes collected outside {source}.",
        "Alert when {source} stops reporting or reports values that are implausibly stable.",
      ],
    },
  },
];
