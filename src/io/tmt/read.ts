import type { ElementType } from "../../domain/schema";
import type { DraftElement, DraftFlow, DraftThreat, ModelDraft } from "../interop/draft";
import { emptyCounts } from "../interop/draft";
import type { FormatDiagram } from "../interop/finish";
import {
  boxContainsPoint,
  centerOf,
  curveThrough,
  numberFrom,
  type Box,
  type Pt,
} from "../interop/geometry";
import { placeLines, type LineFlow } from "../interop/lines";
import { htmlToText, shortName } from "../interop/text";
import { FormatError, type ReportEntry } from "../interop/types";
import { readCategories, readThreatState, severityToScores } from "../interop/vocabulary";
import { ENTITY_KINDS, ML_STENCILS, PROTOCOL_STENCILS, ZONE_STENCILS } from "./stencils";
import { allChildren, child, children, parseXml, textOf, type XmlNode } from "./xml";

/** How sure we are that `text` is a TMT model: 0 to 1. */
export function detectTmt(text: string): number {
  const head = text.slice(0, 2000);
  if (
    /<ThreatModel\b/.test(head) &&
    /schemas\.datacontract\.org\/2004\/07\/ThreatModeling/.test(head)
  )
    return 0.95;
  return /^\s*<ThreatModel\b/.test(head) ? 0.7 : 0;
}

const GENERIC_TYPES: Record<string, ElementType | "line" | "flow"> = {
  "GE.P": "process",
  "GE.EI": "externalEntity",
  "GE.DS": "dataStore",
  "GE.TB.B": "trustBoundary",
  "GE.TB.L": "line",
  "GE.DF": "flow",
};

const ZERO_GUID = "00000000-0000-0000-0000-000000000000";

const TYPE_WORDS: Record<ElementType, string> = {
  process: "Process",
  externalEntity: "External interactor",
  dataStore: "Data store",
  trustBoundary: "Trust boundary",
};

interface Knowledge {
  stencilNames: Map<string, string>;
  threatTypes: Map<string, { category: string; title: string }>;
}

export function readTmtText(text: string, fileName: string | null = null): FormatDiagram[] {
  const root = child(parseXml(text), "ThreatModel");
  if (!root)
    throw new FormatError([
      "The file has no <ThreatModel> element at its root, so it is not a Threat Modeling Tool model.",
    ]);
  const surfaces = children(child(root, "DrawingSurfaceList"), "DrawingSurfaceModel");
  if (surfaces.length === 0) {
    throw new FormatError([
      "ThreatModel.DrawingSurfaceList: has no DrawingSurfaceModel, so the file has no diagram to open.",
    ]);
  }
  const knowledge = readKnowledge(child(root, "KnowledgeBase"));
  const meta = child(root, "MetaInformation");
  const threatsBySurface = new Map<string, XmlNode[]>();
  for (const pair of allChildren(child(root, "ThreatInstances"))) {
    const value = child(pair, "Value");
    if (!value) continue;
    const surface = textOf(value, "DrawingSurfaceGuid");
    threatsBySurface.set(surface, [
      ...(threatsBySurface.get(surface) ?? []),
      { ...value, "@key": textOf(pair, "Key") },
    ]);
  }
  const modelName = textOf(meta, "ThreatModelName").trim();
  return surfaces.map((surface, index) => {
    const header = textOf(surface, "Header").trim() || `Diagram ${index + 1}`;
    const guid = textOf(surface, "Guid");
    const threats =
      threatsBySurface.get(guid) ??
      (surfaces.length === 1 ? [...threatsBySurface.values()].flat() : []);
    const draft = readSurface(surface, threats, knowledge);
    // TMT files often have no model name: the file's name says more than "Diagram 1".
    const fileStem = (fileName ?? "")
      .replace(/^.*[\\/]/, "")
      .replace(/\.tm7$/i, "")
      .trim();
    const title = modelName || fileStem;
    draft.name =
      surfaces.length > 1
        ? `${title || "Threat Modeling Tool model"} — ${header}`
        : title || header;
    draft.owner = textOf(meta, "Owner");
    const external = textOf(meta, "ExternalDependencies").trim();
    draft.description = [
      textOf(meta, "HighLevelSystemDescription").trim(),
      external ? `External dependencies: ${external}` : "",
    ]
      .filter(Boolean)
      .join("\n\n");
    const assumptions = textOf(meta, "Assumptions").trim();
    if (assumptions)
      draft.assumptions = [{ id: "tmt-assumptions", text: assumptions, valid: true }];
    const people = [
      ...textOf(meta, "Contributors")
        .split(/[,;\n]/)
        .map((n) => ({ name: n.trim(), role: "Contributor" })),
      { name: textOf(meta, "Reviewer").trim(), role: "Reviewer" },
    ].filter((p) => p.name);
    if (people.length)
      draft.extra = {
        ...draft.extra,
        workshop: { attendees: people.map((p) => ({ ...p, name: p.name.slice(0, 200) })) },
      };
    return { title: header, draft, embedded: undefined };
  });
}

