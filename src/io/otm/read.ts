import { TRIAGE_STATUSES, type TriageStatus } from "../../domain/decisions";
import { referencesFromCodes } from "../../engine/catalog/citations";
import { ML_ASSET_KINDS, ML_KIND_ELEMENT_TYPE, type MlAssetKind } from "../../domain/mlKinds";
import type { ZONE_KINDS } from "../../domain/schema";
import { ELEMENT_TYPES, type ElementType } from "../../domain/schema";
import type {
  DraftElement,
  DraftFlow,
  DraftMitigation,
  DraftThreat,
  ModelDraft,
} from "../interop/draft";
import { emptyCounts } from "../interop/draft";
import type { FormatDiagram } from "../interop/finish";
import type { Box } from "../interop/geometry";
import { numberFrom } from "../interop/geometry";
import { isPlainObject as isRecord } from "../interop/overlay";
import { shortName, str } from "../interop/text";
import { FormatError, type ReportEntry } from "../interop/types";
import {
  normalWord,
  percentToScore,
  readCategories,
  readMitigationState,
  readThreatState,
} from "../interop/vocabulary";
import { OURS, SYNTHETIC_ZONE_ID } from "./names";

/** How sure we are that `json` is an Open Threat Model file: 0 to 1. */
export function detectOtm(json: unknown): number {
  if (!isRecord(json)) return 0;
  if (typeof json.otmVersion === "string") return 0.95;
  if (isRecord(json.project) && (Array.isArray(json.trustZones) || Array.isArray(json.components)))
    return 0.6;
  return 0;
}

const LISTS = [
  "representations",
  "assets",
  "trustZones",
  "components",
  "dataflows",
  "threats",
  "mitigations",
] as const;

