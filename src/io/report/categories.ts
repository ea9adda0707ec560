import type { LinddunCode, StrideCode } from "../../engine/rules/schema";

/**
 * Display names for category codes, for human-readable reports only (data keeps the codes).
 * LINDDUN uses the current names (reference/frameworks.md).
 */
export const STRIDE_NAMES: Record<StrideCode, string> = {
  S: "Spoofing",
  T: "Tampering",
  R: "Repudiation",
  I: "Information disclosure",
  D: "Denial of service",
  E: "Elevation of privilege",
};

export const LINDDUN_NAMES: Record<LinddunCode, string> = {
  L: "Linking",
  I: "Identifying",
  Nr: "Non-repudiation",
  D: "Detecting",
  DD: "Data Disclosure",
  U: "Unawareness & Unintervenability",
  Nc: "Non-compliance",
};