function readKnowledge(kb: XmlNode | null): Knowledge {
  const stencilNames = new Map<string, string>();
  for (const list of ["GenericElements", "StandardElements"]) {
    for (const type of children(child(kb, list), "ElementType"))
      stencilNames.set(textOf(type, "Id"), textOf(type, "Name"));
  }
  const threatTypes = new Map<string, { category: string; title: string }>();
  for (const type of children(child(kb, "ThreatTypes"), "ThreatType")) {
    threatTypes.set(textOf(type, "Id"), {
      category: textOf(type, "Category"),
      title: textOf(type, "ShortTitle"),
    });
  }
  return { stencilNames, threatTypes };
}

interface Attribute {
  name: string;
  label: string;
  value: string;
  /** For lists: the values offered and whether the chosen one is the first (a default). */
  options: string[] | null;
  selectedIndex: number;
  isStatic: boolean;
}

function readAttributes(value: XmlNode): Attribute[] {
  return children(child(value, "Properties"), "anyType").map((attr) => {
    const raw = child(attr, "Value");
    const listed = raw ? children(raw, "string").map((s) => textOf(s)) : [];
    const selectedIndex = numberFrom(textOf(attr, "SelectedIndex")) ?? 0;
    const type = String(attr["@type"] ?? "");
    return {
      name: textOf(attr, "Name"),
      label: textOf(attr, "DisplayName"),
      value: listed.length ? (listed[selectedIndex] ?? "") : textOf(attr, "Value"),
      options: listed.length ? listed : null,
      selectedIndex,
      isStatic: type.includes("StaticList"),
    };
  });
}

/**
 * A TMT choice as our tri-state: Yes is yes; No is no only when someone chose it (a list that
 * offers "Not Selected", or No is not the first, default, option); anything else is unknown.
 */
function triState(attr: Attribute | undefined): "yes" | "no" | null {
  if (!attr) return null;
  const word = attr.value.trim().toLowerCase();
  if (word === "yes" || word === "true") return "yes";
  if (word !== "no" && word !== "false") return null;
  if (attr.isStatic) return null;
  const offersUnset = (attr.options ?? []).some((o) => /^(not selected|select)$/i.test(o.trim()));
  return offersUnset || attr.selectedIndex > 0 ? "no" : null;
}

