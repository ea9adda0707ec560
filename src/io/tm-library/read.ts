import type { MitigationStatus } from "../../domain/decisions";
import type {
  DraftAssumption,
  DraftElement,
  DraftFlow,
  DraftMitigation,
  DraftThreat,
  ModelDraft,
} from "../interop/draft";
import { emptyCounts } from "../interop/draft";
import type { FormatDiagram } from "../interop/finish";
import { isPlainObject as isRecord } from "../interop/overlay";
import { shortName, str } from "../interop/text";
import { FormatError, type ReportEntry } from "../interop/types";
import { readMitigationState } from "../interop/vocabulary";
import { IMPACTS, LIKELIHOODS, OURS, OUTSIDE_ZONE } from "./names";

/** How sure we are that `json` is an OWASP Threat Model Library file: 0 to 1. */
export function detectTmLibrary(json: unknown): number {
  if (!isRecord(json)) return 0;
  if (typeof json.$schema === "string" && json.$schema.includes("threat-model-library"))
    return 0.95;
  if (isRecord(json.scope) && Array.isArray(json.data_flows) && Array.isArray(json.trust_zones))
    return 0.8;
  return 0;
}

const LISTS = [
  "diagrams",
  "trust_zones",
  "trust_boundaries",
  "actors",
  "components",
  "data_stores",
  "data_sets",
  "data_flows",
  "assumptions",
  "threat_personas",
  "threats",
  "controls",
  "risks",
] as const;

const ACTOR_KINDS: Record<string, "human" | "system"> = {
  user: "human",
  power_user: "human",
  administrator: "human",
  engineer: "human",
  system: "system",
  third_party: "system",
};

const SENSITIVITY_CLASS: Record<string, number> = {
  op: 2,
  pii: 3,
  ip: 3,
  biz: 3,
  gov: 3,
  cred: 4,
  fin: 4,
  pci: 4,
  phi: 4,
};
const CLASSES = ["unknown", "public", "internal", "confidential", "restricted"] as const;

