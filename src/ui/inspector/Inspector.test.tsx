import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import type { ElementType, ThreatModel } from "../../domain/schema";
import { editorStore } from "../../store/editorStore";
import { PROPERTY_LABELS } from "../labels";
import { InspectorView } from "./Inspector";
import { ELEMENT_PROPERTIES, FLOW_PROPERTIES, visibleProperties } from "./properties";

/**
 * Markup checks without a DOM (no jsdom here): the panel renders for every kind of selection and
 * every form control has a visible label tied to it, which is what screen readers and the
 * end-to-end tests rely on. Behaviour is covered by the pure modules' tests and by e2e.
 */

let doc: ThreatModel;

beforeEach(() => {
  doc = createLlmInferencePipelineSample("model-under-test");
  editorStore.getState().open(doc);
});

function render(selection: string[]): string {
  // Server rendering reads a store's initial state, so the view gets the live state directly.
  editorStore.getState().select(selection);
  const state = editorStore.getState();
  return renderToStaticMarkup(<InspectorView doc={state.doc} selection={state.selection} />);
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Every input/select/textarea except radios has an id and a <label for> with that id. */
function unlabelledControls(html: string): string[] {
  const labelled = new Set([...html.matchAll(/<label[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]));
  const controls = [...html.matchAll(/<(input|select|textarea)\b[^>]*>/g)].map((m) => m[0]);
  return controls.filter((tag) => {
    if (attr(tag, "type") === "radio") return false;
    const id = attr(tag, "id");
    return !id || !labelled.has(id);
  });
}

/** Visible label texts (label and legend elements), in order. */
function labelTexts(html: string): string[] {
  return [...html.matchAll(/<(label|legend)\b[^>]*>(.*?)<\/\1>/g)].map((m) =>
    m[2]!.replace(/<[^>]+>/g, "").trim(),
  );
}

function firstOfType(type: ElementType): string {
  const element = doc.elements.find((e) => e.type === type);
  if (!element) throw new Error(`sample has no ${type}`);
  return element.id;
}

describe("Inspector markup", () => {
  it("shows the model's details and a hint when nothing is selected", () => {
    const html = render([]);
    expect(labelTexts(html)).toEqual(["Name", "Description", "Owner"]);
    expect(html).toContain("Drag a building block from the palette");
    expect(unlabelledControls(html)).toEqual([]);
  });

  it.each(["process", "dataStore", "externalEntity", "trustBoundary"] as const)(
    "labels every control of a %s and shows one radio group per tri-state property",
    (type) => {
      const html = render([firstOfType(type)]);
      expect(unlabelledControls(html)).toEqual([]);
      const texts = labelTexts(html);
      expect(texts.slice(0, 3)).toEqual(["Name", "Description", "Technologies"]);
      expect(texts.includes("ML asset kind")).toBe(type !== "trustBoundary");
      expect(texts).toContain("Out of scope");

      const element = doc.elements.find((e) => e.id === firstOfType(type))!;
      const mlKind = element.type === "trustBoundary" ? null : element.mlKind;
      const triStates = visibleProperties(ELEMENT_PROPERTIES[type], element.props, mlKind).filter(
        (s) => s.control === "triState",
      );
      const groups = [...html.matchAll(/<fieldset[^>]*role="radiogroup"[^>]*>/g)].map((m) => m[0]);
      expect(groups).toHaveLength(triStates.length);
      for (const spec of triStates) expect(texts).toContain(PROPERTY_LABELS[spec.key]);
      for (const group of groups) {
        const legendId = attr(group, "aria-labelledby");
        expect(html).toContain(`<legend id="${legendId}"`);
      }
      expect(html.match(/type="radio"/g)?.length ?? 0).toBe(triStates.length * 3);
    },
  );

  it("labels every control of a flow and offers Reverse direction", () => {
    const html = render([doc.flows[0]!.id]);
    expect(unlabelledControls(html)).toEqual([]);
    const texts = labelTexts(html);
    expect(texts).toEqual(
      expect.arrayContaining(["Label", "Description", "Technologies", "Bidirectional"]),
    );
    for (const spec of FLOW_PROPERTIES) expect(texts).toContain(PROPERTY_LABELS[spec.key]);
    expect(texts).toContain("Started by");
    expect(html).toContain(">Reverse direction</button>");
  });

  it("names each tag's remove button after the tag", () => {
    const tagged = doc.elements.find((e) => e.technologies.length > 0)!;
    const html = render([tagged.id]);
    for (const tag of tagged.technologies) {
      expect(html).toContain(`aria-label="Remove tag ${tag}"`);
    }
  });

  it("shows the reason only for out-of-scope items", () => {
    const id = firstOfType("process");
    expect(labelTexts(render([id]))).not.toContain("Reason");
    editorStore.getState().execute({
      name: "test",
      history: "record",
      perform: (d) => ({
        ok: true,
        doc: {
          ...d,
          elements: d.elements.map((e) => (e.id === id ? { ...e, outOfScope: true } : e)),
        },
      }),
    });
    expect(labelTexts(render([id]))).toContain("Reason");
  });

  it("shows a count and Delete, nothing else, for several items", () => {
    const html = render([doc.elements[0]!.id, doc.elements[1]!.id, doc.flows[0]!.id]);
    expect(html).toContain("3 items selected");
    expect(html).toContain(">Delete</button>");
    expect(html).not.toMatch(/<(input|select|textarea)\b/);
  });

  it("renders typed text as text, never as markup", () => {
    const id = firstOfType("process");
    editorStore.getState().execute({
      name: "test",
      history: "record",
      perform: (d) => ({
        ok: true,
        doc: {
          ...d,
          elements: d.elements.map((e) =>
            e.id === id ? { ...e, name: '<img src=x onerror="alert(1)">' } : e,
          ),
        },
      }),
    });
    const html = render([id]);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x");
  });

  it("says so when no model is open", () => {
    expect(renderToStaticMarkup(<InspectorView doc={null} selection={[]} />)).toContain(
      "No model is open.",
    );
  });
});
