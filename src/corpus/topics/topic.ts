import type { CategoryCode } from "../categories";

/** A shared matcher: see ./index.ts. */
export interface Topic {
  refs?: readonly string[];
  refsWithKeywords?: readonly string[];
  categories?: readonly CategoryCode[];
  keywords?: readonly string[];
}