export function readTmLibraryFile(json: unknown): FormatDiagram[] {
  if (!isRecord(json))
    throw new FormatError([
      "The file is not a Threat Model Library model: it should be a JSON object.",
    ]);
  const errors: string[] = [];
  for (const key of LISTS) {
    if (json[key] !== undefined && !Array.isArray(json[key]))
      errors.push(`${key}: should be a list, but is ${describe(json[key])}.`);
  }
  if (json.scope !== undefined && !isRecord(json.scope))
    errors.push(
      `scope: should be an object (title, description ...), but is ${describe(json.scope)}.`,
    );
  if (json.extensions !== undefined && !isRecord(json.extensions))
    errors.push(`extensions: should be an object, but is ${describe(json.extensions)}.`);
  if (errors.length) throw new FormatError(errors);
  const list = (key: (typeof LISTS)[number]): Record<string, unknown>[] =>
    Array.isArray(json[key]) ? (json[key] as unknown[]).filter(isRecord) : [];
  const report: ReportEntry[] = [];
  const counts = emptyCounts();
  const scope = isRecord(json.scope) ? json.scope : {};
  const zoneIds = new Set(list("trust_zones").map((z) => str(z.symbolic_name)));
  const elements: DraftElement[] = [];
  // Symbolic names are unique per kind only: a component may share its name with a zone.
  const taken = new Set<string>(zoneIds);
  const typed = new Map<string, string>();
  const claim = (kind: string, name: string): string => {
    let id = name;
    if (taken.has(id)) id = `${name}-${kind.replace(/_/g, "-")}`;
    for (let n = 2; taken.has(id); n++) id = `${name}-${kind.replace(/_/g, "-")}-${n}`;
    taken.add(id);
    typed.set(`${kind}:${name}`, id);
    if (!typed.has(`any:${name}`) || zoneIds.has(name)) typed.set(`any:${name}`, id);
    return id;
  };
  const zoneOf = (item: Record<string, unknown>, label: string): string | null => {
    const zone = str(item.trust_zone);
    if (!zone || zone === OUTSIDE_ZONE) return null;
    if (zoneIds.has(zone)) return zone;
    report.push({
      kind: "approximated",
      item: label,
      text: `its trust zone "${zone}" is not in the file; placed outside every zone`,
    });
    return null;
  };

  for (const [index, zone] of list("trust_zones").entries()) {
    const id = str(zone.symbolic_name) || `trust-zone-${index + 1}`;
    // The zone our export gives elements that sit in no boundary (the format requires one).
    if (id === OUTSIDE_ZONE) continue;
    counts.boundaries++;
    elements.push({
      id,
      type: "trustBoundary",
      name: str(zone.title),
      description: str(zone.description),
      parentId: null,
      item: `Trust zone "${shortName(str(zone.title) || id)}"`,
    });
  }
  for (const [index, actor] of list("actors").entries()) {
    counts.elements++;
    const id = claim("actor", str(actor.symbolic_name) || `actor-${index + 1}`);
    const item = `Actor "${shortName(str(actor.title) || id)}"`;
    const kind = ACTOR_KINDS[str(actor.type)];
    elements.push({
      id,
      type: "externalEntity",
      name: str(actor.title),
      description: str(actor.description),
      props: kind ? { entityKind: kind } : {},
      parentId: zoneOf(actor, item),
      extra: theirs(actor, ["symbolic_name", "title", "description", "trust_zone"]),
      item,
    });
  }
  for (const [index, component] of list("components").entries()) {
    counts.elements++;
    const id = claim("component", str(component.symbolic_name) || `component-${index + 1}`);
    const item = `Component "${shortName(str(component.title) || id)}"`;
    if (str(component.parent_component)) {
      report.push({
        kind: "approximated",
        item,
        text: `is part of component "${str(component.parent_component)}"; drawn beside it in the same zone`,
      });
    }
    elements.push({
      id,
      type: "process",
      name: str(component.title),
      description: str(component.description),
      parentId: zoneOf(component, item),
      extra: theirs(component, ["symbolic_name", "title", "description", "trust_zone"]),
      item,
    });
  }
  const stores = list("data_stores");
  const dataSets = list("data_sets");
  for (const [index, store] of stores.entries()) {
    counts.elements++;
    const symbolic = str(store.symbolic_name) || `data-store-${index + 1}`;
    const id = claim("data_store", symbolic);
    const item = `Data store "${shortName(str(store.title) || id)}"`;
    const product = [str(store.vendor), str(store.product)].filter(Boolean);
    elements.push({
      id,
      type: "dataStore",
      name: str(store.title),
      description: str(store.description),
      technologies: str(store.product) ? [str(store.product)] : product,
      props: storeProps(symbolic, dataSets),
      parentId: zoneOf(store, item),
      extra: theirs(store, ["symbolic_name", "title", "description", "trust_zone"]),
      item,
    });
  }

  const flows: DraftFlow[] = list("data_flows").map((flow, index) => {
    counts.flows++;
    const id = str(flow.symbolic_name) || `data-flow-${index + 1}`;
    const props: Record<string, unknown> = {};
    if (flow.encrypted === true) props.encryptedInTransit = "yes";
    if (flow.encrypted === false) props.encryptedInTransit = "no";
    if (flow.has_sensitive_data === true) props.classification = "confidential";
    return {
      id,
      source: endpoint(flow.source, typed),
      target: endpoint(flow.destination, typed),
      label: str(flow.title),
      description: str(flow.description),
      props,
      extra: theirs(flow, [
        "symbolic_name",
        "title",
        "description",
        "source",
        "destination",
        "encrypted",
      ]),
      item: `Data flow "${shortName(str(flow.title) || id)}"`,
    };
  });

  const controls = list("controls");
  const risks = list("risks");
  const threats: DraftThreat[] = list("threats").map((threat, index) => {
    counts.threats++;
    const id = str(threat.symbolic_name) || `threat-${index + 1}`;
    const item = `Threat "${shortName(str(threat.title) || id)}"`;
    const mine = controls.filter((c) => Array.isArray(c.threats) && c.threats.includes(id));
    const states = mine.map((c) => readMitigationState(c.status).status);
    const status = statusFromControls(states);
    if (status !== "open") {
      report.push({
        kind: "approximated",
        item,
        text:
          status === "mitigated"
            ? "threats carry no status in this format; taken as mitigated, since every control for it is in place"
            : "threats carry no status in this format; taken as mitigation in progress, since some of its controls are in place or planned",
      });
    }
    const risk = risks.filter((r) => Array.isArray(r.threats) && r.threats.includes(id));
    const likelihood = Math.max(
      0,
      ...risk.map((r) => LIKELIHOODS.indexOf(str(r.likelihood) as never) + 1),
    );
    const impact = Math.max(0, ...risk.map((r) => IMPACTS.indexOf(str(r.impact) as never) + 1));
    const source: DraftThreat["source"] = { format: "tm-library", id };
    for (const key of ["threat_persona", "event", "sources", "attack_mechanisms", "weaknesses"]) {
      if (threat[key] !== undefined) source[key] = threat[key];
    }
    const draft: DraftThreat = {
      id,
      targetIds: Array.isArray(threat.components_affected)
        ? threat.components_affected
            .filter((t): t is string => typeof t === "string")
            .map((t) => typed.get(`any:${t}`) ?? t)
        : [],
      title: str(threat.title),
      description: str(threat.description),
      status,
      notes: risk
        .map(
          (r) =>
            `Risk "${str(r.title)}": ${str(r.description)}${str(r.impact_description) ? ` Impact: ${str(r.impact_description)}` : ""}`,
        )
        .join("\n\n"),
      source,
      item,
    };
    if (likelihood > 0) draft.likelihood = likelihood;
    if (impact > 0) draft.impact = impact;
    return draft;
  });
  const mitigations: DraftMitigation[] = controls.map((control, index) => {
    const id = str(control.symbolic_name) || `control-${index + 1}`;
    const item = `Control "${shortName(str(control.title) || id)}"`;
    const state = readMitigationState(control.status);
    if (state.note) report.push({ kind: "approximated", item, text: state.note });
    return {
      id,
      title: str(control.title),
      description: str(control.description),
      status: state.status,
      threatIds: Array.isArray(control.threats)
        ? control.threats.filter((t): t is string => typeof t === "string")
        : [],
      extra: theirs(control, ["symbolic_name", "title", "description", "threats", "status"]),
      item,
    };
  });
  const assumptions: DraftAssumption[] = list("assumptions").map((a, index) => ({
    id: `assumption-${index + 1}`,
    text: str(a.description),
    valid: str(a.validity) !== "rejected",
    extra: theirs(a, ["description", "validity"]),
  }));

  const extensions = isRecord(json.extensions) ? json.extensions : {};
  const { [OURS]: embedded, ...otherExtensions } = extensions;
  const kept: Record<string, unknown> = {};
  for (const key of [
    "version",
    "scope",
    "frozen",
    "released_at",
    "product_release_date",
    "release_docs_link",
    "reviewed_at",
    "repo_link",
  ] as const) {
    if (json[key] !== undefined) kept[key] = json[key];
  }
  for (const key of ["diagrams", "trust_boundaries", "data_sets", "threat_personas"] as const) {
    if (list(key).length) kept[key] = list(key);
  }
  if (Object.keys(otherExtensions).length) kept.extensions = otherExtensions;
  const personas = list("threat_personas").length;
  if (personas)
    report.push({
      kind: "info",
      item: "Threat personas",
      text: `${personas} kept with the model for export; ThreatCanvas does not model attackers`,
    });
  if (list("trust_boundaries").length) {
    report.push({
      kind: "info",
      item: "Trust boundaries",
      text: "kept for export; here each zone is a box, and a flow between two zones crosses their boundary",
    });
  }
  if (list("diagrams").length)
    report.push({
      kind: "info",
      item: "Diagrams",
      text: "their source text is kept; the diagram was laid out from the model itself",
    });
  const descriptions = [str(json.description), str(scope.description)].filter(
    (d) => d.trim() !== "",
  );
  const draft: ModelDraft = {
    name: str(scope.title),
    description: [...new Set(descriptions)].join("\n\n"),
    elements,
    flows,
    threats,
    mitigations,
    assumptions,
    extra: { tmLibrary: kept },
    membership: "explicit",
    sourceCounts: counts,
    report,
  };
  return [{ title: str(scope.title) || "Threat Model Library model", draft, embedded }];
}

