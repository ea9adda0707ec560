import type { MitigationStatus } from "../../domain/decisions";
import { indexModel, innermostBoundary } from "../../domain/graph";
import type { DataFlow, DfdElement, ThreatModel } from "../../domain/schema";
import type { EvaluationResult, Severity } from "../../engine/types";
import { asJson, embed } from "../interop/embedded";
import { threatsForExport } from "../interop/exportThreats";
import { isPlainObject } from "../interop/overlay";
import { slug } from "../interop/text";
import { IMPACTS, LIKELIHOODS, OURS, OUTSIDE_ZONE, TML_SCHEMA_ID } from "./names";
import { readTmLibraryFile } from "./read";

/**
 * A model as an OWASP Threat Model Library file (schema v1.0.2, which forbids keys it does not
 * name). Every item gets a symbolic name made from its name; zones are flat, so nesting lives in
 * our embedded document; `trust_zone` is always written (elements in no boundary get a zone
 * that says so); fields the schema requires and we do not record (scope criticality and tier,
 * a threat's persona and event) get neutral values, kept from the file when it came from one.
 */

const PERSONA = "unspecified-attacker";

const CONTROL_STATES: Record<MitigationStatus, string> = {
  proposed: "suggested",
  inProgress: "scheduled",
  implemented: "active",
  wontDo: "wont_do",
};

const LEVELS: Record<Severity, string> = {
  info: "very_low",
  low: "low",
  medium: "medium",
  high: "high",
  critical: "critical",
};

const FLOW_END = {
  externalEntity: "actor",
  process: "component",
  dataStore: "data_store",
} as const;

