import { useId, useState } from "react";
import type { UnreadableTemplate, UserTemplate } from "../../persistence/userTemplates";

/**
 * The templates this browser's user saved: use one, or delete it (asked once more, since a
 * template is not in any undo history). Rows that no longer read as a model are listed with the
 * reason, and can be deleted.
 */
export function UserTemplatesList({
  templates,
  unreadable,
  busy,
  onUse,
  onDelete,
}: {
  templates: readonly UserTemplate[];
  unreadable: readonly UnreadableTemplate[];
  busy: string | null;
  onUse(template: UserTemplate): void;
  onDelete(id: string): void;
}) {
  const uid = useId();
  const [confirming, setConfirming] = useState<string | null>(null);
  const deleteControls = (id: string, name: string) =>
    confirming === id ? (
      <span className="tc-template-confirm" role="group" aria-label={`Delete ${name}?`}>
        <button type="button" className="tc-button tc-button-danger" onClick={() => onDelete(id)}>
          Delete for good<span className="tc-visually-hidden">: {name}</span>
        </button>
        <button type="button" className="tc-button" onClick={() => setConfirming(null)}>
          Keep<span className="tc-visually-hidden"> {name}</span>
        </button>
      </span>
    ) : (
      <button type="button" className="tc-button" onClick={() => setConfirming(id)}>
        Delete<span className="tc-visually-hidden"> template {name}</span>
      </button>
    );

  return (
    <ul className="tc-templates-list" aria-label="Your templates">
      {templates.map((template) => (
        <li
          key={template.id}
          className="tc-template tc-template-own"
          aria-labelledby={`${uid}-${template.id}`}
        >
          <h4 id={`${uid}-${template.id}`} dir="auto">
            {template.model.name}
          </h4>
          {template.model.description && <p dir="auto">{template.model.description}</p>}
          <p className="tc-template-tags">
            Saved {template.savedAt.slice(0, 10)} · {template.model.elements.length} elements,{" "}
            {template.model.flows.length} flows
          </p>
          <span className="tc-template-actions">
            <button
              type="button"
              className="tc-button tc-button-primary"
              disabled={busy !== null}
              onClick={() => onUse(template)}
            >
              {busy === template.id ? "Opening…" : "Use this template"}
              <span className="tc-visually-hidden"> for {template.model.name}</span>
            </button>
            {deleteControls(template.id, template.model.name)}
          </span>
        </li>
      ))}
      {unreadable.map((entry) => (
        <li key={entry.id} className="tc-template tc-template-own" data-valid="false">
          <h4>A template that cannot be read</h4>
          <ul className="tc-template-errors">
            {entry.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <span className="tc-template-actions">{deleteControls(entry.id, entry.id)}</span>
        </li>
      ))}
    </ul>
  );
}
