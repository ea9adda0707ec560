import type { RuleInput } from "../../schema";
import {
  ACTING_KINDS,
  all,
  GENERATIVE_KINDS,
  is,
  known,
  MODEL_SERVING_KINDS,
  some,
} from "./conditions";

/**
 * Sharing between tenants: one model instance, one bucket, one feature store or one GPU pool
 * serving several customers or teams whose data and capacity must stay apart.
 */
export const TENANCY_RULES: RuleInput[] = [
  {
    id: "AI-TENANT-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "tenancy.sharedModelContext",
    target: { types: ["process"], mlKinds: [...MODEL_SERVING_KINDS, ...GENERATIVE_KINDS] },
    when: known("element", "multiTenant", "yes"),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0057"],
      owasp: ["LLM02:2025", "LLM02:2026"],
      dasf: ["DASF-10.6@2.0"],
      cosai: ["cosai:riskPromptResponseCachePoisoning", "cosai:riskSensitiveDataDisclosure"],
      aiExchange: ["owaspai:disclosureinoutput", "owaspai:inputdataleak"],
      nist: ["NISTAML.036"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title:
        "One instance of {element} serves several tenants: context, caches and logs can cross between them",
      description:
        "{element} serves more than one tenant from the same instance. Shared caches, batching, session state, retrieval context and request logs are all places where one tenant's data can reach another's results, or poison what another tenant gets back.",
      mitigations: [
        "Scope every cache, session and retrieval filter of {element} by tenant, and never reuse a cached input or result across tenants.",
        "Tag logs and traces of {element} with the tenant and restrict who can read each tenant's records.",
        "Test isolation with canary inputs: what one tenant sends must never appear for another.",
      ],
    },
  },
  {
    // The same root cause as AI-TENANT-01 (one instance, several tenants), which speaks for the
    // merged finding: for an agent with tools, what crosses between tenants includes credentials.
    id: "AI-TENANT-04",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "tenancy.sharedModelContext",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: all(
      // The tools first: {other} names them.
      some({ from: "downstream", of: "element", hops: 1, target: { mlKinds: [...ACTING_KINDS] } }),
      known("element", "multiTenant", "yes"),
    ),
    categories: { stride: ["I", "E"] },
    references: {
      atlas: ["AML.T0055", "AML.T0012"],
      owasp: ["LLM06:2025", "LLM03:2026", "ASI03:2026"],
      agentic: ["AGT-T3@1.1"],
      dasf: ["DASF-13.3@3.0"],
      cosai: ["cosai:riskCrossTenantCredentialPropagation"],
      maestro: ["L3", "L4"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title:
        "{element} calls {other} for several tenants: one tenant's credentials can act for another",
      description:
        "One instance of {element} works for more than one tenant and calls {other} on their behalf. Tokens and sessions it holds for one tenant (in its context, a cache or a connection pool) can be used in another tenant's task, by mistake or because an injected instruction asks for it, and {other} then acts with the wrong tenant's rights.",
      mitigations: [
        "Fetch the credentials {element} uses for {other} per task, for the tenant of that task only, and drop them when the task ends.",
        "Have {other} check that the tenant of each call matches the tenant of its credentials, and refuse when it does not.",
      ],
    },
  },
  {
    id: "AI-TENANT-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "tenancy.sharedStore",
    supersedes: ["store.tampering"],
    target: {
      types: ["dataStore"],
      mlKinds: [
        "training-data-store",
        "feature-store",
        "vector-store",
        "prompt-store",
        "model-artifact-store",
        "model-registry",
      ],
    },
    when: known("element", "multiTenant", "yes"),
    categories: { stride: ["I", "T"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0035"],
      owasp: ["ML05:2023"],
      dasf: ["DASF-1.1@2.0", "DASF-7.2@2.0", "DASF-8.2@2.0"],
      cosai: ["cosai:riskModelExfiltration"],
      aiExchange: ["owaspai:devdataleak", "owaspai:devmodelleak"],
      maestro: ["L2", "L4"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Tenants' data in {element} is kept apart only by access policy",
      description:
        "{element} holds the data or models of several tenants side by side. A single wrong prefix policy, project setting or path check lets one tenant read, copy or overwrite another's datasets, features or fine-tuned weights, and nothing in the storage itself would stop it.",
      mitigations: [
        "Separate tenants in {element} by account, bucket or key (a key per tenant), not only by path or project name.",
        "Give each tenant's workloads credentials that can reach only their own partition, and test that they cannot reach another's.",
        "Alert on any access to a tenant's partition by another tenant's identity.",
      ],
    },
  },
  {
    id: "AI-TENANT-03",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "tenancy.noisyNeighbour",
    target: {
      types: ["process"],
      mlKinds: [...MODEL_SERVING_KINDS, "training-job", "federated-aggregator"],
    },
    when: all(
      known("element", "usesAccelerator", "yes"),
      is("element", "sharesAccelerator", "yes"),
    ),
    categories: { stride: ["D"] },
    references: {
      atlas: ["AML.T0029"],
      owasp: ["LLM10:2025", "LLM06:2026"],
      dasf: ["DASF-9.7@2.0"],
      cosai: ["cosai:riskDenialOfMLService"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Other workloads on the GPUs {element} shares can starve it",
      description:
        "{element} runs on accelerators shared with other workloads (time-sliced or oversubscribed). One tenant's heavy training job or burst of requests takes the compute and memory bandwidth the others need, so latency spikes or jobs fail without anyone attacking the service directly.",
      mitigations: [
        "Reserve capacity for {element} (dedicated GPUs, MIG partitions, quotas per tenant) instead of best-effort time slicing.",
        "Set per-tenant limits on GPU time and memory in the scheduler, and alert on contention.",
      ],
    },
  },
];