export function tmLibraryFile(
  doc: ThreatModel,
  evaluation: EvaluationResult,
): Record<string, unknown> {
  const index = indexModel(doc);
  const names = new SymbolicNames();
  const symbol = new Map<string, string>();
  for (const e of doc.elements)
    symbol.set(e.id, names.take(e.name || e.id, e.type === "trustBoundary" ? "zone" : "element"));
  for (const f of doc.flows)
    symbol.set(f.id, names.take(f.label || `${f.source} to ${f.target}`, "flow"));
  const theirs = isPlainObject((doc as Record<string, unknown>).tmLibrary)
    ? ((doc as Record<string, unknown>).tmLibrary as Record<string, unknown>)
    : {};
  const zoneOf = (e: DfdElement): string => {
    const zone = innermostBoundary(index, e.id);
    return zone ? symbol.get(zone.id)! : OUTSIDE_ZONE;
  };
  const boundaries = doc.elements.filter((e) => e.type === "trustBoundary");
  const nodes = doc.elements.filter((e) => e.type !== "trustBoundary");
  const outside = nodes.some((n) => innermostBoundary(index, n.id) === null);
  const trustZones = boundaries.map((b) => ({
    symbolic_name: symbol.get(b.id)!,
    title: b.name || "Trust zone",
    description: b.description,
  }));
  if (outside) {
    trustZones.push({
      symbolic_name: OUTSIDE_ZONE,
      title: "Outside every trust boundary",
      description: "Elements that sit in no trust boundary of the ThreatCanvas model.",
    });
  }
  const pairs = new Map<string, { trust_zone_a: string; trust_zone_b: string }>();
  for (const f of doc.flows) {
    const a = zoneOf(index.elementsById.get(f.source)!);
    const b = zoneOf(index.elementsById.get(f.target)!);
    if (a === b) continue;
    const [first, second] = a < b ? [a, b] : [b, a];
    pairs.set(`${first} ${second}`, { trust_zone_a: first, trust_zone_b: second });
  }
  const nodeOf = (type: DfdElement["type"]) => nodes.filter((n) => n.type === type);
  const actors = nodeOf("externalEntity").map((n) => ({
    ...keptFields(n, ["permissions"]),
    symbolic_name: symbol.get(n.id)!,
    title: n.name || "Actor",
    description: n.description,
    type: actorType(n),
    trust_zone: zoneOf(n),
  }));
  const components = nodeOf("process").map((n) => ({
    ...keptFields(n, ["repo_link"]),
    symbolic_name: symbol.get(n.id)!,
    title: n.name || "Component",
    description: n.description,
    trust_zone: zoneOf(n),
  }));
  const dataStores = nodeOf("dataStore").map((n) => ({
    ...keptFields(n, ["vendor", "product"]),
    symbolic_name: symbol.get(n.id)!,
    title: n.name || "Data store",
    description: n.description,
    type: storeType(n),
    trust_zone: zoneOf(n),
  }));
  const storeNames = new Set(dataStores.map((s) => s.symbolic_name));
  const dataFlows = doc.flows.map((f) => {
    const from = index.elementsById.get(f.source)!;
    const to = index.elementsById.get(f.target)!;
    return {
      symbolic_name: symbol.get(f.id)!,
      title: f.label || `${from.name || "source"} to ${to.name || "target"}`,
      description: f.description,
      source: { type: FLOW_END[from.type as keyof typeof FLOW_END], object: symbol.get(from.id)! },
      destination: { type: FLOW_END[to.type as keyof typeof FLOW_END], object: symbol.get(to.id)! },
      has_sensitive_data: sensitive(f),
      encrypted: f.props.encryptedInTransit === "yes",
    };
  });

  const threats = threatsForExport(doc, evaluation);
  const threatSymbol = new Map<string, string>();
  for (const t of threats) threatSymbol.set(t.id, names.take(t.title || t.id, "threat"));
  const personas = listOf(theirs.threat_personas);
  const personaNames = new Set(personas.map((p) => String(p.symbolic_name)));
  const tmlThreats = threats.map((t) => {
    const source = doc.customThreats.find((c) => c.id === t.id)?.source as
      Record<string, unknown> | null | undefined;
    const fromFile = source?.format === "tm-library" ? source : null;
    const persona =
      typeof fromFile?.threat_persona === "string" && personaNames.has(fromFile.threat_persona)
        ? fromFile.threat_persona
        : PERSONA;
    const affected = t.targetIds.flatMap((id) => symbol.get(id) ?? []);
    return {
      symbolic_name: threatSymbol.get(t.id)!,
      title: t.title,
      description: t.description || t.title,
      ...(affected.length ? { components_affected: affected } : {}),
      threat_persona: persona,
      event: typeof fromFile?.event === "string" ? fromFile.event : "Not recorded in ThreatCanvas",
      sources: Array.isArray(fromFile?.sources) ? fromFile.sources : ["adversary"],
      ...(Array.isArray(fromFile?.attack_mechanisms)
        ? { attack_mechanisms: fromFile.attack_mechanisms }
        : {}),
      ...(Array.isArray(fromFile?.weaknesses) ? { weaknesses: fromFile.weaknesses } : {}),
    };
  });
  if (tmlThreats.some((t) => t.threat_persona === PERSONA)) {
    personas.push({
      symbolic_name: PERSONA,
      title: "Unspecified attacker",
      description:
        "ThreatCanvas does not model threat personas; the threats that name this one were written without one.",
      is_person: true,
      skill_level: "engineer",
      access_level: "anonymous",
      malicious_intent: true,
      applicability_to_org: "moderate",
    });
  }
  const controls = doc.mitigations.map((m) => ({
    ...keptFields(m, ["trust_boundary"]),
    symbolic_name: names.take(m.title || m.id, "control"),
    title: m.title,
    description: m.description || m.title,
    threats: m.findingIds.flatMap((id) => threatSymbol.get(id) ?? []),
    status: CONTROL_STATES[m.status],
    priority: priorityOf(m),
  }));
  const risks = threats.map((t) => ({
    symbolic_name: names.take(`risk ${t.title || t.id}`, "risk"),
    title: t.title,
    description: t.description || t.title,
    threats: [threatSymbol.get(t.id)!],
    likelihood: LIKELIHOODS[t.likelihood - 1]!,
    impact: IMPACTS[t.impact - 1]!,
    impact_description: "",
    score: t.likelihood * t.impact,
    level: LEVELS[t.severity],
  }));
  const scope = isPlainObject(theirs.scope) ? theirs.scope : {};
  const dataSets = listOf(theirs.data_sets)
    .map((set) => ({
      ...set,
      placements: listOf(set.placements).filter((p) => storeNames.has(String(p.data_store))),
    }))
    .filter((set) => set.placements.length > 0);
  const file: Record<string, unknown> = {
    $schema: TML_SCHEMA_ID,
    version:
      typeof theirs.version === "string" && /^\d+(\.\d+)*$/.test(theirs.version)
        ? theirs.version
        : "1",
    scope: {
      title: doc.name || "Untitled model",
      description: doc.description || doc.name || "Untitled model",
      business_criticality: oneOf(
        scope.business_criticality,
        ["minimal", "low", "moderate", "high", "maximal"],
        "moderate",
      ),
      data_sensitivity: Array.isArray(scope.data_sensitivity)
        ? scope.data_sensitivity
        : derivedSensitivity(doc),
      exposure: oneOf(
        scope.exposure,
        ["internal", "external"],
        nodes.some((n) => n.type === "externalEntity") ? "external" : "internal",
      ),
      tier: oneOf(
        scope.tier,
        ["mission_critical", "business_critical", "important", "non_critical"],
        "important",
      ),
    },
    description: doc.description,
    ...pick(theirs, [
      "frozen",
      "released_at",
      "product_release_date",
      "release_docs_link",
      "reviewed_at",
      "repo_link",
    ]),
    ...(listOf(theirs.diagrams).length ? { diagrams: listOf(theirs.diagrams) } : {}),
    trust_zones: trustZones,
    trust_boundaries: [...pairs.values()],
    actors,
    components,
    data_stores: dataStores,
    data_sets: dataSets,
    data_flows: dataFlows,
    assumptions: doc.assumptions.map((a) => ({
      description: a.text,
      validity: a.valid ? "unconfirmed" : "rejected",
    })),
    threat_personas: personas,
    threats: tmlThreats,
    controls,
    risks,
    extensions: isPlainObject(theirs.extensions) ? { ...theirs.extensions } : {},
  };
  return file;
}

