import { useCallback, useEffect, useId, useRef, useState } from "react";
import { CORPUS_TAGS, loadCorpusModel, type CorpusTag } from "../../corpus";
import type { ThreatModel } from "../../domain/schema";
import type { UnreadableTemplate, UserTemplate } from "../../persistence/userTemplates";
import { useEditor } from "../../store/editorStore";
import { session } from "../../store/session";
import { galleryEntries, ownTemplatesMatching, TAG_LABELS } from "./gallery";
import { SaveTemplateForm } from "./SaveTemplateForm";
import { UserTemplatesList } from "./UserTemplatesList";
import "./templates.css";

/**
 * "New model from a template": the user's own templates (saved from their models in this
 * browser), then realistic architectures (the evaluation corpus), drawn with trust boundaries and
 * the properties a first draft has. Choosing one creates a new model with its diagram and opens
 * it; the template is not changed. The open model can be saved as a template here too.
 */
export function TemplateGallery({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const [query, setQuery] = useState("");
  const [tag, setTag] = useState<CorpusTag | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [own, setOwn] = useState<{
    templates: UserTemplate[];
    unreadable: UnreadableTemplate[];
  } | null>(null);
  const openName = useEditor((s) => s.doc?.name ?? null);
  const openDescription = useEditor((s) => s.doc?.description ?? "");
  const entries = galleryEntries(query, tag);
  const usedTags = CORPUS_TAGS.filter((t) => galleryEntries("", t).length > 0);
  const ownShown = own && tag === null ? ownTemplatesMatching(own.templates, query) : [];

  const refresh = useCallback(async () => {
    try {
      setOwn(await (await session.userTemplates()).list());
    } catch (e) {
      setError(`Your templates could not be read: ${describe(e)}`);
    }
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    void refresh();
  }, [refresh]);

  const open = async (key: string, load: () => Promise<ThreatModel>) => {
    setBusy(key);
    setError(null);
    try {
      const created = await session.createFromTemplate(await load());
      if (created) ref.current?.close();
      else setError("The new model could not be stored; see the message at the top.");
    } catch (e) {
      setError(`That template could not be opened: ${describe(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (id: string) => {
    setError(null);
    try {
      await (await session.userTemplates()).remove(id);
      await refresh();
    } catch (e) {
      setError(`The template could not be deleted: ${describe(e)}`);
    }
  };

  return (
    <dialog
      ref={ref}
      className="tc-dialog tc-templates"
      aria-labelledby={`${uid}-title`}
      onClose={onClose}
    >
      <div className="tc-dialog-body">
        <div className="tc-dialog-head">
          <h2 id={`${uid}-title`}>New model from a template</h2>
          <button type="button" className="tc-button" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
        {openName !== null && (
          <SaveTemplateForm
            key={openName}
            modelName={openName}
            modelDescription={openDescription}
            onSaved={(template) => {
              setSaved(`Saved “${template.model.name}” as a template.`);
              void refresh();
            }}
          />
        )}
        <p className="tc-templates-saved" role="status">
          {saved}
        </p>
        <div className="tc-templates-filters">
          <label className="tc-visually-hidden" htmlFor={`${uid}-q`}>
            Search templates
          </label>
          <input
            id={`${uid}-q`}
            type="search"
            className="tc-templates-search"
            placeholder="Search: RAG, agent, federated, healthcare…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <div className="tc-templates-tags" role="group" aria-label="Show only">
            <button
              type="button"
              className="tc-tag"
              aria-pressed={tag === null}
              onClick={() => setTag(null)}
            >
              All
            </button>
            {usedTags.map((t) => (
              <button
                key={t}
                type="button"
                className="tc-tag"
                aria-pressed={tag === t}
                onClick={() => setTag(tag === t ? null : t)}
              >
                {TAG_LABELS[t]}
              </button>
            ))}
          </div>
        </div>
        {error && (
          <p className="tc-error" role="alert">
            {error}
          </p>
        )}
        {own && (ownShown.length > 0 || (tag === null && own.unreadable.length > 0)) && (
          <section aria-labelledby={`${uid}-own`}>
            <h3 id={`${uid}-own`} className="tc-templates-heading">
              Your templates
            </h3>
            <UserTemplatesList
              templates={ownShown}
              unreadable={tag === null ? own.unreadable : []}
              busy={busy}
              onUse={(template) => void open(template.id, async () => template.model)}
              onDelete={(id) => void remove(id)}
            />
          </section>
        )}
        <h3 className="tc-templates-heading">Architectures</h3>
        <p className="tc-templates-count" role="status">
          {entries.length} of {galleryEntries("", null).length} templates
        </p>
        <ul className="tc-templates-list" aria-label="Templates">
          {entries.map((entry) => (
            <li key={entry.id} className="tc-template" aria-labelledby={`${uid}-${entry.id}`}>
              <h4 id={`${uid}-${entry.id}`}>{entry.title}</h4>
              <p>{entry.summary}</p>
              <p className="tc-template-tags">{entry.tags.map((t) => TAG_LABELS[t]).join(" · ")}</p>
              <button
                type="button"
                className="tc-button tc-button-primary"
                disabled={busy !== null}
                onClick={() => void open(entry.id, () => loadCorpusModel(entry.id))}
              >
                {busy === entry.id ? "Opening…" : "Use this template"}
                <span className="tc-visually-hidden"> for {entry.title}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
