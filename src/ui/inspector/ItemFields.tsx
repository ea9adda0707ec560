/* Fields and controls shared by the element and flow forms. */
import type { MlAssetKind } from "../../domain/mlKinds";
import type { ElementType } from "../../domain/schema";
import { commands } from "../../store/commands";
import { editorStore } from "../../store/editorStore";
import type { FieldRef } from "../../store/pendingEdits";
import { ELEMENT_TYPE_LABELS, ML_KIND_LABELS } from "../labels";
import { applyCommand } from "./apply";
import { CheckboxField, SelectField, TextField, type Commit, type SelectOption } from "./fields";
import { mlKindOptions } from "./properties";
import { TagsField } from "./TagsField";
import { FIELD_LABELS, UI_TEXT } from "./text";
import { operationErrorMessage, parsers } from "./validation";

/** Run a command; a refusal comes back phrased for the field with this label. */
export function run(label: string, command: Parameters<typeof applyCommand>[1]): string | null {
  const refusal = applyCommand(editorStore, command);
  return refusal === null ? null : operationErrorMessage(label, refusal);
}

const kindOption = (kind: MlAssetKind): SelectOption<MlAssetKind> => ({
  value: kind,
  label: ML_KIND_LABELS[kind],
});

/** Description and technologies, the same on elements and flows; `onCommit` applies a patch. */
export function DescriptionFields({
  target,
  item,
  onCommit,
}: {
  target: FieldRef["target"];
  item: { description: string; technologies: string[] };
  onCommit(
    label: string,
    patch: { description: string } | { technologies: string[] },
  ): string | null;
}) {
  return (
    <>
      <TextField
        label={FIELD_LABELS.description}
        value={item.description}
        parse={parsers.description}
        onCommit={(description) => onCommit(FIELD_LABELS.description, { description })}
        multiline
        field={{ target, field: "description" }}
      />
      <TagsField
        label={FIELD_LABELS.technologies}
        field={{ target, field: "technologies" }}
        tags={item.technologies}
        onCommit={(technologies) => onCommit(FIELD_LABELS.technologies, { technologies })}
      />
    </>
  );
}

const NO_KIND = "";

export function MlKindField({
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

export function ScopeFields({
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

export function DeleteButton({ id, label }: { id: string; label: string }) {
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
