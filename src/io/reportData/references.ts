import { referencesFromCodes } from "../../engine/catalog/citations";
import type { FindingReferences } from "../../engine/types";
import {
  defaultReferenceResolver,
  resolveReferences,
  type ReferenceResolver,
} from "../report/references";
import type { ReportReference } from "./types";

/** Engine references, resolved through the catalogs (names and links), in display order. */
export function engineReferences(
  references: FindingReferences,
  resolver: ReferenceResolver = defaultReferenceResolver,
): ReportReference[] {
  return resolveReferences(references, resolver);
}

/**
 * Codes a person gave a custom threat: sorted into the catalogs by the engine's own reading of
 * codes and resolved like a finding's; codes no catalog knows are shown as written, unlinked.
 */
export function customReferences(
  codes: readonly string[],
  resolver: ReferenceResolver = defaultReferenceResolver,
): ReportReference[] {
  const { references, unrecognised } = referencesFromCodes(codes);
  return [
    ...resolveReferences(references, resolver),
    ...unrecognised.map((id) => ({ framework: "other", id, name: null, url: null })),
  ];
}