export function readOtmFile(json: unknown): FormatDiagram[] {
  if (!isRecord(json))
    throw new FormatError(["The file is not an Open Threat Model: it should be a JSON object."]);
  const errors: string[] = [];
  for (const key of LISTS) {
    const value = json[key];
    if (value !== undefined && value !== null && !Array.isArray(value)) {
      errors.push(`${key}: should be a list, but is ${describe(value)}.`);
    }
  }
  if (json.project !== undefined && !isRecord(json.project))
    errors.push(
      `project: should be an object with a name and an id, but is ${describe(json.project)}.`,
    );
  if (errors.length) throw new FormatError(errors);
  const list = (key: (typeof LISTS)[number]): Record<string, unknown>[] => {
    const value = json[key];
    return Array.isArray(value) ? value.filter(isRecord) : [];
  };
  const report: ReportEntry[] = [];
  const project = isRecord(json.project) ? json.project : {};
  if (typeof json.otmVersion !== "string")
    report.push({ kind: "info", item: "File", text: "has no otmVersion; read as OTM 0.2.0" });
  else if (!json.otmVersion.startsWith("0."))
    report.push({ kind: "info", item: "File", text: `is OTM ${json.otmVersion}; read as 0.2.0` });

  const diagram = list("representations").find((r) => str(r.type).toLowerCase() === "diagram");
  const diagramId = diagram ? str(diagram.id) : null;
  const counts = emptyCounts();
  const elements: DraftElement[] = [];
  const relative = new Map<string, Box | null>();
  const parents = new Map<string, string | null>();
  const zones = list("trustZones");
  const components = list("components");
  const zoneIds = new Set(zones.map((z) => str(z.id)));
  const componentZone = new Map<string, string | null>();

  zones.forEach((zone, index) => {
    const id = str(zone.id) || `trust-zone-${index + 1}`;
    const ours =
      isRecord(zone.attributes) && isRecord(zone.attributes[OURS]) ? zone.attributes[OURS] : {};
    if (id === SYNTHETIC_ZONE_ID || ours.synthetic === true) return;
    counts.boundaries++;
    const item = `Trust zone "${shortName(str(zone.name) || id)}"`;
    const rating = isRecord(zone.risk) ? numberFrom(zone.risk.trustRating) : null;
    const props: Record<string, unknown> = { ...zoneKindOf(str(zone.type)) };
    if (rating !== null) props.trustLevel = Math.round(Math.min(100, Math.max(0, rating)));
    elements.push({
      id,
      type: "trustBoundary",
      name: str(zone.name),
      description: str(zone.description),
      props,
      extra: theirs(zone, [
        "id",
        "name",
        "description",
        "type",
        "risk",
        "parent",
        "representations",
      ]),
      item,
    });
    relative.set(id, boxIn(zone, diagramId));
    parents.set(id, parentZone(zone.parent, zoneIds, componentZone, item, report));
  });

  // Components may sit in a component: they go to that component's zone.
  for (const component of components) {
    const parent = isRecord(component.parent) ? component.parent : {};
    componentZone.set(str(component.id), str(parent.trustZone) || null);
  }
  components.forEach((component, index) => {
    counts.elements++;
    const id = str(component.id) || `component-${index + 1}`;
    const name = str(component.name);
    const item = `Component "${shortName(name || id)}"`;
    const ours =
      isRecord(component.attributes) && isRecord(component.attributes[OURS])
        ? component.attributes[OURS]
        : {};
    const { type, mlKind, note } = elementTypeOf(str(component.type), ours);
    if (note) report.push({ kind: "approximated", item, text: note });
    const tags = Array.isArray(component.tags)
      ? component.tags.filter((t): t is string => typeof t === "string")
      : [];
    const draft: DraftElement = {
      id,
      type,
      name,
      description: str(component.description),
      technologies: tags,
      mlKind,
      extra: theirs(component, [
        "id",
        "name",
        "description",
        "parent",
        "representations",
        "threats",
        "tags",
      ]),
      item,
    };
    if (type === "trustBoundary") draft.props = {};
    elements.push(draft);
    relative.set(id, boxIn(component, diagramId));
    parents.set(id, parentZone(component.parent, zoneIds, componentZone, item, report));
  });

  const hasPositions = diagramId !== null && [...relative.values()].some((b) => b !== null);
  if (hasPositions) {
    for (const element of elements) element.box = absoluteBox(element.id, relative, parents);
  }
  for (const element of elements) element.parentId = parents.get(element.id) ?? null;

  const flows: DraftFlow[] = list("dataflows").map((flow, index) => {
    counts.flows++;
    const id = str(flow.id) || `dataflow-${index + 1}`;
    const tags = Array.isArray(flow.tags)
      ? flow.tags.filter((t): t is string => typeof t === "string")
      : [];
    return {
      id,
      source: str(flow.source),
      target: str(flow.destination),
      label: str(flow.name),
      description: str(flow.description),
      bidirectional: flow.bidirectional === true,
      technologies: tags,
      extra: theirs(flow, [
        "id",
        "name",
        "description",
        "source",
        "destination",
        "bidirectional",
        "threats",
        "tags",
      ]),
      item: `Dataflow "${shortName(str(flow.name) || id)}"`,
    };
  });

  const { threats, mitigations } = readThreats(
    list("threats"),
    list("mitigations"),
    [...components, ...list("dataflows")],
    report,
    counts,
  );
  const assets = list("assets");
  if (assets.length) {
    report.push({
      kind: "info",
      item: "Assets",
      text: `${assets.length} asset${assets.length === 1 ? "" : "s"} kept with the model for export; ThreatCanvas does not use them`,
    });
  }
  const extra: Record<string, unknown> = {};
  const projectExtra = theirs(project, ["name", "id", "description", "owner"]);
  const otmKept: Record<string, unknown> = {
    ...(isRecord(projectExtra.otm) ? { project: projectExtra.otm } : {}),
  };
  if (assets.length) otmKept.assets = assets;
  const representations = list("representations");
  if (representations.length) otmKept.representations = representations;
  if (Object.keys(otmKept).length) extra.otm = otmKept;
  const draft: ModelDraft = {
    name: str(project.name),
    description: str(project.description),
    owner: str(project.owner),
    elements,
    flows,
    threats,
    mitigations,
    extra,
    membership: "explicit",
    sourceCounts: counts,
    report,
  };
  const attributes = isRecord(project.attributes) ? project.attributes : {};
  return [{ title: str(project.name) || "Open Threat Model", draft, embedded: attributes[OURS] }];
}

