/**
 * Storage failures, sorted into the few kinds the UI treats differently. Browsers and Dexie report
 * the same problem in several shapes (a DOMException, a Dexie wrapper with `.inner`, a transaction
 * AbortError whose cause is the real error, a BulkError with `.failures`), so classification walks
 * the whole chain instead of trusting the outermost name.
 */

export type PersistenceErrorKind = "quota" | "unavailable" | "other";

export class PersistenceError extends Error {
  readonly kind: PersistenceErrorKind;

  constructor(kind: PersistenceErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PersistenceError";
    this.kind = kind;
  }
}

const QUOTA_NAMES = new Set(["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"]);
/** Legacy numeric codes: DOMException.QUOTA_EXCEEDED_ERR (22) and Firefox's 1014. */
const QUOTA_CODES = new Set([22, 1014]);
const UNAVAILABLE_NAMES = new Set([
  "MissingAPIError",
  "OpenFailedError",
  "DatabaseClosedError",
  "VersionError",
  "NoSuchDatabaseError",
]);

/** The error and everything it wraps (Dexie `.inner`, standard `.cause`, BulkError `.failures`). */
function errorChain(error: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && out.length < 20) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    out.push(record);
    queue.push(record.inner, record.cause);
    if (Array.isArray(record.failures)) queue.push(...(record.failures as unknown[]));
  }
  return out;
}

function isQuota(record: Record<string, unknown>): boolean {
  if (typeof record.name === "string" && QUOTA_NAMES.has(record.name)) return true;
  if (typeof record.code === "number" && QUOTA_CODES.has(record.code)) return true;
  // Safari has reported quota problems as UnknownError/AbortError whose message says so.
  return typeof record.message === "string" && /quota/i.test(record.message);
}

/** Which kind of failure this is; `fallback` applies when nothing in the chain is recognised. */
export function classifyError(
  error: unknown,
  fallback: PersistenceErrorKind = "other",
): PersistenceErrorKind {
  if (error instanceof PersistenceError) return error.kind;
  const chain = errorChain(error);
  // Quota wins: a quota abort often arrives wrapped in a generic AbortError.
  if (chain.some(isQuota)) return "quota";
  if (chain.some((r) => typeof r.name === "string" && UNAVAILABLE_NAMES.has(r.name))) {
    return "unavailable";
  }
  return fallback;
}

function rawMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string") return error;
  return "unknown error";
}

/** A sentence for the user, saying what happened and what is (not) lost. */
export function describeError(kind: PersistenceErrorKind, error?: unknown): string {
  switch (kind) {
    case "quota":
      return "Not saved: this browser's storage for ThreatCanvas is full. Your changes are kept in this tab; free some space (delete old models, or site data of other sites) and they will be saved on your next change.";
    case "unavailable":
      return "Not saved: this browser does not let ThreatCanvas store data (IndexedDB is unavailable, for example in a private window or with site data blocked). Export the model to a file to keep your work.";
    case "other":
      return `Not saved: ${rawMessage(error)}. Your changes are kept in this tab and will be saved on your next change.`;
  }
}

/** Wrap anything thrown by Dexie/IndexedDB as a PersistenceError (kept as-is when it already is). */
export function toPersistenceError(
  error: unknown,
  fallback: PersistenceErrorKind = "other",
): PersistenceError {
  if (error instanceof PersistenceError) return error;
  const kind = classifyError(error, fallback);
  return new PersistenceError(kind, describeError(kind, error), { cause: error });
}
