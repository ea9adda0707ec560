import type { Draft } from "./useDraft";

/** A one-line field of the strip bound to a draft: saved on Enter and when focus leaves it. */
export function DraftInput({
  id,
  draft,
  maxLength,
}: {
  id: string;
  draft: Draft;
  maxLength: number;
}) {
  return (
    <input
      id={id}
      value={draft.value}
      maxLength={maxLength}
      onChange={(e) => draft.change(e.target.value)}
      onBlur={() => draft.commit()}
      onKeyDown={(e) => e.key === "Enter" && draft.commit()}
    />
  );
}