function readThreats(
  catalogue: readonly Record<string, unknown>[],
  mitigationCatalogue: readonly Record<string, unknown>[],
  holders: readonly Record<string, unknown>[],
  report: ReportEntry[],
  counts: { threats: number },
): { threats: DraftThreat[]; mitigations: DraftMitigation[] } {
  const byId = new Map(catalogue.map((t) => [str(t.id), t]));
  const threats: DraftThreat[] = [];
  const mitigationLinks = new Map<string, Map<string, string[]>>();
  const instantiated = new Set<string>();
  const instancesOf = new Map<string, number>();
  for (const holder of holders) {
    for (const instance of Array.isArray(holder.threats) ? holder.threats.filter(isRecord) : []) {
      const id = str(instance.threat);
      instancesOf.set(id, (instancesOf.get(id) ?? 0) + 1);
    }
  }
  for (const holder of holders) {
    const holderId = str(holder.id);
    for (const instance of Array.isArray(holder.threats) ? holder.threats.filter(isRecord) : []) {
      counts.threats++;
      const threatId = str(instance.threat);
      const entry = byId.get(threatId);
      const item = `Threat "${shortName(str(entry?.name) || threatId)}" on "${shortName(str(holder.name) || holderId)}"`;
      if (!entry) {
        report.push({
          kind: "dropped",
          item,
          text: `refers to threat "${threatId}", which the file's threat list does not have`,
        });
        continue;
      }
      instantiated.add(threatId);
      const id = (instancesOf.get(threatId) ?? 0) > 1 ? `${threatId}@${holderId}` : threatId;
      const threat = threatFrom(entry, id, [holderId], instance.state, item, report);
      threats.push(threat);
      for (const m of Array.isArray(instance.mitigations)
        ? instance.mitigations.filter(isRecord)
        : []) {
        const mitigationId = str(m.mitigation);
        const state = str(m.state);
        const byState = mitigationLinks.get(mitigationId) ?? new Map<string, string[]>();
        byState.set(state, [...(byState.get(state) ?? []), threat.findingId ?? id]);
        mitigationLinks.set(mitigationId, byState);
      }
    }
  }
  for (const entry of catalogue) {
    const id = str(entry.id);
    if (instantiated.has(id)) continue;
    counts.threats++;
    const item = `Threat "${shortName(str(entry.name) || id)}"`;
    threats.push(threatFrom(entry, id, null, undefined, item, report));
  }
  const mitigations: DraftMitigation[] = [];
  for (const m of mitigationCatalogue) {
    const id = str(m.id);
    const item = `Mitigation "${shortName(str(m.name) || id)}"`;
    const byState = mitigationLinks.get(id) ?? new Map([["", []]]);
    const states = [...byState.keys()];
    if (states.length > 1) {
      report.push({
        kind: "approximated",
        item,
        text: `has ${states.length} states on different threats; imported once per state`,
      });
    }
    for (const state of states) {
      const reading = readMitigationState(state);
      if (reading.note) report.push({ kind: "approximated", item, text: reading.note });
      mitigations.push({
        id: states.length > 1 ? `${id}#${normalWord(state) || "unset"}` : id,
        title: str(m.name),
        description: str(m.description),
        status: reading.status,
        threatIds: byState.get(state) ?? [],
        extra: theirs(m, ["id", "name", "description"]),
        item,
      });
    }
  }
  return { threats, mitigations };
}

function threatFrom(
  entry: Record<string, unknown>,
  id: string,
  holderIds: string[] | null,
  state: unknown,
  item: string,
  report: ReportEntry[],
): DraftThreat {
  const ours =
    isRecord(entry.attributes) && isRecord(entry.attributes[OURS]) ? entry.attributes[OURS] : {};
  const exact =
    typeof ours.status === "string" && (TRIAGE_STATUSES as readonly string[]).includes(ours.status)
      ? (ours.status as TriageStatus)
      : null;
  const reading = exact ? { status: exact, note: null } : readThreatState(state);
  if (reading.note) report.push({ kind: "approximated", item, text: reading.note });
  const risk = isRecord(entry.risk) ? entry.risk : {};
  const categories = readCategories(Array.isArray(entry.categories) ? entry.categories : []);
  const ourTargets = Array.isArray(ours.targetIds)
    ? ours.targetIds.filter((t): t is string => typeof t === "string")
    : null;
  const tags = Array.isArray(entry.tags)
    ? entry.tags.filter((t): t is string => typeof t === "string")
    : [];
  const source: DraftThreat["source"] = { format: "otm", id: str(entry.id) };
  if (Array.isArray(entry.cwes) && entry.cwes.length) source.cwes = entry.cwes;
  if (categories.unknown.length) source.categories = categories.unknown;
  if (state !== undefined) source.state = state;
  const threat: DraftThreat = {
    id,
    targetIds: ourTargets ?? holderIds ?? [],
    title: str(entry.name),
    description: str(entry.description),
    stride: categories.stride,
    linddun: categories.linddun,
    references: tags.filter((t) => referencesFromCodes([t]).unrecognised.length === 0),
    likelihood: percentToScore(risk.likelihood) ?? 3,
    impact: percentToScore(risk.impact) ?? 3,
    mitigation: str(ours.mitigation),
    status: reading.status,
    justification: str(ours.justification),
    source,
    item,
  };
  if (typeof ours.findingId === "string" && ours.findingId) threat.findingId = ours.findingId;
  return threat;
}

