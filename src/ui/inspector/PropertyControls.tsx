import type { MlAssetKind } from "../../domain/mlKinds";
import {
  DataClassificationSchema,
  ZONE_KINDS,
  type DataClassification,
  type ExternalEntityProps,
  type TriState,
  type ZoneKind,
} from "../../domain/schema";
import type { FieldRef } from "../../store/pendingEdits";
import { CHOICE_LABELS, CLASSIFICATION_LABELS, PROPERTY_LABELS, ZONE_KIND_LABELS } from "../labels";
import {
  SelectField,
  TextField,
  TriStateField,
  type Commit,
  type InferredValue,
  type SelectOption,
} from "./fields";
import type { Inferred } from "./useInferred";
import { visibleProperties, zoneKindPatch, type PropertySpec } from "./properties";
import { ENTITY_KIND_LABELS, UI_TEXT } from "./text";
import { formatNumber, parsers } from "./validation";

const CLASSIFICATION_OPTIONS: SelectOption<DataClassification>[] =
  DataClassificationSchema.options.map((value) => ({ value, label: CLASSIFICATION_LABELS[value] }));

const ENTITY_KIND_OPTIONS: SelectOption<ExternalEntityProps["entityKind"]>[] = (
  ["human", "system", "unknown"] as const
).map((value) => ({ value, label: ENTITY_KIND_LABELS[value] }));

const ZONE_KIND_OPTIONS: SelectOption<ZoneKind>[] = ZONE_KINDS.map((value) => ({
  value,
  label: ZONE_KIND_LABELS[value],
}));

/** Edits to an element or a flow, seen the same way by the shared property controls. */
export interface Editor {
  /** What is edited, for keeping typed text (see pendingField). */
  target: FieldRef["target"];
  props: Readonly<Record<string, unknown>>;
  setProps(label: string, props: Record<string, unknown>): string | null;
  /** What the engine infers for properties left unknown. */
  inferred: ReadonlyMap<string, Inferred>;
}

export function PropertiesSection({
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
