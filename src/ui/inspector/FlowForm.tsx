import type { FlowPatch } from "../../domain/operations";
import type { DataFlow, ThreatModel } from "../../domain/schema";
import { commands } from "../../store/commands";
import { editorStore } from "../../store/editorStore";
import { elementDisplayName } from "../labels";
import { CheckboxField, TextField, type Commit } from "./fields";
import { DeleteButton, DescriptionFields, ScopeFields, run } from "./ItemFields";
import { PropertiesSection, type Editor } from "./PropertyControls";
import { FLOW_PROPERTIES } from "./properties";
import { FIELD_LABELS, UI_TEXT } from "./text";
import { useInferred } from "./useInferred";
import { parsers } from "./validation";

/** The form of one data flow: its ends, label, description, scope and properties. */
export function FlowForm({ flow, doc }: { flow: DataFlow; doc: ThreatModel }) {
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
      <DescriptionFields
        target={target}
        item={flow}
        onCommit={(label, patch) =>
          run(label, commands.updateFlow(flow.id, patch, `Edit ${label}`))
        }
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