function statusFromControls(states: readonly MitigationStatus[]) {
  if (states.length > 0 && states.every((s) => s === "implemented")) return "mitigated" as const;
  if (states.some((s) => s === "inProgress" || s === "implemented"))
    return "mitigationInProgress" as const;
  return "open" as const;
}

function storeProps(
  storeId: string,
  dataSets: readonly Record<string, unknown>[],
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  let rank = 0;
  const placements: boolean[] = [];
  for (const set of dataSets) {
    const here = Array.isArray(set.placements)
      ? set.placements.filter((p) => isRecord(p) && str(p.data_store) === storeId)
      : [];
    if (here.length === 0) continue;
    const sensitivity = Array.isArray(set.data_sensitivity) ? set.data_sensitivity.map(str) : [];
    if (sensitivity.some((s) => s === "pii" || s === "phi")) props.containsPersonalData = "yes";
    if (sensitivity.includes("cred")) props.storesCredentials = "yes";
    for (const s of sensitivity) rank = Math.max(rank, SENSITIVITY_CLASS[s] ?? 0);
    for (const p of here)
      if (isRecord(p) && typeof p.encrypted === "boolean") placements.push(p.encrypted);
  }
  if (rank > 0) props.classification = CLASSES[rank];
  if (placements.length) props.encryptedAtRest = placements.every(Boolean) ? "yes" : "no";
  return props;
}

/** A flow end `{type, object}` to our id (the type tells a component from a zone of one name). */
function endpoint(value: unknown, typed: ReadonlyMap<string, string>): string {
  const object = isRecord(value) ? str(value.object) : str(value);
  const type = isRecord(value) ? str(value.type).replace(/-/g, "_") : "";
  return typed.get(`${type}:${object}`) ?? typed.get(`any:${object}`) ?? object;
}

function theirs(item: Record<string, unknown>, read: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (!read.includes(key)) kept[key] = value;
  return Object.keys(kept).length ? { tmLibrary: kept } : {};
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text "${shortName(value, 40)}"`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
