/** The Threat Model Library's schema id (v1.0.2), written as `$schema`. */
export const TML_SCHEMA_ID =
  "https://github.com/OWASP/www-project-threat-model-library/blob/v1.0.2/threat-model.schema.json";

/**
 * Our key in `extensions`: the format wants a domain name and a path. `.invalid` is reserved
 * for names that must never resolve, which is honest for a key that documents nothing online.
 */
export const OURS = "threatcanvas.invalid/model";

export const LIKELIHOODS = ["rare", "unlikely", "possible", "likely", "certain"] as const;
export const IMPACTS = ["negligible", "minor", "moderate", "major", "severe"] as const;

/** The zone an export puts elements in that sit in no boundary (`trust_zone` is required). */
export const OUTSIDE_ZONE = "outside-every-boundary";
