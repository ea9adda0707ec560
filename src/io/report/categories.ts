import { STRIDE_NAMES, linddunType } from "../../engine/catalog";
import type { LinddunCode, StrideCode } from "../../engine/rules/schema";

/** "STRIDE I (Information disclosure)", names from the engine's catalog (data keeps codes). */
export function strideLabel(code: StrideCode): string {
  return `STRIDE ${code} (${STRIDE_NAMES[code]})`;
}

/** "LINDDUN DD (Data Disclosure)", current LINDDUN names. */
export function linddunLabel(code: LinddunCode): string {
  return `LINDDUN ${code} (${linddunType(code).name})`;
}
