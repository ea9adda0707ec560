import { linddunType } from "../../engine/catalog/linddun";
import { STRIDE_NAMES } from "../../engine/catalog/stride";
import type { LinddunCode, StrideCode } from "../../engine/rules/schema";

/** "STRIDE I (Information disclosure)", names from the engine's catalog (data keeps codes). */
export function strideLabel(code: StrideCode): string {
  return `STRIDE ${code} (${STRIDE_NAMES[code]})`;
}

/** "LINDDUN DD (Data Disclosure)", current LINDDUN names. */
export function linddunLabel(code: LinddunCode): string {
  return `LINDDUN ${code} (${linddunType(code).name})`;
}
