import type { DecisionLogEntry, TriageRecord } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";

/**
 * Merging what someone changed in another tool into the document we embedded in our export.
 * `now` is the plain import of the file as it is; `then` the plain import of the file as we
 * wrote it. A field where they differ was changed over there, so `now` wins; every other field
 * keeps our value, including those the format could not hold at all.
 */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!deepEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

interface Tally {
  changed: number;
  added: number;
  removed: number;
}

type Item = { id: string } & Record<string, unknown>;

export function overlayEdits(
  ours: ThreatModel,
  now: ThreatModel,
  then: ThreatModel,
): { document: Record<string, unknown>; summary: string } {
  const tally: Tally = { changed: 0, added: 0, removed: 0 };
  const elements = mergeList(ours.elements, now.elements, then.elements, tally, [
    ["parentId", "position"],
  ]);
  const elementIds = new Set(elements.map((e) => e.id));
  const boundaryIds = new Set(elements.filter((e) => e.type === "trustBoundary").map((e) => e.id));
  for (const element of elements) {
    if (element.parentId !== null && !boundaryIds.has(element.parentId as string))
      element.parentId = null;
  }
  const flows = mergeList(ours.flows, now.flows, then.flows, tally, []).filter(
    (f) => elementIds.has(f.source as string) && elementIds.has(f.target as string),
  );
  for (const flow of flows) {
    if (Array.isArray(flow.crossesBoundaryIds)) {
      flow.crossesBoundaryIds = (flow.crossesBoundaryIds as string[]).filter((id) =>
        boundaryIds.has(id),
      );
    }
  }
  const targetIds = new Set([...elementIds, ...flows.map((f) => f.id)]);
  const customThreats = mergeList(
    ours.customThreats,
    now.customThreats,
    then.customThreats,
    tally,
    [],
  );
  for (const threat of customThreats) {
    threat.targetIds = (threat.targetIds as string[]).filter((id) => targetIds.has(id));
  }
  const { triage, log } = mergeTriage(ours, now, then, tally);
  const threatIds = new Set(customThreats.map((t) => t.id));
  for (const id of Object.keys(triage)) {
    if (!threatIds.has(id) && ours.customThreats.some((t) => t.id === id)) delete triage[id];
  }
  const top: Record<string, unknown> = {};
  for (const key of ["name", "description", "owner"] as const) {
    if (now[key] !== then[key]) {
      top[key] = now[key];
      tally.changed++;
    }
  }
  const document = {
    ...ours,
    ...top,
    elements,
    flows,
    customThreats,
    triage,
    decisionLog: [...ours.decisionLog, ...log],
    mitigations: mergeList(ours.mitigations, now.mitigations, then.mitigations, tally, []),
    assumptions: mergeList(ours.assumptions, now.assumptions, then.assumptions, tally, []),
  };
  const parts = [
    tally.changed && `${tally.changed} field${tally.changed === 1 ? "" : "s"} changed`,
    tally.added && `${tally.added} item${tally.added === 1 ? "" : "s"} added`,
    tally.removed && `${tally.removed} item${tally.removed === 1 ? "" : "s"} removed`,
  ].filter(Boolean);
  return { document, summary: parts.length ? parts.join(", ") : "nothing that ThreatCanvas reads" };
}

function mergeList<T extends { id: string }>(
  ours: readonly T[],
  now: readonly T[],
  then: readonly T[],
  tally: Tally,
  groups: ReadonlyArray<readonly string[]>,
): Item[] {
  const nowById = new Map(now.map((item) => [item.id, item as unknown as Item]));
  const thenById = new Map(then.map((item) => [item.id, item as unknown as Item]));
  const oursIds = new Set(ours.map((item) => item.id));
  const out: Item[] = [];
  for (const item of ours as unknown as Item[]) {
    const n = nowById.get(item.id);
    const t = thenById.get(item.id);
    if (!n) {
      if (t) tally.removed++;
      else out.push(structuredClone(item));
      continue;
    }
    if (!t) {
      out.push(structuredClone(item));
      continue;
    }
    out.push(mergeItem(item, n, t, tally, groups));
  }
  for (const n of now as unknown as Item[]) {
    if (!oursIds.has(n.id) && !thenById.has(n.id)) {
      out.push(structuredClone(n));
      tally.added++;
    }
  }
  return out;
}

function mergeItem(
  ours: Item,
  now: Item,
  then: Item,
  tally: Tally,
  groups: ReadonlyArray<readonly string[]>,
): Item {
  if (now.type !== then.type) {
    tally.changed++;
    return structuredClone(now);
  }
  const result = structuredClone(ours);
  const grouped = new Set(groups.flat());
  for (const group of groups) {
    if (group.some((key) => !deepEqual(now[key], then[key]))) {
      for (const key of group) result[key] = structuredClone(now[key]);
      tally.changed++;
    }
  }
  const keys = new Set([...Object.keys(now), ...Object.keys(then)]);
  for (const key of keys) {
    if (grouped.has(key) || deepEqual(now[key], then[key])) continue;
    if (key === "props" && isPlainObject(now.props) && isPlainObject(then.props)) {
      const props = { ...(result.props as Record<string, unknown>) };
      for (const prop of new Set([...Object.keys(now.props), ...Object.keys(then.props)])) {
        if (!deepEqual(now.props[prop], then.props[prop])) {
          props[prop] = structuredClone(now.props[prop]);
          tally.changed++;
        }
      }
      result.props = props;
      continue;
    }
    result[key] = structuredClone(now[key]);
    tally.changed++;
  }
  return result;
}

function mergeTriage(
  ours: ThreatModel,
  now: ThreatModel,
  then: ThreatModel,
  tally: Tally,
): { triage: Record<string, TriageRecord>; log: DecisionLogEntry[] } {
  const triage: Record<string, TriageRecord> = structuredClone(ours.triage);
  const log: DecisionLogEntry[] = [];
  const ids = new Set([...Object.keys(now.triage), ...Object.keys(then.triage)]);
  const logIds = new Set(ours.decisionLog.map((entry) => entry.id));
  const nextLogId = (): string => {
    let n = logIds.size + 1;
    while (logIds.has(`import-${n}`)) n++;
    logIds.add(`import-${n}`);
    return `import-${n}`;
  };
  for (const id of ids) {
    const n = now.triage[id];
    const t = then.triage[id];
    if (!n) continue;
    const mine = triage[id];
    const edited = !t || n.status !== t.status || n.justification !== t.justification;
    if (!edited) continue;
    if (!mine) {
      triage[id] = structuredClone(n);
      tally.added++;
      continue;
    }
    {
      if (n.status !== mine.status) {
        log.push({
          id: nextLogId(),
          at: n.updatedAt ?? now.updatedAt,
          findingId: id,
          from: mine.status,
          to: n.status,
          justification: n.justification,
          by: "",
          via: "import",
        });
      }
      triage[id] = {
        ...mine,
        status: n.status,
        justification: n.justification,
        updatedAt: n.updatedAt,
      };
      tally.changed++;
    }
  }
  return { triage, log };
}