function parentZone(
  parent: unknown,
  zoneIds: ReadonlySet<string>,
  componentZone: ReadonlyMap<string, string | null>,
  item: string,
  report: ReportEntry[],
): string | null {
  if (!isRecord(parent)) return null;
  const zone = str(parent.trustZone);
  if (zone === SYNTHETIC_ZONE_ID) return null;
  if (zone) return zone;
  const component = str(parent.component);
  if (!component) return null;
  const seen = new Set<string>();
  let cursor: string | null = component;
  while (cursor !== null && !zoneIds.has(cursor) && !seen.has(cursor)) {
    seen.add(cursor);
    cursor = componentZone.get(cursor) ?? null;
  }
  report.push({
    kind: "approximated",
    item,
    text: `sits inside component "${component}"; placed in that component's trust zone`,
  });
  return cursor !== null && zoneIds.has(cursor) ? cursor : null;
}

function boxIn(item: Record<string, unknown>, diagramId: string | null): Box | null {
  if (diagramId === null || !Array.isArray(item.representations)) return null;
  const shape = item.representations.find(
    (r) => isRecord(r) && str(r.representation) === diagramId && isRecord(r.position),
  );
  if (!isRecord(shape) || !isRecord(shape.position)) return null;
  const x = numberFrom(shape.position.x);
  const y = numberFrom(shape.position.y);
  if (x === null || y === null) return null;
  const size = isRecord(shape.size) ? shape.size : {};
  return { x, y, width: numberFrom(size.width) ?? 150, height: numberFrom(size.height) ?? 100 };
}

/** OTM positions are relative to the parent's; ours in drafts are absolute. */
function absoluteBox(
  id: string,
  relative: ReadonlyMap<string, Box | null>,
  parents: ReadonlyMap<string, string | null>,
): Box | null {
  const own = relative.get(id);
  if (!own) return null;
  let x = own.x;
  let y = own.y;
  const seen = new Set<string>([id]);
  for (let p = parents.get(id) ?? null; p !== null && !seen.has(p); p = parents.get(p) ?? null) {
    seen.add(p);
    const box = relative.get(p);
    if (box) {
      x += box.x;
      y += box.y;
    }
  }
  return { x, y, width: own.width, height: own.height };
}

const ZONE_WORDS: Record<string, (typeof ZONE_KINDS)[number]> = {
  internet: "external",
  public: "external",
  external: "external",
  publiccloud: "external",
  dmz: "dmz",
  inference: "inference",
  training: "training",
  data: "data",
  control: "control",
  monitoring: "monitoring",
  registry: "registry",
};

function zoneKindOf(type: string): Record<string, unknown> {
  const kind = ZONE_WORDS[normalWord(type)];
  if (kind) return { zoneKind: kind };
  return type ? { zoneKind: "custom", customZone: type.slice(0, 100) } : {};
}

/** OTM component types are free words (IriusRisk's library ids); ours say exactly. */
function elementTypeOf(
  type: string,
  ours: Record<string, unknown>,
): { type: ElementType; mlKind: MlAssetKind | null; note: string | null } {
  const oursType = str(ours.elementType);
  const oursKind = (ML_ASSET_KINDS as readonly string[]).includes(str(ours.mlKind))
    ? (str(ours.mlKind) as MlAssetKind)
    : null;
  if ((ELEMENT_TYPES as readonly string[]).includes(oursType) && oursType !== "trustBoundary") {
    return { type: oursType as ElementType, mlKind: oursKind, note: null };
  }
  if ((ML_ASSET_KINDS as readonly string[]).includes(type)) {
    const kind = type as MlAssetKind;
    return { type: ML_KIND_ELEMENT_TYPE[kind], mlKind: kind, note: null };
  }
  const word = normalWord(type);
  const exact: Record<string, ElementType> = {
    process: "process",
    datastore: "dataStore",
    externalentity: "externalEntity",
    actor: "externalEntity",
  };
  if (exact[word]) return { type: exact[word], mlKind: null, note: null };
  const guess =
    /(database|^db|db$|sql|store|storage|bucket|s3|blob|cache|redis|queue|topic|vault|keystore|file|disk|registry)/.test(
      word,
    )
      ? "dataStore"
      : /(client|user|browser|actor|external|thirdparty|partner|mobile|device|human|customer|person)/.test(
            word,
          )
        ? "externalEntity"
        : "process";
  const words = {
    dataStore: "a data store",
    externalEntity: "an external entity",
    process: "a process",
  } as const;
  return {
    type: guess,
    mlKind: null,
    note: type ? `type "${type}" taken as ${words[guess]}` : "has no type; taken as a process",
  };
}

/** The file's own keys beyond those we read, kept on the item for the way back. */
function theirs(item: Record<string, unknown>, read: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (read.includes(key) || value === null || value === undefined) continue;
    if (key === "attributes" && isRecord(value)) {
      const { [OURS]: _ours, ...rest } = value;
      if (Object.keys(rest).length) kept.attributes = rest;
      continue;
    }
    kept[key] = value;
  }
  return Object.keys(kept).length ? { otm: kept } : {};
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text "${shortName(value, 40)}"`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
