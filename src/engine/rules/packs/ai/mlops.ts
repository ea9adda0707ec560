import type { RuleInput } from "../../schema";
import {
  all,
  any,
  is,
  kindIn,
  known,
  MODEL_SERVING_KINDS,
  MODEL_STORE_KINDS,
  none,
  not,
  registryBesideArtifactStore,
  some,
} from "./conditions";

/** Pipelines, training infrastructure and the places trained models sit between steps. */
export const MLOPS_RULES: RuleInput[] = [
  {
    id: "AI-DEPLOY-01",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "mlops.unauthenticatedTrigger",
    supersedes: ["crossing.unauthenticated", "process.unauthenticatedCallers"],
    when: all(is("target", "mlKind", "deployment-pipeline"), is("flow", "authenticated", "no")),
    categories: { stride: ["S", "T", "E"] },
    chartException:
      "Spoofing and elevation are rated on the interaction because an unauthenticated trigger makes the pipeline act with its own deployment rights.",
    references: {
      atlas: ["AML.T0018", "AML.M0013", "AML.M0005"],
      owasp: ["ML06:2023"],
      dasf: ["DASF-12.4@2.0"],
      cosai: ["cosai:riskModelDeploymentTampering"],
      aiExchange: ["owaspai:devmodelpoison"],
      maestro: ["L4"],
    },
    likelihood: 4,
    impact: 5,
    text: {
      title: "Anyone who can reach {target} can trigger a model deployment over {flow}",
      description:
        "{target} acts on requests arriving over {flow} without authenticating {source}. A forged call can roll out a model version of the attacker's choosing (an old, vulnerable one or a planted one) or redeploy repeatedly to disrupt serving, using the pipeline's own deployment permissions.",
      mitigations: [
        "Authenticate {flow}: sign the webhook payload with a shared secret (HMAC) or use mutual TLS, and reject unsigned or stale requests in {target}.",
        "Treat the trigger as a hint only: have {target} read the version to deploy from {source}'s authenticated API and check its signature and approval status.",
        "Alert on deployments that do not match an approved change in the registry.",
      ],
    },
  },
  {
    id: "AI-DEPLOY-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "mlops.noVerificationGate",
    supersedes: ["process.unvalidatedInput"],
    target: { types: ["process"], mlKinds: ["deployment-pipeline"] },
    when: all(
      is("element", "validatesInput", "no"),
      some({
        from: "downstream",
        of: "element",
        hops: 1,
        target: { mlKinds: [...MODEL_SERVING_KINDS] },
      }),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0018", "AML.M0008", "AML.M0014"],
      owasp: ["ML10:2023"],
      dasf: ["DASF-8.3@2.0"],
      cosai: ["cosai:riskModelDeploymentTampering"],
      aiExchange: ["owaspai:devmodelpoison"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} pushes models to {other} without a verification gate",
      description:
        "{element} rolls models out to {other} without checking them first. A tampered, backdoored or simply broken model reaches production as soon as it is promoted, with nothing to stop it.",
      mitigations: [
        "Add a gate in {element}: verify the model's signature, run the evaluation suite (accuracy, safety, known trigger tests) and compare with the live version before rollout.",
        "Roll out from {element} gradually (canary) with automatic rollback on metric regressions in {other}.",
      ],
    },
  },
  {
    id: "AI-TRAINCRED-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "mlops.trainingBlastRadius",
    target: { types: ["process"], mlKinds: ["training-job"] },
    when: any(
      is("element", "runsPrivileged", "yes"),
      some({
        from: "neighbours",
        of: "element",
        target: { types: ["dataStore"] },
        where: is("other", "storesCredentials", "yes"),
      }),
    ),
    categories: { stride: ["E", "I"] },
    references: {
      atlas: ["AML.T0055", "AML.T0012", "AML.M0005"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} holds credentials far beyond what training needs",
      description:
        "{element} runs with elevated privileges or is wired to a store of credentials. Training runs third-party packages, notebooks and model files; if any of them is malicious it inherits those rights and can read other datasets, overwrite models in the registry or move into production.",
      mitigations: [
        "Give each run of {element} its own short-lived identity with read access to its input data and write access to its output location only.",
        "Remove long-lived secrets from anything {element} can read; fetch the few it needs from a secrets manager at start-up.",
        "Run {element} unprivileged on isolated nodes, with outbound network limited to the package mirror and the data it needs.",
      ],
    },
  },
  {
    id: "AI-EXPTRACK-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "mlops.openExperimentTracker",
    supersedes: ["process.unauthenticatedCallers"],
    target: { types: ["process"], mlKinds: ["experiment-tracker"] },
    when: is("element", "authenticatesCallers", "no"),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0007", "AML.T0035", "AML.M0005"],
      owasp: ["ML05:2023"],
      dasf: ["DASF-5.3@2.0", "DASF-7.2@2.0"],
      cosai: ["cosai:riskModelExfiltration"],
      aiExchange: ["owaspai:devmodelleak", "owaspai:devcodeleak"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "{element} exposes experiments, datasets and model artifacts to unchecked callers",
      description:
        "{element} stores run parameters, metrics, dataset references and often the model files themselves, and it does not check who is asking. Anyone who reaches it can browse the design of your models, download trained weights or learn where training data lives.",
      mitigations: [
        "Put {element} behind single sign-on and grant access per project.",
        "Keep {element} off the internet; reach it only through the internal network or a VPN.",
        "Store model files in the artifact store with its own access control and keep only references in {element}.",
      ],
    },
  },
  {
    id: "AI-THEFT-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.theftAtRest",
    supersedes: ["store.unencrypted", "model.exfiltration"],
    target: { types: ["dataStore"], mlKinds: [...MODEL_STORE_KINDS] },
    when: is("element", "encryptedAtRest", "no"),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0035", "AML.T0025", "AML.T0048.004", "AML.M0012", "AML.M0005"],
      owasp: ["ML05:2023"],
      dasf: ["DASF-7.2@2.0", "DASF-8.2@2.0"],
      cosai: ["cosai:riskModelExfiltration"],
      aiExchange: ["owaspai:devmodelleak", "owaspai:runtimemodelleak"],
      maestro: ["L1", "L4"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Trained models in {element} are stored unencrypted",
      description:
        "{element} keeps model weights without encryption at rest. A leaked snapshot, a misconfigured bucket or a stolen backup hands over the model itself, the most expensive artifact of the project, ready to run or to study for attacks.",
      mitigations: [
        "Encrypt {element} and its backups at rest with customer-managed keys, and restrict key use to the identities that load models.",
        "Block public access to {element} at the account level and alert on policy changes.",
      ],
    },
  },
  {
    id: "AI-THEFT-03",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.exfiltration",
    target: { types: ["dataStore"], mlKinds: [...MODEL_STORE_KINDS] },
    // Open-weights models are published on purpose: copying them is no loss. A registry next to
    // an artifact store usually holds only metadata: the weights are said once, where they are.
    when: all(
      not(known("element", "classification", "public")),
      not(known("element", "provenance", "publicHub")),
      not(registryBesideArtifactStore),
    ),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0035", "AML.T0007", "AML.T0025", "AML.M0005", "AML.M0012"],
      owasp: ["ML05:2023"],
      dasf: ["DASF-7.2@2.0", "DASF-8.2@2.0"],
      cosai: ["cosai:riskModelExfiltration"],
      aiExchange: ["owaspai:devmodelleak", "owaspai:runtimemodelleak"],
      maestro: ["L1", "L4"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "The trained model in {element} can be copied by whoever can read the storage",
      description:
        "{element} holds the trained model files, the result of the data, compute and tuning that went into the project, and for a decision model a map of how to evade it. Encryption at rest does not stop an identity that may read it: a compromised pipeline credential, an over-broad role or an insider can download the model and run or study it elsewhere, and nothing is taken away that anyone would notice.",
      mitigations: [
        "Let only the identities that train, promote and load models read {element}, each limited to the models it needs.",
        "Log every read of {element} and alert on downloads by unexpected identities or in bulk.",
        "Keep copies out of laptops and notebooks: pull models by reference in the pipeline, not by hand.",
      ],
    },
  },
  {
    id: "AI-THEFT-02",
    revision: 1,
    pack: "ai",
    scope: "crossing",
    rootCause: "model.theftInTransit",
    supersedes: ["flow.clearText"],
    when: all(
      // Sources that ship weights themselves (a registry's own flows are often only metadata).
      kindIn("source", ["model-artifact-store", "deployment-pipeline", "training-job"]),
      is("flow", "encryptedInTransit", "no"),
    ),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0035", "AML.T0025", "AML.T0048.004", "AML.M0012"],
      owasp: ["ML05:2023"],
      cosai: ["cosai:riskModelExfiltration"],
      aiExchange: ["owaspai:devmodelleak"],
      maestro: ["L1", "L4"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Model files leave {source} unencrypted across {boundary}",
      description:
        "{flow} carries model files or deployment payloads from {source} to {target} across {boundary} without encryption. Anyone able to observe traffic on that path can copy the weights.",
      mitigations: [
        "Use TLS with certificate validation on {flow}, or mutual TLS between {source} and {target}.",
        "Encrypt model files with a key released only to {target} so a copied file is useless on its own.",
      ],
    },
  },
  {
    id: "AI-REPRO-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "mlops.untrackedTraining",
    target: { types: ["process"], mlKinds: ["training-job"] },
    when: all(
      // Where its models go first: {other} names it.
      some({
        from: "downstream",
        of: "element",
        hops: 2,
        target: { mlKinds: ["model-artifact-store", ...MODEL_SERVING_KINDS] },
      }),
      // Nowhere in the diagram: the text says so.
      none({ from: "model", target: { mlKinds: ["experiment-tracker", "model-registry"] } }),
    ),
    categories: { stride: ["R"] },
    references: {
      atlas: ["AML.M0023", "AML.M0025"],
      owasp: ["ML10:2023"],
      dasf: ["DASF-5.1@2.0"],
      maestro: ["L2", "L5"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Nothing records which data, code and settings produced the models {element} trains",
      description:
        "{element} produces models that reach {other}, and no experiment tracker or model registry in the diagram records, for each model, the dataset version, code commit, parameters and results it came from. When a model misbehaves or a dataset turns out to be poisoned, nobody can tell which models are affected, rebuild a known-good one, or show what was deployed.",
      mitigations: [
        "Record every training run of {element} in an experiment tracker: dataset version and hash, code commit, container image, parameters and evaluation results.",
        "Register each model that reaches {other} with a link to the run that produced it, and deploy only registered versions.",
      ],
    },
  },
];
