import type { Finding } from "../../engine/types";

/**
 * ATLAS mitigation ids among a finding's references: what a record made from it applies. Known by
 * their shape (AML.M followed by four digits; the catalog tests keep every cited id real), so the
 * first screen does not carry the ATLAS catalog. A module of its own: presentation mode uses it
 * without the triage panel's actions.
 */
const ATLAS_MITIGATION_ID = /^AML\.M\d{4}$/;
export function atlasMitigationsOf(finding: Pick<Finding, "references">): string[] {
  return finding.references.atlas.filter((id) => ATLAS_MITIGATION_ID.test(id));
}