function readSurface(
  surface: XmlNode,
  threats: readonly XmlNode[],
  knowledge: Knowledge,
): ModelDraft {
  const report: ReportEntry[] = [];
  const counts = emptyCounts();
  const elements: DraftElement[] = [];
  const lineBoundaries: { id: string; name: string; typeId: string; path: Pt[] }[] = [];
  const connectors: XmlNode[] = [];
  let unmapped = 0;

  const entries = [
    ...children(child(surface, "Borders"), "KeyValueOfguidanyType"),
    ...children(child(surface, "Lines"), "KeyValueOfguidanyType"),
  ];
  for (const entry of entries) {
    const value = child(entry, "Value");
    if (!value) continue;
    const id = textOf(value, "Guid") || textOf(entry, "Key");
    const generic = GENERIC_TYPES[textOf(value, "GenericTypeId")];
    const typeId = textOf(value, "TypeId");
    const attributes = readAttributes(value);
    const name = attributes.find((a) => a.label === "Name")?.value ?? "";
    if (generic === "flow") {
      counts.flows++;
      connectors.push(value);
      continue;
    }
    if (generic === "line") {
      counts.boundaries++;
      lineBoundaries.push({ id, name, typeId, path: linePath(value) });
      continue;
    }
    if (!generic) {
      report.push({
        kind: "dropped",
        item: `Stencil "${shortName(name || id)}"`,
        text: `its kind "${textOf(value, "GenericTypeId") || "none"}" is not one ThreatCanvas draws (annotations and free text are not imported)`,
      });
      continue;
    }
    if (generic === "trustBoundary") counts.boundaries++;
    else counts.elements++;
    const item = `${TYPE_WORDS[generic]} "${shortName(name || id)}"`;
    const left = numberFrom(textOf(value, "Left"));
    const top = numberFrom(textOf(value, "Top"));
    const box: Box | null =
      left === null || top === null
        ? null
        : {
            x: left,
            y: top,
            width: numberFrom(textOf(value, "Width")) ?? 100,
            height: numberFrom(textOf(value, "Height")) ?? 100,
          };
    const { props, mapped, technologies, mlKind, note } = elementProps(
      generic,
      typeId,
      attributes,
      knowledge,
    );
    unmapped += attributes.filter((a) => a.name && !mapped.has(a.name) && !isBookkeeping(a)).length;
    if (note) report.push({ kind: "approximated", item, text: note });
    const draft: DraftElement = {
      id,
      type: generic,
      name,
      outOfScope: attributes.find((a) => a.label === "Out Of Scope")?.value === "true",
      outOfScopeReason: attributes.find((a) => a.label === "Reason For Out Of Scope")?.value ?? "",
      technologies,
      props,
      box,
      extra: { tmt: { typeId } },
      item,
    };
    if (generic !== "trustBoundary") draft.mlKind = mlKind;
    elements.push(draft);
  }

  const nodes = elements
    .filter((e) => e.type !== "trustBoundary" && e.box)
    .map((e) => ({ id: e.id, box: e.box! }));
  const flows: DraftFlow[] = [];
  const lineFlows: LineFlow[] = [];
  for (const value of connectors) {
    const id = textOf(value, "Guid");
    const attributes = readAttributes(value);
    const name = attributes.find((a) => a.label === "Name")?.value ?? "";
    const item = `Data flow "${shortName(name || id)}"`;
    const typeId = textOf(value, "TypeId");
    const path = linePath(value);
    const source = attach(textOf(value, "SourceGuid"), path[0], nodes, item, "start", report);
    const target = attach(
      textOf(value, "TargetGuid"),
      path[path.length - 1],
      nodes,
      item,
      "end",
      report,
    );
    const props: Record<string, unknown> = {};
    const pick = (key: string) => attributes.find((a) => a.name === key);
    const set = (prop: string, key: string) => {
      const v = triState(pick(key));
      if (v) props[prop] = v;
    };
    set("encryptedInTransit", "providesConfidentiality");
    set("integrityVerified", "providesIntegrity");
    set("authenticated", "authenticatesSource");
    if (PROTOCOL_STENCILS[typeId]) props.protocol = PROTOCOL_STENCILS[typeId];
    const stencil = typeId.startsWith("SE.") ? knowledge.stencilNames.get(typeId) : undefined;
    flows.push({
      id,
      source,
      target,
      label: name,
      outOfScope: attributes.find((a) => a.label === "Out Of Scope")?.value === "true",
      outOfScopeReason: attributes.find((a) => a.label === "Reason For Out Of Scope")?.value ?? "",
      technologies: stencil && !PROTOCOL_STENCILS[typeId] ? [stencil] : [],
      props,
      extra: { tmt: { typeId } },
      item,
    });
    const from = nodes.find((n) => n.id === source);
    const to = nodes.find((n) => n.id === target);
    if (from && to) {
      lineFlows.push({
        id,
        source,
        target,
        path: curveThrough(
          centerOf(from.box),
          handleOf(value) ?? midpoint(from.box, to.box),
          centerOf(to.box),
        ),
      });
    }
  }

  if (lineBoundaries.length) {
    const boxes = elements.filter((e) => e.type === "trustBoundary" && e.box).map((e) => e.box!);
    const placed = placeLines(lineBoundaries, nodes, lineFlows, boxes);
    for (const line of placed) {
      const source = lineBoundaries.find((l) => l.id === line.id)!;
      const item = `Trust boundary "${shortName(source.name || "unnamed")}"`;
      const stencil = source.typeId.startsWith("SE.")
        ? knowledge.stencilNames.get(source.typeId)
        : undefined;
      elements.push({
        id: line.id,
        type: "trustBoundary",
        name: source.name,
        technologies: stencil ? [stencil] : [],
        props: ZONE_STENCILS[source.typeId] ? { zoneKind: ZONE_STENCILS[source.typeId] } : {},
        box: line.box,
        extra: { tmt: { typeId: source.typeId, drawnAs: "line" } },
        item,
      });
      for (const flowId of line.explicitCrossings) {
        const flow = flows.find((f) => f.id === flowId);
        if (flow) flow.crossesBoundaryIds = [...(flow.crossesBoundaryIds ?? []), line.id];
      }
      const n = line.crossingFlowIds.length;
      const crossed = `${n} flow${n === 1 ? "" : "s"} cross${n === 1 ? "es" : ""} it`;
      report.push({
        kind: "approximated",
        item,
        text: line.encloses
          ? `a line boundary in TMT; made a box around the side it cuts off (${crossed})`
          : `a line boundary in TMT; placed as an empty zone below the diagram, and the ${crossed} are marked as crossing it`,
      });
    }
  }
  if (unmapped > 0) {
    report.push({
      kind: "info",
      item: "Stencil properties",
      text: `${unmapped} stencil propert${unmapped === 1 ? "y has" : "ies have"} no ThreatCanvas equivalent and were left out`,
    });
  }

  const draftThreats = threats.map((t) => threatOf(t, knowledge, report));
  counts.threats = draftThreats.length;
  return {
    name: "",
    elements,
    flows,
    threats: draftThreats,
    membership: "geometry",
    sourceCounts: counts,
    report,
  };
}

