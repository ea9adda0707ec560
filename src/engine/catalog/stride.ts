import type { StrideCode } from "../rules/schema";

/** STRIDE letters and their English names. Store the letter; show the name. */
export const STRIDE_NAMES: Readonly<Record<StrideCode, string>> = {
  S: "Spoofing",
  T: "Tampering",
  R: "Repudiation",
  I: "Information disclosure",
  D: "Denial of service",
  E: "Elevation of privilege",
};

export function strideName(code: StrideCode): string {
  return STRIDE_NAMES[code];
}

/** Accepts a letter or a name in any case ("Information disclosure", "tampering"). */
export function strideCodeFromText(text: string): StrideCode | undefined {
  const wanted = text.trim().toLowerCase();
  for (const [code, name] of Object.entries(STRIDE_NAMES) as Array<[StrideCode, string]>) {
    if (code.toLowerCase() === wanted || name.toLowerCase() === wanted) return code;
  }
  return undefined;
}
