import type { JSX, KeyboardEvent } from "react";
import type { MlAssetKind } from "../../domain/mlKinds";
import {
  DataClassificationSchema,
  ZONE_KINDS,
  type DataClassification,
  type DataFlow,
  type DfdElement,
  type ElementType,
  type ExternalEntityProps,
  type ThreatModel,
  type TriState,
  type ZoneKind,
} from "../../domain/schema";
import type { ElementPatch, FlowPatch } from "../../domain/operations";
import { commands } from "../../store/commands";
import { editorStore, useEditor } from "../../store/editorStore";
import type { FieldRef } from "../../store/pendingEdits";
import {
  CHOICE_LABELS,
  CLASSIFICATION_LABELS,
  ELEMENT_TYPE_LABELS,
  ML_KIND_LABELS,
  PROPERTY_LABELS,
  ZONE_KIND_LABELS,
  elementDisplayName,
} from "../labels";
import { applyCommand } from "./apply";
import { BoundaryLine } from "./BoundaryLine";
import {
  CheckboxField,
  SelectField,
  TextField,
  TriStateField,
  type Commit,
  type InferredValue,
  type SelectOption,
} from "./fields";
import { keepKeyInField } from "./keyboard";
import { useInferred, type Inferred } from "./useInferred";
import { TagsField } from "./TagsField";
import { InspectedModel } from "./pendingField";
import {
  ELEMENT_PROPERTIES,
  FLOW_PROPERTIES,
  inspect,
  mlKindOptions,
  visibleProperties,
  zoneKindPatch,
  type PropertySpec,
} from "./properties";
import { ENTITY_KIND_LABELS, FIELD_LABELS, UI_TEXT } from "./text";
import { formatNumber, operationErrorMessage, parsers } from "./validation";
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