function isBookkeeping(a: Attribute): boolean {
  return ["Name", "Out Of Scope", "Reason For Out Of Scope", "Dataflow Order"].includes(a.label);
}

function elementProps(
  type: ElementType,
  typeId: string,
  attributes: readonly Attribute[],
  knowledge: Knowledge,
): {
  props: Record<string, unknown>;
  mapped: Set<string>;
  technologies: string[];
  mlKind: DraftElement["mlKind"];
  note: string | null;
} {
  const props: Record<string, unknown> = {};
  const mapped = new Set<string>();
  const pick = (key: string) => attributes.find((a) => a.name === key);
  const set = (prop: string, key: string) => {
    mapped.add(key);
    const v = triState(pick(key));
    if (v) props[prop] = v;
  };
  if (type === "process") {
    set("authenticatesCallers", "implementsAuthenticationScheme");
    set("authorizesActions", "implementsCustomAuthorizationMechanism");
    set("validatesInput", "hasInputSanitizers");
    mapped.add("runningAs").add("acceptsInputFrom");
    const running = pick("runningAs")?.value ?? "";
    if (/^(kernel|system|administrator|local service|network service)$/i.test(running))
      props.runsPrivileged = "yes";
    else if (/^standard user/i.test(running)) props.runsPrivileged = "no";
    if (/any remote user/i.test(pick("acceptsInputFrom")?.value ?? ""))
      props.internetExposed = "yes";
  } else if (type === "dataStore") {
    set("storesCredentials", "storesCredentials");
    set("storesLogs", "storesLogData");
    set("encryptedAtRest", "Encrypted");
    set("integrityVerified", "Signed");
  } else if (type === "externalEntity") {
    if (ENTITY_KINDS[typeId]) props.entityKind = ENTITY_KINDS[typeId];
  } else if (ZONE_STENCILS[typeId]) {
    props.zoneKind = ZONE_STENCILS[typeId];
  }
  const stencil = typeId.startsWith("SE.") ? knowledge.stencilNames.get(typeId) : undefined;
  const ml = ML_STENCILS[typeId];
  return {
    props,
    mapped,
    technologies: stencil ? [stencil] : [],
    mlKind: ml?.kind ?? null,
    note: ml?.note ?? null,
  };
}

