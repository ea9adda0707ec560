import type { LinddunCode } from "../rules/schema";

/**
 * LINDDUN threat types: codes, current names and older names. Codes and names only (no
 * licence was found for LINDDUN's card and tree texts).
 */
export interface LinddunType {
  readonly code: LinddunCode;
  readonly name: string;
  readonly olderName: string;
  readonly url: string;
}

export const LINDDUN_URL = "https://linddun.org/threat-types/";

export const LINDDUN_TYPES: readonly LinddunType[] = [
  { code: "L", name: "Linking", olderName: "Linkability" },
  { code: "I", name: "Identifying", olderName: "Identifiability" },
  { code: "Nr", name: "Non-repudiation", olderName: "Non-repudiation" },
  { code: "D", name: "Detecting", olderName: "Detectability" },
  { code: "DD", name: "Data Disclosure", olderName: "Disclosure of information" },
  { code: "U", name: "Unawareness & Unintervenability", olderName: "Unawareness" },
  { code: "Nc", name: "Non-compliance", olderName: "Non-compliance" },
].map((t) => Object.freeze({ ...t, code: t.code as LinddunCode, url: LINDDUN_URL }));

const byCode = new Map<string, LinddunType>(LINDDUN_TYPES.map((t) => [t.code, t]));

export function linddunType(code: LinddunCode): LinddunType {
  // Every LinddunCode is in the table above.
  return byCode.get(code)!;
}

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\band\b/g, "&")
    .replace(/[\s_-]+/g, " ");
}

/**
 * The code for a LINDDUN code, current name or older name, in any case ("Linkability",
 * "data disclosure", "DD"). Files from other tools use all three; we store the code.
 */
export function linddunCodeFromText(text: string): LinddunCode | undefined {
  const trimmed = text.trim();
  const exact = byCode.get(trimmed);
  if (exact) return exact.code;
  const wanted = normalise(trimmed);
  for (const type of LINDDUN_TYPES) {
    if (
      type.code.toLowerCase() === wanted ||
      normalise(type.name) === wanted ||
      normalise(type.olderName) === wanted
    ) {
      return type.code;
    }
  }
  return undefined;
}
