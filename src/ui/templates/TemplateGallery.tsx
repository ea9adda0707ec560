import { useEffect, useId, useRef, useState } from "react";
import { CORPUS_TAGS, loadCorpusModel, type CorpusTag } from "../../corpus";
import { session } from "../../store/session";
import { galleryEntries, TAG_LABELS } from "./gallery";
import "./templates.css";

/**
 * "New model from a template": realistic architectures (the evaluation corpus), drawn with
 * trust boundaries and the properties a first draft has. Choosing one creates a new model with
 * its diagram and opens it; the template is not changed.
 */
export function TemplateGallery({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const [query, setQuery] = useState("");
  const [tag, setTag] = useState<CorpusTag | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = galleryEntries(query, tag);
  const usedTags = CORPUS_TAGS.filter((t) => galleryEntries("", t).length > 0);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const use = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      const created = await session.createFromTemplate(await loadCorpusModel(id));
      if (created) ref.current?.close();
      else setError("The new model could not be stored; see the message at the top.");
    } catch (e) {
      setError(`That template could not be opened: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
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
        <p className="tc-templates-count" role="status">
          {entries.length} of {galleryEntries("", null).length} templates
        </p>
        <ul className="tc-templates-list" aria-label="Templates">
          {entries.map((entry) => (
            <li key={entry.id} className="tc-template" aria-labelledby={`${uid}-${entry.id}`}>
              <h3 id={`${uid}-${entry.id}`}>{entry.title}</h3>
              <p>{entry.summary}</p>
              <p className="tc-template-tags">{entry.tags.map((t) => TAG_LABELS[t]).join(" · ")}</p>
              <button
                type="button"
                className="tc-button tc-button-primary"
                disabled={busy !== null}
                onClick={() => void use(entry.id)}
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
