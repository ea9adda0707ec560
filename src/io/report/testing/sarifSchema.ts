import { createRequire } from "node:module";
import Ajv, { type ErrorObject } from "ajv-draft-04";
import addFormats from "ajv-formats";

/**
 * Validates a SARIF log against the SARIF 2.1.0 JSON schema shipped by @microsoft/jest-sarif
 * (`sarif-2.1.0-rtm.5.json`, draft-04). No npm package ships the final OASIS file loose; rtm.5
 * has the same definitions as the final 2.1.0 schema (checked when it was added: only guid
 * `pattern` vs `format: uuid` and a corrected `language` regex differ).
 */
const require = createRequire(import.meta.url);
const schema: unknown = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

// unicodeRegExp: false because rtm.5's `language` pattern is only valid without the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema as object);

export function sarifSchemaErrors(log: unknown): ErrorObject[] {
  return validate(log) ? [] : [...(validate.errors ?? [])];
}
