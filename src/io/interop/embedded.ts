import { parseThreatModel } from "../../domain/document";
import type { ThreatModel } from "../../domain/schema";
import { buildModel } from "./build";
import type { ModelDraft } from "./draft";
import { kindChangeEntries } from "./kindChanges";
import { isPlainObject, overlayEdits } from "./overlay";
import type { ReportEntry } from "./types";

/**
 * Our document, embedded in the extension field of a file we export (Threat Dragon's diagram,
 * OTM's project attributes, the Threat Model Library's `extensions`), so that export then
 * import through the same format loses nothing of ours. With it, a digest of what the file says
 * in the format's own fields: when the file still says exactly that, the document opens as it
 * was; when someone changed it in the other tool, their changes win field by field and the rest
 * of ours is kept.
 */

export const EMBEDDED_VERSION = 1;

export interface Embedded {
  app: "ThreatCanvas";
  version: typeof EMBEDDED_VERSION;
  /** Digest of the format's own fields as written (see `digestOfDraft`). */
  digest: string;
  document: unknown;
}

const DIGEST_CLOCK = new Date(Date.UTC(2000, 0, 1));

export function embed(document: ThreatModel, draft: ModelDraft): Embedded {
  return { app: "ThreatCanvas", version: EMBEDDED_VERSION, digest: digestOfDraft(draft), document };
}

export function readEmbedded(value: unknown): Embedded | null {
  if (!isPlainObject(value) || value.app !== "ThreatCanvas" || value.version !== EMBEDDED_VERSION)
    return null;
  if (typeof value.digest !== "string" || !isPlainObject(value.document)) return null;
  return value as unknown as Embedded;
}

/** The value as it reads back from JSON text (undefined keys gone): what an importer will see. */
export function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** What the format's own fields say, as the model a plain import makes, hashed. */
export function digestOfDraft(draft: ModelDraft): string {
  const { model } = buildModel(structuredClone(draft), { now: DIGEST_CLOCK, modelId: "digest" });
  return hash(canonicalJson(model));
}

export interface Restored {
  model: ThreatModel;
  report: ReportEntry[];
}

/**
 * The document to open for a file that carries ours. `native` is the plain import of the file;
 * `reread(document)` is what a plain import of our own export of `document` gives, the
 * baseline that tells which of the file's fields someone changed.
 */
export function restoreEmbedded(
  embedded: Embedded,
  draft: ModelDraft,
  native: ThreatModel,
  reread: (document: ThreatModel) => ModelDraft | null,
  formatLabel: string,
): Restored | null {
  const ours = parseThreatModel(embedded.document);
  if (!ours.ok) return null;
  if (digestOfDraft(draft) === embedded.digest) {
    return {
      model: ours.value,
      report: [
        {
          kind: "info",
          item: "File",
          text: `written by ThreatCanvas and unchanged since: opened exactly as exported`,
        },
        ...kindChangeEntries(ours.kindChanges),
      ],
    };
  }
  const baselineDraft = reread(ours.value);
  if (!baselineDraft) return null;
  const options = { now: new Date(native.updatedAt), modelId: native.id };
  const baseline = buildModel(baselineDraft, options).model;
  const merged = overlayEdits(ours.value, native, baseline);
  const parsed = parseThreatModel(merged.document);
  if (!parsed.ok) return null;
  return {
    model: parsed.value,
    report: [
      {
        kind: "info",
        item: "File",
        text: `written by ThreatCanvas and changed in ${formatLabel} since: ${merged.summary}; everything else kept as ThreatCanvas wrote it`,
      },
      ...kindChangeEntries(ours.kindChanges),
      ...kindChangeEntries(parsed.kindChanges),
    ],
  };
}

/** JSON with object keys sorted, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!isPlainObject(v)) return v;
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, v[k]]),
    );
  });
}

/** cyrb53: a fast 53-bit string hash, for change detection (not for security). */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
