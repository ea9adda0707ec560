import { indexModel } from "../../domain/graph";
import { ELEMENT_TYPE_LABELS } from "../../domain/labels";
import type { DfdElement, ThreatModel } from "../../domain/schema";

/**
 * The diagram as a Mermaid flowchart, for Markdown viewers that draw it (GitHub, GitLab):
 * boundaries as nested subgraphs, processes as circles, data stores as cylinders, external
 * entities as boxes. Ids are our own (n1, n2 ...); names are written with Mermaid's entity codes
 * for anything but letters, digits and spaces, so no name can end a label or add syntax.
 */
export function mermaidFlowchart(model: ThreatModel): string {
  const index = indexModel(model);
  const ids = new Map<string, string>();
  model.elements.forEach((element, i) => ids.set(element.id, `n${i + 1}`));
  const lines = ["flowchart LR"];
  const children = new Map<string | null, DfdElement[]>();
  for (const element of model.elements) {
    const parent =
      element.parentId !== null && index.elementsById.has(element.parentId)
        ? element.parentId
        : null;
    const list = children.get(parent);
    if (list) list.push(element);
    else children.set(parent, [element]);
  }
  const seen = new Set<string>();
  const emit = (parent: string | null, depth: number) => {
    for (const element of children.get(parent) ?? []) {
      if (seen.has(element.id)) continue;
      seen.add(element.id);
      const pad = "  ".repeat(depth);
      const id = ids.get(element.id)!;
      const label = mermaidLabel(nameOf(element));
      if (element.type === "trustBoundary") {
        lines.push(`${pad}subgraph ${id}["${label}"]`);
        emit(element.id, depth + 1);
        lines.push(`${pad}end`);
      } else if (element.type === "process") lines.push(`${pad}${id}(("${label}"))`);
      else if (element.type === "dataStore") lines.push(`${pad}${id}[("${label}")]`);
      else lines.push(`${pad}${id}["${label}"]`);
    }
  };
  emit(null, 1);
  for (const flow of model.flows) {
    const from = ids.get(flow.source);
    const to = ids.get(flow.target);
    if (!from || !to) continue;
    const arrow = flow.bidirectional ? "<-->" : "-->";
    const label = flow.label.trim() ? `|"${mermaidLabel(flow.label)}"|` : "";
    lines.push(`  ${from} ${arrow}${label} ${to}`);
  }
  return lines.join("\n");
}

function nameOf(element: DfdElement): string {
  return element.name.trim() || `(unnamed ${ELEMENT_TYPE_LABELS[element.type].toLowerCase()})`;
}

/** Letters, digits and spaces as they are; every other character as a Mermaid entity code. */
export function mermaidLabel(text: string): string {
  return [...text.replace(/\s+/g, " ").trim()]
    .map((char) => (/[\p{L}\p{N} ]/u.test(char) ? char : `#${char.codePointAt(0)};`))
    .join("");
}
