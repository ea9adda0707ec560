/**
 * Technologies as evidence: the tags users already type (a flow's protocol, an element's
 * technologies) imply some properties. "HTTPS" answers "encrypted in transit"; "SSE-KMS" answers
 * "encrypted at rest"; "safetensors" says which model format a store holds. An inference never
 * overrides an explicit answer, and the engine never reads names of elements: only these fields.
 *
 * Each entry lists the spellings it matches (compared after `normalizeTag`) and what it implies,
 * per kind of item. Where two tags imply different values for one property, "yes" wins over
 * "no" (a plain "HTTP" health check next to "HTTPS" does not make the flow clear text), and
 * otherwise the entry listed first wins (pickle before safetensors: a store tagged with both
 * holds files that run code when loaded).
 */

export type EvidenceTarget = "flow" | "process" | "dataStore";

export interface TechnologyImplication {
  on: EvidenceTarget;
  props: Readonly<Record<string, string>>;
}

export interface Technology {
  /** Display name used in "inferred from …". */
  label: string;
  /** Normalised spellings (see normalizeTag). */
  aliases: readonly string[];
  implies: readonly TechnologyImplication[];
}

const onFlow = (props: Record<string, string>): TechnologyImplication => ({ on: "flow", props });
const onStore = (props: Record<string, string>): TechnologyImplication => ({
  on: "dataStore",
  props,
});
const onProcess = (props: Record<string, string>): TechnologyImplication => ({
  on: "process",
  props,
});

const ENCRYPTED = { encryptedInTransit: "yes" };
const CLEAR = { encryptedInTransit: "no" };

export const TECHNOLOGIES: readonly Technology[] = [
  // ---- transport: authentication and encryption ----
  {
    label: "mTLS",
    aliases: ["mtls", "mutual tls", "mutual-tls", "tls client certificates", "spiffe", "spire"],
    implies: [
      onFlow({ encryptedInTransit: "yes", authenticated: "yes", integrityVerified: "yes" }),
    ],
  },
  {
    label: "AWS SigV4",
    aliases: ["sigv4", "aws sigv4", "aws signature v4", "aws iam auth"],
    implies: [onFlow({ authenticated: "yes", integrityVerified: "yes" })],
  },
  {
    label: "HMAC-signed requests",
    aliases: ["hmac", "hmac signed", "signed webhook", "webhook signature", "http signatures"],
    implies: [onFlow({ authenticated: "yes", integrityVerified: "yes" })],
  },
  {
    label: "HTTPS",
    aliases: ["https", "http/2 tls", "h2", "http over tls"],
    implies: [onFlow({ ...ENCRYPTED, integrityVerified: "yes" })],
  },
  {
    label: "TLS",
    aliases: ["tls", "tls 1.2", "tls 1.3", "tls1.2", "tls1.3", "ssl", "grpcs", "grpc tls"],
    implies: [onFlow({ ...ENCRYPTED, integrityVerified: "yes" })],
  },
  {
    label: "encrypted tunnel",
    aliases: [
      "wss",
      "sftp",
      "ssh",
      "scp",
      "ipsec",
      "wireguard",
      "vpn",
      "privatelink",
      "mqtts",
      "amqps",
      "ldaps",
      "smtps",
    ],
    implies: [onFlow({ ...ENCRYPTED, integrityVerified: "yes" })],
  },
  {
    label: "Kafka over TLS",
    aliases: ["kafka tls", "kafka ssl", "kafka sasl ssl", "sasl_ssl"],
    implies: [onFlow({ ...ENCRYPTED, authenticated: "yes" })],
  },
  {
    label: "OAuth 2.0 / OIDC tokens",
    aliases: ["oauth", "oauth2", "oauth 2.0", "oidc", "openid connect", "jwt", "bearer token"],
    implies: [onFlow({ authenticated: "yes" }), onProcess({ authenticatesCallers: "yes" })],
  },
  {
    label: "API keys",
    aliases: ["api key", "api keys", "apikey"],
    implies: [onFlow({ authenticated: "yes" }), onProcess({ authenticatesCallers: "yes" })],
  },
  {
    label: "plain HTTP",
    aliases: ["http", "http/1.1", "plain http"],
    implies: [onFlow(CLEAR)],
  },
  {
    label: "clear-text protocol",
    aliases: ["ftp", "telnet", "ws", "smtp", "mqtt", "plain tcp", "udp", "syslog udp"],
    implies: [onFlow(CLEAR)],
  },
  // ---- storage: encryption and integrity at rest ----
  {
    label: "server-side encryption (KMS)",
    aliases: [
      "sse-kms",
      "s3 sse-kms",
      "sse-s3",
      "sse-c",
      "kms",
      "cmek",
      "cloud kms",
      "azure key vault encryption",
      "encrypted at rest",
      "aes-256",
      "tde",
      "transparent data encryption",
      "luks",
      "bitlocker",
    ],
    implies: [onStore({ encryptedAtRest: "yes" })],
  },
  {
    label: "write-once storage",
    aliases: ["s3 object lock", "object lock", "worm", "immutable storage", "append-only"],
    implies: [onStore({ integrityVerified: "yes" })],
  },
  {
    label: "signed artifacts",
    aliases: ["sigstore", "cosign", "signed models", "model signing", "notary", "in-toto"],
    implies: [onStore({ integrityVerified: "yes" }), onFlow({ integrityVerified: "yes" })],
  },
  // ---- model formats ----
  {
    label: "pickle-based model files",
    aliases: [
      "pickle",
      "pkl",
      "joblib",
      ".pt",
      ".pth",
      "torch.save",
      "pytorch pickle",
      "cloudpickle",
    ],
    implies: [onStore({ modelFormat: "pickle" })],
  },
  {
    label: "safetensors",
    aliases: ["safetensors"],
    implies: [onStore({ modelFormat: "safetensors" })],
  },
  { label: "ONNX", aliases: ["onnx"], implies: [onStore({ modelFormat: "onnx" })] },
  { label: "GGUF", aliases: ["gguf", "ggml"], implies: [onStore({ modelFormat: "gguf" })] },
  {
    label: "TensorFlow SavedModel",
    aliases: ["savedmodel", "tensorflow savedmodel", "tf savedmodel"],
    implies: [onStore({ modelFormat: "savedModel" })],
  },
  // ---- compute: accelerators ----
  {
    label: "GPU serving stack",
    aliases: [
      "gpu",
      "cuda",
      "vllm",
      "tgi",
      "text generation inference",
      "triton",
      "nvidia triton",
      "tensorrt",
      "tensorrt-llm",
      "a100",
      "h100",
      "l4",
      "tpu",
    ],
    implies: [onProcess({ usesAccelerator: "yes" })],
  },
  {
    label: "CPU-only model",
    aliases: ["cpu", "cpu only", "xgboost", "lightgbm", "catboost", "scikit-learn", "sklearn"],
    implies: [onProcess({ usesAccelerator: "no" })],
  },
  // ---- where code comes from ----
  {
    label: "community package",
    aliases: [
      "community package",
      "community mcp server",
      "third-party mcp server",
      "open-source mcp server",
    ],
    implies: [onProcess({ provenance: "publicHub" })],
  },
  // ---- gateways that enforce limits ----
  {
    label: "rate-limiting gateway",
    aliases: ["rate limiting", "rate limit", "throttling", "usage plans", "kong rate limiting"],
    implies: [onProcess({ rateLimited: "yes" })],
  },
  {
    label: "token quotas",
    aliases: ["token quota", "token quotas", "token budget", "cost quota"],
    implies: [onProcess({ rateLimited: "yes", costLimited: "yes" })],
  },
];

