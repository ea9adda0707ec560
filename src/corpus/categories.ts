/** STRIDE and LINDDUN share letters (I, D), so each code a golden file names carries its framework. */
export const CATEGORY_CODES = [
  "STRIDE:S",
  "STRIDE:T",
  "STRIDE:R",
  "STRIDE:I",
  "STRIDE:D",
  "STRIDE:E",
  "LINDDUN:L",
  "LINDDUN:I",
  "LINDDUN:Nr",
  "LINDDUN:D",
  "LINDDUN:DD",
  "LINDDUN:U",
  "LINDDUN:Nc",
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];