/** Run a command; a refusal comes back phrased for the field with this label. */
function run(label: string, command: Parameters<typeof applyCommand>[1]): string | null {
  const refusal = applyCommand(editorStore, command);
  return refusal === null ? null : operationErrorMessage(label, refusal);
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

const CLASSIFICATION_OPTIONS: SelectOption<DataClassification>[] =
  DataClassificationSchema.options.map((value) => ({ value, label: CLASSIFICATION_LABELS[value] }));

const ENTITY_KIND_OPTIONS: SelectOption<ExternalEntityProps["entityKind"]>[] = (
  ["human", "system", "unknown"] as const
).map((value) => ({ value, label: ENTITY_KIND_LABELS[value] }));

const ZONE_KIND_OPTIONS: SelectOption<ZoneKind>[] = ZONE_KINDS.map((value) => ({
  value,
  label: ZONE_KIND_LABELS[value],
}));

const kindOption = (kind: MlAssetKind): SelectOption<MlAssetKind> => ({
  value: kind,
  label: ML_KIND_LABELS[kind],
});

/** Edits to an element or a flow, seen the same way by the shared property controls. */
interface Editor {
  /** What is edited, for keeping typed text (see pendingField). */
  target: FieldRef["target"];
  props: Readonly<Record<string, unknown>>;
  setProps(label: string, props: Record<string, unknown>): string | null;
  /** What the engine infers for properties left unknown. */
  inferred: ReadonlyMap<string, Inferred>;
}

function ElementForm({ element }: { element: DfdElement }) {
  const update =
    <T,>(label: string, toPatch: (value: T) => ElementPatch): Commit<T> =>
    (value) =>
      run(label, commands.updateElement(element.id, toPatch(value), `Edit ${label}`));
  const doc = useEditor((state) => state.doc);
  const target = { kind: "element", id: element.id } as const;
  const editor: Editor = {
    target,
    props: element.props,
    setProps: (label, props) =>
      run(label, commands.updateElement(element.id, { props }, `Edit ${label}`)),
    inferred: useInferred(doc, element.id),
  };
  const typeLabel = ELEMENT_TYPE_LABELS[element.type];
  const mlKind = element.type === "trustBoundary" ? null : element.mlKind;

  return (
    <section className="tc-insp-section">
      <header className="tc-insp-header">
        <h2 className="tc-insp-title">
          {typeLabel}
          {mlKind ? <span className="tc-insp-badge">{ML_KIND_LABELS[mlKind]}</span> : null}
          {element.type === "trustBoundary" ? (
            <span className="tc-insp-badge">{ZONE_KIND_LABELS[element.props.zoneKind]}</span>
          ) : null}
          {element.outOfScope ? (
            <span className="tc-insp-badge tc-insp-badge-muted">{UI_TEXT.outOfScopeBadge}</span>
          ) : null}
        </h2>
        <p className="tc-insp-meta" dir="auto">
          {elementDisplayName(element)}
        </p>
        <BoundaryLine elementId={element.id} />
      </header>

      <TextField
        label={FIELD_LABELS.name}
        value={element.name}
        parse={parsers.elementName}
        onCommit={update(FIELD_LABELS.name, (name: string) => ({ name }))}
        field={{ target, field: "name" }}
      />
      <TextField
        label={FIELD_LABELS.description}
        value={element.description}
        parse={parsers.description}
        onCommit={update(FIELD_LABELS.description, (description: string) => ({ description }))}
        multiline
        field={{ target, field: "description" }}
      />
      <TagsField
        label={FIELD_LABELS.technologies}
        field={{ target, field: "technologies" }}
        tags={element.technologies}
        onCommit={update(FIELD_LABELS.technologies, (technologies: string[]) => ({
          technologies,
        }))}
      />
      {element.type !== "trustBoundary" ? (
        <MlKindField
          type={element.type}
          value={element.mlKind}
          onCommit={update(FIELD_LABELS.mlKind, (kind: MlAssetKind | null) => ({ mlKind: kind }))}
        />
      ) : null}
      <ScopeFields
        target={target}
        outOfScope={element.outOfScope}
        reason={element.outOfScopeReason}
        onScope={update(FIELD_LABELS.outOfScope, (outOfScope: boolean) => ({ outOfScope }))}
        onReason={update(FIELD_LABELS.outOfScopeReason, (outOfScopeReason: string) => ({
          outOfScopeReason,
        }))}
      />

      <PropertiesSection
        specs={ELEMENT_PROPERTIES[element.type]}
        editor={editor}
        mlKind={element.type === "trustBoundary" ? null : element.mlKind}
      />

      <DeleteButton id={element.id} label={UI_TEXT.deleteElement} />
    </section>
  );
}

function FlowForm({ flow, doc }: { flow: DataFlow; doc: ThreatModel }) {
  const update =
    <T,>(label: string, toPatch: (value: T) => FlowPatch): Commit<T> =>
    (value) =>
      run(label, commands.updateFlow(flow.id, toPatch(value), `Edit ${label}`));
  const target = { kind: "flow", id: flow.id } as const;
  const editor: Editor = {
    target,
    props: flow.props,
    setProps: (label, props) =>
      run(label, commands.updateFlow(flow.id, { props }, `Edit ${label}`)),
    inferred: useInferred(doc, flow.id),
  };
  const endName = (id: string) => {
    const end = doc.elements.find((e) => e.id === id);
    return end ? elementDisplayName(end) : id;
  };

  return (
    <section className="tc-insp-section">
      <header className="tc-insp-header">
        <h2 className="tc-insp-title">
          {UI_TEXT.flowHeading}
          {flow.outOfScope ? (
            <span className="tc-insp-badge tc-insp-badge-muted">{UI_TEXT.outOfScopeBadge}</span>
          ) : null}
        </h2>
        <dl className="tc-insp-ends">
          <div>
            <dt>{UI_TEXT.from}</dt>
            <dd dir="auto">{endName(flow.source)}</dd>
          </div>
          <div>
            <dt>{UI_TEXT.to}</dt>
            <dd dir="auto">{endName(flow.target)}</dd>
          </div>
        </dl>
        <button
          type="button"
          className="tc-insp-button"
          onClick={() => editorStore.getState().execute(commands.reverseFlow(flow.id))}
        >
          {UI_TEXT.reverse}
        </button>
      </header>

      <TextField
        label={FIELD_LABELS.label}
        value={flow.label}
        parse={parsers.flowLabel}
        onCommit={update(FIELD_LABELS.label, (label: string) => ({ label }))}
        field={{ target, field: "label" }}
      />
      <TextField
        label={FIELD_LABELS.description}
        value={flow.description}
        parse={parsers.description}
        onCommit={update(FIELD_LABELS.description, (description: string) => ({ description }))}
        multiline
        field={{ target, field: "description" }}
      />
      <TagsField
        label={FIELD_LABELS.technologies}
        field={{ target, field: "technologies" }}
        tags={flow.technologies}
        onCommit={update(FIELD_LABELS.technologies, (technologies: string[]) => ({
          technologies,
        }))}
      />
      <CheckboxField
        label={FIELD_LABELS.bidirectional}
        checked={flow.bidirectional}
        onCommit={update(FIELD_LABELS.bidirectional, (bidirectional: boolean) => ({
          bidirectional,
        }))}
      />
      <ScopeFields
        target={target}
        outOfScope={flow.outOfScope}
        reason={flow.outOfScopeReason}
        onScope={update(FIELD_LABELS.outOfScope, (outOfScope: boolean) => ({ outOfScope }))}
        onReason={update(FIELD_LABELS.outOfScopeReason, (outOfScopeReason: string) => ({
          outOfScopeReason,
        }))}
      />

      <PropertiesSection specs={FLOW_PROPERTIES} editor={editor} />

      <DeleteButton id={flow.id} label={UI_TEXT.deleteFlow} />
    </section>
  );
}

const NO_KIND = "";

function MlKindField({
  type,
  value,
  onCommit,
}: {
  type: Exclude<ElementType, "trustBoundary">;
  value: MlAssetKind | null;
  onCommit: Commit<MlAssetKind | null>;
}) {
  const kinds = mlKindOptions(type);
  return (
    <SelectField<MlAssetKind | typeof NO_KIND>
      label={FIELD_LABELS.mlKind}
      value={value ?? NO_KIND}
      options={[{ value: NO_KIND, label: UI_TEXT.mlKindNone }]}
      groups={[
        { label: UI_TEXT.typeKinds(ELEMENT_TYPE_LABELS[type]), options: kinds.map(kindOption) },
      ]}
      onCommit={(kind) => onCommit(kind === NO_KIND ? null : kind)}
    />
  );
}

function ScopeFields({
  target,
  outOfScope,
  reason,
  onScope,
  onReason,
}: {
  target: FieldRef["target"];
  outOfScope: boolean;
  reason: string;
  onScope: Commit<boolean>;
  onReason: Commit<string>;
}) {
  return (
    <div className="tc-insp-group">
      <CheckboxField label={FIELD_LABELS.outOfScope} checked={outOfScope} onCommit={onScope} />
      {outOfScope ? (
        <TextField
          label={FIELD_LABELS.outOfScopeReason}
          value={reason}
          parse={parsers.outOfScopeReason}
          onCommit={onReason}
          multiline
          field={{ target, field: "outOfScopeReason" }}
        />
      ) : null}
    </div>
  );
}

function PropertiesSection({
  specs,
  editor,
  mlKind = null,
}: {
  specs: readonly PropertySpec[];
  editor: Editor;
  mlKind?: MlAssetKind | null;
}) {
  const visible = visibleProperties(specs, editor.props, mlKind);
  if (visible.length === 0) return null;
  return (
    <div className="tc-insp-group tc-insp-properties">
      <h3 className="tc-insp-subtitle">{UI_TEXT.properties}</h3>
      {visible.map((spec) => (
        <PropertyControl key={spec.key} spec={spec} editor={editor} />
      ))}
    </div>
  );
}

function PropertyControl({ spec, editor }: { spec: PropertySpec; editor: Editor }) {
  const label = PROPERTY_LABELS[spec.key];
  const value = editor.props[spec.key];
  const set =
    <T,>(toProps: (value: T) => Record<string, unknown>): Commit<T> =>
    (next) =>
      editor.setProps(label, toProps(next));
  const setKey = <T,>() => set<T>((next) => ({ [spec.key]: next }));
  const found = editor.inferred.get(spec.key);
  const inferred: InferredValue | null = found
    ? {
        value: found.value,
        because: found.because,
        onConfirm: () => {
          editor.setProps(label, { [spec.key]: found.stored });
        },
      }
    : null;
  const field = { target: editor.target, field: `props.${spec.key}` };

  switch (spec.control) {
    case "triState":
      return (
        <TriStateField
          label={label}
          value={(value as TriState | undefined) ?? "unknown"}
          onCommit={setKey<TriState>()}
          inferred={inferred}
        />
      );
    case "classification":
      return (
        <SelectField
          label={label}
          value={(value as DataClassification | undefined) ?? "unknown"}
          options={CLASSIFICATION_OPTIONS}
          onCommit={setKey<DataClassification>()}
        />
      );
    case "entityKind":
      return (
        <SelectField
          label={label}
          value={(value as ExternalEntityProps["entityKind"] | undefined) ?? "unknown"}
          options={ENTITY_KIND_OPTIONS}
          onCommit={setKey<ExternalEntityProps["entityKind"]>()}
          inferred={inferred}
        />
      );
    case "zoneKind": {
      const current = {
        zoneKind: (value as ZoneKind | undefined) ?? "custom",
        trustLevel: Number(editor.props.trustLevel),
      };
      return (
        <SelectField
          label={label}
          value={current.zoneKind}
          options={ZONE_KIND_OPTIONS}
          onCommit={set<ZoneKind>((zoneKind) => zoneKindPatch(current, zoneKind))}
        />
      );
    }
    case "customZone":
    case "protocol":
      return (
        <TextField
          label={label}
          value={typeof value === "string" ? value : ""}
          parse={spec.control === "customZone" ? parsers.customZone : parsers.protocol}
          onCommit={setKey<string>()}
          field={field}
        />
      );
    case "dataDescription":
      return (
        <TextField
          label={label}
          value={typeof value === "string" ? value : ""}
          parse={parsers.dataDescription}
          onCommit={setKey<string>()}
          field={field}
          multiline
        />
      );
    case "retentionDays":
      return (
        <TextField
          label={label}
          value={formatNumber(value as number | null | undefined)}
          parse={parsers.retentionDays}
          onCommit={setKey<number | null>()}
          field={field}
          number={{ min: 0, max: 36500 }}
          hint={UI_TEXT.retentionHint}
        />
      );
    case "choice": {
      const labels = CHOICE_LABELS[spec.key] ?? {};
      return (
        <SelectField
          label={label}
          value={typeof value === "string" ? value : "unknown"}
          options={(spec.options ?? []).map((code) => ({
            value: code,
            label: labels[code] ?? code,
          }))}
          onCommit={setKey<string>()}
          inferred={inferred}
        />
      );
    }
    case "trustLevel":
      return (
        <TextField
          label={label}
          value={formatNumber(value as number | undefined)}
          parse={parsers.trustLevel}
          onCommit={setKey<number>()}
          field={field}
          number={{ min: 0, max: 100 }}
          hint={UI_TEXT.trustHint}
        />
      );
  }
}

function DeleteButton({ id, label }: { id: string; label: string }) {
  return (
    <div className="tc-insp-footer">
      <button
        type="button"
        className="tc-insp-button tc-insp-danger"
        onClick={() => editorStore.getState().execute(commands.deleteItems([id]))}
      >
        {label}
      </button>
    </div>
  );
}