/** The Threat Model Library file as text, with our document under `extensions`. */
export function exportTmLibrary(doc: ThreatModel, evaluation: EvaluationResult): string {
  const file = tmLibraryFile(doc, evaluation);
  const draft = readTmLibraryFile(asJson(file))[0]!.draft;
  (file.extensions as Record<string, unknown>)[OURS] = embed(doc, draft);
  return `${JSON.stringify(file, null, 2)}\n`;
}

class SymbolicNames {
  private readonly used = new Set<string>([OUTSIDE_ZONE, PERSONA]);
  take(text: string, fallback: string): string {
    const base = slug(text, fallback);
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}-${n}`;
    this.used.add(name);
    return name;
  }
}

function keptFields(item: object, keys: readonly string[]): Record<string, unknown> {
  const theirs = (item as Record<string, unknown>).tmLibrary;
  return isPlainObject(theirs) ? pick(theirs, keys) : {};
}

function pick(from: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isPlainObject).map((v) => ({ ...v })) : [];
}

function actorType(n: DfdElement): string {
  const kept = keptFields(n, ["type"]).type;
  const allowed = [
    "system",
    "user",
    "power_user",
    "administrator",
    "engineer",
    "third_party",
  ] as const;
  if (typeof kept === "string" && (allowed as readonly string[]).includes(kept)) return kept;
  return n.type === "externalEntity" && n.props.entityKind === "human" ? "user" : "system";
}

function storeType(n: DfdElement): string {
  const kept = keptFields(n, ["type"]).type;
  const allowed = ["sql", "key_value", "document", "object", "graph", "time_series"] as const;
  if (typeof kept === "string" && (allowed as readonly string[]).includes(kept)) return kept;
  if (n.type !== "dataStore") return "document";
  switch (n.mlKind) {
    case "feature-store":
      return "key_value";
    case "training-data-store":
    case "model-artifact-store":
    case "model-registry":
    case "container-registry":
      return "object";
    default:
      return "document";
  }
}

function priorityOf(m: object): string {
  const kept = keptFields(m, ["priority"]).priority;
  return oneOf(kept, ["none", "low", "medium", "high", "critical"], "medium");
}

function sensitive(f: DataFlow): boolean {
  return (
    f.props.carriesPersonalData === "yes" ||
    f.props.classification === "confidential" ||
    f.props.classification === "restricted"
  );
}

function derivedSensitivity(doc: ThreatModel): string[] {
  const out = new Set<string>();
  for (const e of doc.elements) {
    if (e.type !== "dataStore") continue;
    if (e.props.containsPersonalData === "yes") out.add("pii");
    if (e.props.storesCredentials === "yes") out.add("cred");
  }
  for (const f of doc.flows) if (f.props.carriesPersonalData === "yes") out.add("pii");
  return [...out];
}
