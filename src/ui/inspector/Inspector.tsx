import type { JSX, KeyboardEvent } from "react";
import type { ThreatModel } from "../../domain/schema";
import { commands } from "../../store/commands";
import { editorStore, useEditor } from "../../store/editorStore";
import { ElementForm } from "./ElementForm";
import { TextField, type Commit } from "./fields";
import { FlowForm } from "./FlowForm";
import { run } from "./ItemFields";
import { keepKeyInField } from "./keyboard";
import { InspectedModel } from "./pendingField";
import { inspect } from "./properties";
import { FIELD_LABELS, UI_TEXT } from "./text";
import { parsers } from "./validation";
import "./inspector.css";

/**
 * The inspector: a side panel that shows and edits the current selection.
 *
 * - nothing selected: the model's details;
 * - one element or flow: its form;
 * - several: how many, and Delete.
 *
 * Values always come from the document; fields keep a local draft only while being edited, and
 * each committed edit is one named command (one undo entry). The panel fills its container and
 * scrolls on its own.
 */
export function Inspector(): JSX.Element {
  const doc = useEditor((state) => state.doc);
  const selection = useEditor((state) => state.selection);
  return <InspectorView doc={doc} selection={selection} />;
}

/** The panel for a given document and selection (what `Inspector` renders from the store). */
export function InspectorView({
  doc,
  selection,
}: {
  doc: ThreatModel | null;
  selection: readonly string[];
}): JSX.Element {
  return (
    <div
      className="tc-inspector"
      role="region"
      aria-label={UI_TEXT.panel}
      onKeyDown={isolateFieldKeys}
    >
      {doc ? (
        <InspectedModel.Provider value={doc.id}>
          <InspectorBody doc={doc} selection={selection} />
        </InspectedModel.Provider>
      ) : (
        <p>{UI_TEXT.noModel}</p>
      )}
    </div>
  );
}

/** Keys typed into a field are the field's, not the canvas's (Delete must not delete the node). */
function isolateFieldKeys(event: KeyboardEvent<HTMLDivElement>) {
  const target = event.target as HTMLElement;
  const tag = target.tagName;
  if (tag !== "INPUT" && tag !== "TEXTAREA" && tag !== "SELECT") return;
  if (keepKeyInField(event)) event.stopPropagation();
}

function InspectorBody({ doc, selection }: { doc: ThreatModel; selection: readonly string[] }) {
  const inspected = inspect(doc, selection);
  switch (inspected.kind) {
    case "none":
      return <ModelDetailsForm key={doc.id} doc={doc} />;
    case "many":
      return <MultiSelection ids={inspected.ids} />;
    case "element":
      return <ElementForm key={inspected.element.id} element={inspected.element} />;
    case "flow":
      return <FlowForm key={inspected.flow.id} flow={inspected.flow} doc={doc} />;
  }
}

const MODEL_TARGET = { kind: "model" } as const;

function ModelDetailsForm({ doc }: { doc: ThreatModel }) {
  const commitDetails =
    (label: string, key: "name" | "description" | "owner"): Commit<string> =>
    (value) =>
      run(label, commands.updateModelDetails({ [key]: value }));
  return (
    <section className="tc-insp-section">
      <header className="tc-insp-header">
        <h2 className="tc-insp-title">{UI_TEXT.modelHeading}</h2>
        <p className="tc-insp-meta">{UI_TEXT.counts(doc.elements.length, doc.flows.length)}</p>
      </header>
      <p className="tc-insp-hint tc-insp-lead">{UI_TEXT.addHint}</p>
      <TextField
        label={FIELD_LABELS.name}
        value={doc.name}
        parse={parsers.modelName}
        onCommit={commitDetails(FIELD_LABELS.name, "name")}
        field={{ target: MODEL_TARGET, field: "name" }}
      />
      <TextField
        label={FIELD_LABELS.description}
        value={doc.description}
        parse={parsers.modelDescription}
        onCommit={commitDetails(FIELD_LABELS.description, "description")}
        multiline
        rows={6}
        field={{ target: MODEL_TARGET, field: "description" }}
      />
      <TextField
        label={FIELD_LABELS.owner}
        value={doc.owner}
        parse={parsers.modelOwner}
        onCommit={commitDetails(FIELD_LABELS.owner, "owner")}
        field={{ target: MODEL_TARGET, field: "owner" }}
      />
    </section>
  );
}

function MultiSelection({ ids }: { ids: string[] }) {
  return (
    <section className="tc-insp-section">
      <h2 className="tc-insp-title">{UI_TEXT.itemsSelected(ids.length)}</h2>
      <button
        type="button"
        className="tc-insp-button tc-insp-danger"
        onClick={() => editorStore.getState().execute(commands.deleteItems(ids))}
      >
        {UI_TEXT.deleteSelection}
      </button>
    </section>
  );
}
