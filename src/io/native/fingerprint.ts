import type { ThreatModel } from "../../domain/schema";

/**
 * A short fingerprint of a document's exact content, printed on reports as their "document
 * version": two reports with the same fingerprint were made from the same model. Two 32-bit
 * FNV-1a hashes (different offsets) over the JSON; identifies, does not protect (not a MAC).
 */
export function documentFingerprint(model: ThreatModel): string {
  const text = JSON.stringify(model);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return ((a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0")).slice(
    0,
    12,
  );
}
