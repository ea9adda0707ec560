import type { ReferenceField } from "../rules/references";
import type { FindingReferences } from "../types";
import type { CatalogId } from "./entry";
import { citedReferences } from "./citations";
import { referenceEntryIn } from "./registry";

/** A framework reference ready to show: id, name and link (null when it has no page). */
export interface ResolvedReference {
  readonly framework: ReferenceField;
  readonly catalog: CatalogId;
  readonly id: string;
  readonly name: string;
  readonly url: string | null;
  /** The cited code this one was added for (the other LLM edition), else null. */
  readonly via: string | null;
}

/**
 * Resolves every code a finding cites, in display order and with the other OWASP LLM
 * edition of each LLM code; unknown codes are left out.
 */
export function resolveReferences(refs: FindingReferences): ResolvedReference[] {
  return citedReferences(refs).flatMap(({ field, code, via }) => {
    const entry = referenceEntryIn(field, code);
    return entry
      ? [
          {
            framework: field,
            catalog: entry.catalog,
            id: code,
            name: entry.name,
            url: entry.url,
            via,
          },
        ]
      : [];
  });
}
