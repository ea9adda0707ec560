import { useEffect, useRef, useState, type FormEvent } from "react";
import { ModelDetailsSchema } from "../../domain/operations";
import { session, useSession } from "../../store/session";
import type { ModelSummary } from "../../persistence";
import { DamagedModelBanner } from "../shell/RecoveryBanners";

function validateName(name: string): string | null {
  const result = ModelDetailsSchema.shape.name.safeParse(name);
  return result.success ? null : `Name ${result.error.issues[0]?.message ?? "is invalid"}`;
}

/** Create, open, rename, duplicate and delete models. */
export function ModelsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const models = useSession((s) => s.models);
  const openId = useSession((s) => s.openModelId);
  const listError = useSession((s) => s.listError);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    void session.refreshList();
  }, []);

  return (
    <dialog
      ref={ref}
      className="tc-dialog"
      aria-labelledby="models-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="tc-dialog-body">
        <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
          <h2 id="models-title" style={{ flex: 1 }}>
            Threat models
          </h2>
          <button type="button" className="tc-button" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
        <NewModelForm onCreated={() => ref.current?.close()} />
        {listError && (
          <p className="tc-error" role="alert">
            {listError}
          </p>
        )}
        <DamagedModelBanner onOpened={() => ref.current?.close()} />
        {models.length === 0 ? (
          <p>No models yet. Create one above.</p>
        ) : (
          <ul className="tc-model-list" aria-label="Models">
            {models.map((model) => (
              <ModelRow
                key={model.id}
                model={model}
                isOpen={model.id === openId}
                onOpened={() => ref.current?.close()}
              />
            ))}
          </ul>
        )}
      </div>
    </dialog>
  );
}

function NewModelForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [owner, setOwner] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ModelDetailsSchema.safeParse({ name, description, owner });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(
        `${String(issue?.path[0] ?? "Field")} ${issue?.message ?? "is invalid"}`.replace(
          /^name/,
          "Name",
        ),
      );
      return;
    }
    if (await session.createModel(parsed.data)) onCreated();
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="New model">
      <fieldset style={{ border: "1px solid var(--tc-border)", borderRadius: 8, padding: 12 }}>
        <legend>New model</legend>
        <div className="tc-field">
          <label htmlFor="new-model-name">Name</label>
          <input
            id="new-model-name"
            dir="auto"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "new-model-error" : undefined}
          />
        </div>
        <div className="tc-field">
          <label htmlFor="new-model-description">Description</label>
          <textarea
            id="new-model-description"
            dir="auto"
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <div className="tc-field">
          <label htmlFor="new-model-owner">Owner</label>
          <input
            id="new-model-owner"
            dir="auto"
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
          />
        </div>
        {error && (
          <p id="new-model-error" className="tc-error" role="alert">
            {error}
          </p>
        )}
        <div className="tc-row-actions">
          <button type="submit" className="tc-button tc-button-primary">
            Create blank model
          </button>
          <button
            type="button"
            className="tc-button"
            onClick={() => void session.createSampleModel().then((ok) => ok && onCreated())}
          >
            New from sample (LLM pipeline)
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function ModelRow({
  model,
  isOpen,
  onOpened,
}: {
  model: ModelSummary;
  isOpen: boolean;
  onOpened: () => void;
}) {
  const [mode, setMode] = useState<"idle" | "rename" | "confirm-delete">("idle");
  const [draft, setDraft] = useState(model.name);
  const [error, setError] = useState<string | null>(null);
  const elsewhere = session.isOpenElsewhere(model.id);
  const label = model.name || "Untitled model";

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateName(draft);
    if (invalid) {
      setError(invalid);
      return;
    }
    const failure = await session.renameModel(model.id, draft.trim());
    if (failure) setError(failure);
    else setMode("idle");
  };

  return (
    <li className="tc-model-row" aria-current={isOpen ? "true" : undefined} aria-label={label}>
      <div>
        {mode === "rename" ? (
          <form onSubmit={(e) => void rename(e)} className="tc-row-actions">
            <label className="tc-visually-hidden" htmlFor={`rename-${model.id}`}>
              New name for <bdi>{label}</bdi>
            </label>
            <input
              id={`rename-${model.id}`}
              dir="auto"
              value={draft}
              autoFocus
              onChange={(e) => {
                setDraft(e.target.value);
                setError(null);
              }}
              aria-invalid={error ? true : undefined}
            />
            <button type="submit" className="tc-button tc-button-primary">
              Save name
            </button>
            <button type="button" className="tc-button" onClick={() => setMode("idle")}>
              Cancel
            </button>
          </form>
        ) : (
          <strong dir="auto">{label}</strong>
        )}
        {error && (
          <p className="tc-error" role="alert">
            {error}
          </p>
        )}
        <div className="tc-model-meta">
          {isOpen ? "Open · " : ""}
          {elsewhere ? "Open in another tab · " : ""}
          {model.owner ? (
            <>
              <bdi>{model.owner}</bdi>
              {" · "}
            </>
          ) : (
            ""
          )}
          {model.elementCount} elements, {model.flowCount} flows · updated{" "}
          {new Date(model.updatedAt).toLocaleString()}
        </div>
      </div>
      {mode === "confirm-delete" ? (
        <div className="tc-row-actions" role="group" aria-label={`Confirm deleting ${label}`}>
          <span>
            Delete “<bdi>{label}</bdi>”? This cannot be undone.
          </span>
          <button
            type="button"
            className="tc-button tc-button-danger"
            onClick={() => void session.deleteModel(model.id).then(() => setMode("idle"))}
          >
            Yes, delete
          </button>
          <button type="button" className="tc-button" onClick={() => setMode("idle")}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="tc-row-actions">
          <button
            type="button"
            className="tc-button tc-button-primary"
            disabled={isOpen}
            aria-label={`Open ${label}`}
            onClick={() => void session.openModel(model.id).then((ok) => ok && onOpened())}
          >
            Open
          </button>
          <button
            type="button"
            className="tc-button"
            aria-label={`Rename ${label}`}
            onClick={() => {
              setDraft(model.name);
              setMode("rename");
            }}
          >
            Rename
          </button>
          <button
            type="button"
            className="tc-button"
            aria-label={`Duplicate ${label}`}
            onClick={() => void session.duplicateModel(model.id)}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="tc-button tc-button-danger"
            aria-label={`Delete ${label}`}
            onClick={() => setMode("confirm-delete")}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
