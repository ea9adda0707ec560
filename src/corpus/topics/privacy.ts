import type { Topic } from "./topic";
import { DISCLOSURE_BROAD } from "./shared";

/** Privacy (LINDDUN) and data protection. */
export const PRIVACY_TOPICS = {
  "pii-in-logs": {
    refs: ["cosai:riskExcessiveDataHandlingDuringInference"],
    refsWithKeywords: DISCLOSURE_BROAD,
    categories: ["LINDDUN:DD", "LINDDUN:Nc", "LINDDUN:L", "LINDDUN:I", "STRIDE:I"],
    keywords: ["log", "transcript", "history", "retain", "retention", "kept", "keep"],
  },
  retention: {
    categories: ["LINDDUN:Nc", "LINDDUN:DD"],
    keywords: [
      "retention",
      "retain",
      "kept (for|longer|indefinitely|forever)",
      "longer than",
      "more than a (year|month)",
      "delet",
      "\\d+ (days|months|years)",
    ],
  },
  "purpose-and-consent": {
    refs: ["cosai:riskUnauthorizedTrainingData", "DASF-1.8@2.0"],
    categories: ["LINDDUN:Nc", "LINDDUN:U"],
    keywords: ["purpose", "consent", "lawful", "legal basis", "secondary use", "minimi", "why"],
  },
  unawareness: {
    categories: ["LINDDUN:U", "LINDDUN:Nc"],
    keywords: ["aware", "inform", "consent", "opt.?out", "object", "transparen", "notice", "know"],
  },
  "re-identification": {
    categories: ["LINDDUN:I", "LINDDUN:L"],
    keywords: ["re-?identif", "pseudonym", "single (them )?out", "identif", "link"],
  },
  "profiling-linkability": {
    refs: ["cosai:riskInferredSensitiveData"],
    categories: ["LINDDUN:L", "LINDDUN:I", "LINDDUN:D"],
    keywords: [
      "profil",
      "link",
      "identif",
      "infer",
      "track",
      "behaviour",
      "habit",
      "occupan",
      "presence",
      "pattern",
    ],
  },
  detecting: {
    categories: ["LINDDUN:D"],
    keywords: ["reveal", "detect", "presence", "existence", "known to", "says something", "tell"],
  },
  "third-party-disclosure": {
    categories: ["LINDDUN:DD", "LINDDUN:Nc", "STRIDE:I"],
    keywords: [
      "third.?part",
      "provider",
      "vendor",
      "partner",
      "outside",
      "processor",
      "transfer",
      "outsourc",
      "contractor",
      "shar",
    ],
  },
  "excessive-data-access": {
    refs: ["cosai:riskExcessiveDataHandling"],
    categories: ["LINDDUN:DD", "STRIDE:I"],
    keywords: ["access", "quer", "analyst", "minimi", "more (personal )?data than", "need"],
  },
} satisfies Record<string, Topic>;
