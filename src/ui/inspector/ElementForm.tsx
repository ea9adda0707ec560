import type { MlAssetKind } from "../../domain/mlKinds";
import type { ElementPatch } from "../../domain/operations";
import type { DfdElement } from "../../domain/schema";
import { commands } from "../../store/commands";
import { useEditor } from "../../store/editorStore";
import {
  ELEMENT_TYPE_LABELS,
  ML_KIND_LABELS,
  ZONE_KIND_LABELS,
  elementDisplayName,
} from "../labels";
import { BoundaryLine } from "./BoundaryLine";
import { TextField, type Commit } from "./fields";
import { DeleteButton, DescriptionFields, MlKindField, ScopeFields, run } from "./ItemFields";
import { PropertiesSection, type Editor } from "./PropertyControls";
import { ELEMENT_PROPERTIES } from "./properties";
import { FIELD_LABELS, UI_TEXT } from "./text";
import { useInferred } from "./useInferred";
import { parsers } from "./validation";

/** The form of one element: name, description, kind, scope and its properties. */
export function ElementForm({ element }: { element: DfdElement }) {
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
      <DescriptionFields
        target={target}
        item={element}
        onCommit={(label, patch) =>
          run(label, commands.updateElement(element.id, patch, `Edit ${label}`))
        }
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
