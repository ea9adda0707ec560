import { useId, useState, type FormEvent } from "react";
import { editorStore } from "../../store/editorStore";
import { session } from "../../store/session";
import { TEMPLATE_DESCRIPTION_MAX, type UserTemplate } from "../../persistence/userTemplates";

/**
 * "Save the open model as a template": its diagram and properties, under a name and a short
 * description, never the team's decisions (they are said to stay behind).
 */
export function SaveTemplateForm({
  modelName,
  modelDescription,
  onSaved,
}: {
  modelName: string;
  modelDescription: string;
  onSaved(template: UserTemplate): void;
}) {
  const uid = useId();
  const [name, setName] = useState(modelName);
  const [description, setDescription] = useState(
    modelDescription.slice(0, TEMPLATE_DESCRIPTION_MAX),
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const doc = editorStore.getState().doc;
    if (!doc || busy) return;
    setBusy(true);
    try {
      const result = await (await session.userTemplates()).save(doc, { name, description });
      if (result.ok) {
        setErrors([]);
        onSaved(result.template);
      } else {
        setErrors(result.errors);
      }
    } catch (error) {
      setErrors([`The template could not be stored: ${describe(error)}`]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="tc-template-save"
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => void submit(e)}
    >
      <h3 id={`${uid}-title`}>Save the open model as a template</h3>
      <p className="tc-muted">
        Its diagram and properties are kept; triage, mitigations, assumptions and the decision log
        stay with the model.
      </p>
      <div className="tc-template-save-fields">
        <div className="tc-field">
          <label htmlFor={`${uid}-name`}>Template name</label>
          <input
            id={`${uid}-name`}
            value={name}
            aria-invalid={errors.some((e) => e.startsWith("name")) || undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="tc-field">
          <label htmlFor={`${uid}-description`}>Description</label>
          <input
            id={`${uid}-description`}
            value={description}
            aria-invalid={errors.some((e) => e.startsWith("description")) || undefined}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <button type="submit" className="tc-button" disabled={busy}>
          {busy ? "Saving…" : "Save as template"}
        </button>
      </div>
      {errors.length > 0 && (
        <ul className="tc-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </form>
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
