import { ProcessSchema } from "../../domain/schema";
import { FIELD_LABELS } from "./text";
import { checkWithSchema, issuePhrase } from "./validation";

/** The document's own schemas for one tag and for the whole list (same for elements and flows). */
const TagListSchema = ProcessSchema.shape.technologies.unwrap();
const TagSchema = TagListSchema.element;

/**
 * Split what was typed into the tag input. Commas separate tags; `complete` says whether the last
 * piece is finished too (Enter, blur) or is still being typed (a comma was just typed after some
 * tags, and the rest stays in the input).
 */
export function splitTagInput(
  text: string,
  complete: boolean,
): { tags: string[]; remainder: string } {
  const pieces = text.split(",");
  const remainder = complete ? "" : (pieces.pop() ?? "");
  const tags = pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
  return { tags, remainder: complete ? "" : remainder.replace(/^\s+/, "") };
}

export type AddTagsResult =
  { ok: true; tags: string[]; changed: boolean } | { ok: false; message: string };

/**
 * Add tags to a list: trimmed, validated with the document's tag schema, duplicates (ignoring
 * case) dropped. Refused as a whole with a message when one tag or the resulting list is invalid.
 */
export function addTags(existing: readonly string[], incoming: readonly string[]): AddTagsResult {
  const tags = existing.slice();
  const seen = new Set(existing.map((tag) => tag.toLocaleLowerCase()));
  for (const raw of incoming) {
    const checked = checkWithSchema(TagSchema, `Tag "${truncate(raw.trim())}"`, raw);
    if (!checked.ok) return checked;
    const key = checked.value.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(checked.value);
  }
  const list = TagListSchema.safeParse(tags);
  if (!list.success) {
    const issue = list.error.issues[0];
    return {
      ok: false,
      message: `${FIELD_LABELS.technologies} ${issue ? issuePhrase(issue) : "is not valid"}`,
    };
  }
  return { ok: true, tags: list.data, changed: list.data.length !== existing.length };
}

export function removeTag(existing: readonly string[], index: number): string[] {
  return existing.filter((_, i) => i !== index);
}

function truncate(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