/** Lower case, single spaces, no surrounding punctuation: "  TLS  1.3 " -> "tls 1.3". */
export function normalizeTag(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .replace(/^[\s,;:()[\]]+|[\s,;:()[\]]+$/g, "")
    .trim();
}

const BY_ALIAS: ReadonlyMap<string, Technology> = new Map(
  TECHNOLOGIES.flatMap((tech) => tech.aliases.map((alias) => [alias, tech] as const)),
);

/** The catalog entry a tag names, if any. */
export function technologyOf(tag: string): Technology | undefined {
  let known = BY_TAG.get(tag);
  if (known === undefined) {
    if (BY_TAG.size >= MAX_REMEMBERED_TAGS) BY_TAG.clear();
    const normalized = normalizeTag(tag);
    known = BY_ALIAS.get(normalized) ?? BY_ALIAS.get(normalized.replace(/ /g, "-")) ?? null;
    BY_TAG.set(tag, known);
  }
  return known ?? undefined;
}

/**
 * Tags as typed, with the entry each names (null: none). Every evaluation reads every tag of
 * every item; normalising the same few spellings each time was a measurable part of it.
 */
const BY_TAG = new Map<string, Technology | null>();
const MAX_REMEMBERED_TAGS = 4096;

type Pairs = readonly (readonly [prop: string, value: string])[];
const NO_PAIRS: Pairs = Object.freeze([]);
const PAIRS = new Map<Technology, Readonly<Record<EvidenceTarget, Pairs>>>(
  TECHNOLOGIES.map((tech) => {
    const on = (target: EvidenceTarget): Pairs => {
      const pairs = tech.implies
        .filter((implication) => implication.on === target)
        .flatMap((implication) => Object.entries(implication.props));
      return pairs.length === 0 ? NO_PAIRS : Object.freeze(pairs);
    };
    return [tech, { flow: on("flow"), process: on("process"), dataStore: on("dataStore") }];
  }),
);

/** What a technology implies on one kind of item, as (property, value) pairs in catalog order. */
export function impliedOn(tech: Technology, target: EvidenceTarget): Pairs {
  return PAIRS.get(tech)?.[target] ?? NO_PAIRS;
}
