import { linddunType } from "../../engine/catalog/linddun";
import { STRIDE_NAMES } from "../../engine/catalog/stride";
import {
  AI_HARM_CODES,
  LINDDUN_CODES,
  STRIDE_CODES,
  type AiHarmCode,
  type LinddunCode,
  type StrideCode,
} from "../../engine/rules/codes";
import type { Finding } from "../../engine/types";

export type Framework = "stride" | "linddun" | "ai";

/** One framework category: stable key ("stride:T"), code, and the words to show. */
export interface CategoryInfo {
  key: string;
  framework: Framework;
  code: string;
  name: string;
  /** "STRIDE T · Tampering", "LINDDUN DD · Data Disclosure". */
  label: string;
}

function strideCategory(code: StrideCode): CategoryInfo {
  const name = STRIDE_NAMES[code];
  return {
    key: `stride:${code}`,
    framework: "stride",
    code,
    name,
    label: `STRIDE ${code} · ${name}`,
  };
}

function linddunCategory(code: LinddunCode): CategoryInfo {
  const name = linddunType(code).name;
  return {
    key: `linddun:${code}`,
    framework: "linddun",
    code,
    name,
    label: `LINDDUN ${code} · ${name}`,
  };
}

/** Names of the AI harm categories (risks neither STRIDE nor LINDDUN names). */
export const AI_HARM_NAMES: Readonly<Record<AiHarmCode, string>> = {
  fairness: "Fairness and discrimination",
  misinformation: "Misinformation and overreliance",
  harmfulContent: "Harmful content",
};

function aiHarmCategory(code: AiHarmCode): CategoryInfo {
  const name = AI_HARM_NAMES[code];
  return { key: `ai:${code}`, framework: "ai", code, name, label: `AI harm · ${name}` };
}

export const STRIDE_CATEGORIES: readonly CategoryInfo[] = STRIDE_CODES.map(strideCategory);
export const LINDDUN_CATEGORIES: readonly CategoryInfo[] = LINDDUN_CODES.map(linddunCategory);
export const AI_HARM_CATEGORIES: readonly CategoryInfo[] = AI_HARM_CODES.map(aiHarmCategory);
export const ALL_CATEGORIES: readonly CategoryInfo[] = [
  ...STRIDE_CATEGORIES,
  ...LINDDUN_CATEGORIES,
  ...AI_HARM_CATEGORIES,
];

const byKey = new Map(ALL_CATEGORIES.map((c) => [c.key, c]));

export function categoryByKey(key: string): CategoryInfo | undefined {
  return byKey.get(key);
}

export const FRAMEWORK_LABELS: Readonly<Record<Framework, string>> = {
  stride: "STRIDE (security)",
  linddun: "LINDDUN (privacy)",
  ai: "AI harms",
};

/** A finding's categories, STRIDE first, in the catalog's order. */
export function categoriesOf(finding: Pick<Finding, "categories">): CategoryInfo[] {
  const out: CategoryInfo[] = [];
  for (const c of STRIDE_CATEGORIES) {
    if (finding.categories.stride.includes(c.code as StrideCode)) out.push(c);
  }
  for (const c of LINDDUN_CATEGORIES) {
    if (finding.categories.linddun.includes(c.code as LinddunCode)) out.push(c);
  }
  for (const c of AI_HARM_CATEGORIES) {
    if (finding.categories.ai.includes(c.code as AiHarmCode)) out.push(c);
  }
  return out;
}

const STRIDE_KEYS = new Map(STRIDE_CATEGORIES.map((c) => [c.code, c.key]));
const LINDDUN_KEYS = new Map(LINDDUN_CATEGORIES.map((c) => [c.code, c.key]));

export function categoryKeysOf(finding: Pick<Finding, "categories">): string[] {
  const out: string[] = [];
  for (const c of finding.categories.stride) out.push(STRIDE_KEYS.get(c) ?? `stride:${c}`);
  for (const c of finding.categories.linddun) out.push(LINDDUN_KEYS.get(c) ?? `linddun:${c}`);
  for (const c of finding.categories.ai) out.push(`ai:${c}`);
  return out;
}
