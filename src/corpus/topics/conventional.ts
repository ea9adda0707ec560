import type { Topic } from "./topic";

/** Conventional STRIDE threats. */
export const CONVENTIONAL_TOPICS = {
  "flow-cleartext": {
    categories: ["STRIDE:I", "LINDDUN:DD"],
    keywords: [
      "unencrypted",
      "clear ?text",
      "plain ?text",
      "not encrypted",
      "without encryption",
      "read in transit",
      "in the clear",
    ],
  },
  "flow-tampering": {
    categories: ["STRIDE:T"],
    keywords: ["alter", "tamper", "modif", "integrity", "man-in-the-middle", "changed"],
  },
  "unauthenticated-flow": {
    categories: ["STRIDE:S", "STRIDE:T"],
    keywords: [
      "authenticat",
      "spoof",
      "impersonat",
      "forge[ds]? (events?|requests?|messages?|calls?)",
      "pos(e|es|ing) as",
      "as a legitimate (client|caller|sender)",
    ],
  },
  "caller-spoofing": {
    categories: ["STRIDE:S"],
    keywords: [
      "authenticat",
      "spoof",
      "impersonat",
      "credential",
      "password",
      "stuffing",
      "account",
      "legitimate",
      "certificate",
    ],
  },
  "account-takeover": {
    categories: ["STRIDE:S"],
    keywords: [
      "stuffing",
      "brute.?forc",
      "guess",
      "account takeover",
      "take over",
      "stolen (passwords|credentials)",
      "leaked",
      "password spraying",
      "multi-factor",
      "\\bmfa\\b",
    ],
  },
  "missing-authorization": {
    categories: ["STRIDE:E"],
    keywords: [
      "authori[sz]",
      "permission",
      "any caller",
      "anything it offers",
      "object.level",
      "idor",
      "someone else",
      "other (users|owners|customers)",
      "own",
    ],
  },
  "store-encryption-at-rest": {
    categories: ["STRIDE:I", "LINDDUN:DD"],
    keywords: ["at rest", "in the clear", "unencrypted", "not encrypted", "readable"],
  },
  "store-tampering": {
    categories: ["STRIDE:T"],
    keywords: ["alter", "tamper", "changed", "modif", "integrity", "overwrit", "replac"],
  },
  "log-tampering": {
    categories: ["STRIDE:R", "STRIDE:T"],
    keywords: ["edit", "delet", "tamper", "alter", "without trace", "append-only", "immutable"],
  },
  "audit-trail": {
    categories: ["STRIDE:R"],
    keywords: ["audit", "log", "trace", "record", "attribut", "deny", "repudiat"],
  },
  injection: {
    categories: ["STRIDE:T", "STRIDE:E"],
    keywords: ["injection", "sql", "validat", "sanitiz", "untrusted input", "trusts its input"],
  },
  "generic-dos": {
    categories: ["STRIDE:D"],
    keywords: ["flood", "exhaust", "denial", "overload", "capacity", "unavailab"],
  },
  "credential-exposure": {
    categories: ["STRIDE:I", "STRIDE:S", "STRIDE:E"],
    keywords: ["credential", "secret", "password", "session token", "token", "key"],
  },
  "firmware-tampering": {
    categories: ["STRIDE:T", "STRIDE:E"],
    keywords: ["firmware", "update", "sign", "integrity", "tamper", "malicious image"],
  },
} satisfies Record<string, Topic>;
