import type { Finding } from "./types";

/**
 * A finding as a plain object with every field, for copies: spreading a finding whose sentences
 * are made on first read (`RuleFinding`) would lose them. Apart from ruleFinding.ts so that the
 * code that only copies findings (scoring, in the initial bundle) does not load the class.
 */
export function plainFinding(finding: Finding): Finding {
  const withJson = finding as Finding & { toJSON?: () => Finding };
  return typeof withJson.toJSON === "function" ? withJson.toJSON() : { ...finding };
}
