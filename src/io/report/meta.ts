/**
 * Who wrote a report. Kept here rather than read from package.json so the browser bundle does
 * not carry package.json; `meta.test.ts` keeps the version in step.
 */
export const TOOL_NAME = "ThreatCanvas";
export const TOOL_VERSION = "0.1.0";
/**
 * PLACEHOLDER: the project has no public home yet. Point this at the real one (repository or
 * docs site) when it exists; SARIF viewers link the tool name to it.
 */
export const TOOL_INFORMATION_URI = "https://threatcanvas.invalid/";

/** Version of the JSON findings report's own shape. Bump when a field changes meaning or goes. */
export const JSON_REPORT_VERSION = 3;
// 2: questions are a list of their own, not findings.
// 3: a finding's likelihood, impact, score and severity are the team's (overrides, DREAD-AI);
//    the rule's are under `risk.computed`. Adds decisions, carried risk and the decision log.
