import type { ThreatModel } from "../schema";

/** An operation either yields the next document or says, in words a user can read, why not. */
export type OperationResult = { ok: true; doc: ThreatModel } | { ok: false; error: string };

export const ok = (doc: ThreatModel): OperationResult => ({ ok: true, doc });
export const fail = (error: string): OperationResult => ({ ok: false, error });