function threatOf(value: XmlNode, knowledge: Knowledge, report: ReportEntry[]): DraftThreat {
  const properties = new Map(
    children(child(value, "Properties"), "KeyValueOfstringstring").map((p) => [
      textOf(p, "Key"),
      textOf(p, "Value"),
    ]),
  );
  const typeId = textOf(value, "TypeId");
  const type = knowledge.threatTypes.get(typeId);
  const title =
    properties.get("Title") || textOf(value, "Title") || type?.title || `Threat ${typeId}`;
  const item = `Threat "${shortName(title)}"`;
  const stateText = textOf(value, "State");
  const state = readThreatState(stateText);
  if (state.note) report.push({ kind: "approximated", item, text: state.note });
  const categories = readCategories(
    [type?.category ?? "", properties.get("UserThreatCategory") ?? ""],
    "stride",
  );
  const priority = textOf(value, "Priority") || properties.get("Priority") || "";
  const scores = severityToScores(priority);
  const key = String(value["@key"] ?? "") || `${typeId}-${textOf(value, "Id")}`;
  const targets = [
    textOf(value, "FlowGuid"),
    textOf(value, "SourceGuid"),
    textOf(value, "TargetGuid"),
  ].filter((id) => id && id !== ZERO_GUID);
  const source: DraftThreat["source"] = { format: "tmt", id: key, typeId };
  if (stateText) source.state = stateText;
  if (priority) source.priority = priority;
  const interaction = properties.get("InteractionString") || textOf(value, "InteractionString");
  if (interaction) source.interaction = interaction;
  if (properties.get("SDLPhase")) source.sdlPhase = properties.get("SDLPhase");
  const threat: DraftThreat = {
    id: key,
    targetIds: [...new Set(targets)],
    title: htmlToText(title),
    description: htmlToText(
      properties.get("UserThreatDescription") || textOf(value, "UserThreatDescription") || "",
    ),
    stride: categories.stride.slice(0, 1),
    mitigation: htmlToText(properties.get("PossibleMitigations") ?? ""),
    status: state.status,
    justification: htmlToText(textOf(value, "StateInformation")),
    source,
    item,
  };
  if (scores) {
    threat.likelihood = scores.likelihood;
    threat.impact = scores.impact;
  }
  return threat;
}

function linePath(value: XmlNode): Pt[] {
  const point = (x: string, y: string): Pt | null => {
    const px = numberFrom(textOf(value, x));
    const py = numberFrom(textOf(value, y));
    return px === null || py === null ? null : { x: px, y: py };
  };
  const start = point("SourceX", "SourceY");
  const end = point("TargetX", "TargetY");
  const handle = point("HandleX", "HandleY");
  if (!start || !end) return [];
  return handle ? curveThrough(start, handle, end) : [start, end];
}

function handleOf(value: XmlNode): Pt | null {
  const x = numberFrom(textOf(value, "HandleX"));
  const y = numberFrom(textOf(value, "HandleY"));
  return x === null || y === null ? null : { x, y };
}

function midpoint(a: Box, b: Box): Pt {
  const ca = centerOf(a);
  const cb = centerOf(b);
  return { x: (ca.x + cb.x) / 2, y: (ca.y + cb.y) / 2 };
}

function attach(
  guid: string,
  at: Pt | undefined,
  nodes: readonly { id: string; box: Box }[],
  item: string,
  which: "start" | "end",
  report: ReportEntry[],
): string {
  if (guid && guid !== ZERO_GUID && nodes.some((n) => n.id === guid)) return guid;
  const hit = at ? nodes.find((n) => boxContainsPoint(n.box, at)) : undefined;
  if (hit) {
    report.push({
      kind: "approximated",
      item,
      text: `its ${which} was not attached in TMT; attached to the element under it`,
    });
    return hit.id;
  }
  return guid && guid !== ZERO_GUID ? guid : "";
}
