/** Ids are opaque strings: files from other tools must open, so any non-empty string is accepted. */
export type Id = string;

let counter = 0;

/** A short, collision-resistant id for new elements, flows and models. */
export function newId(prefix = "el"): Id {
  counter = (counter + 1) % 0x10000;
  const random =
    typeof globalThis.crypto?.randomUUID === "function"
      ? globalThis.crypto.randomUUID().replace(/-/g, "").slice(0, 12)
      : Math.random().toString(16).slice(2, 14);
  return `${prefix}_${random}${counter.toString(16)}`;
}
