import { useEditor } from "../../store/editorStore";
import { session, useSession } from "../../store/session";
import { downloadText } from "./download";
import {
  countSetAside,
  describeRecoveredChanges,
  describeSetAside,
  fileNameFor,
} from "./recoveryText";

/**
 * Recovery, said plainly with every way out: a stored model that cannot be opened as it is,
 * changes recovered from a closed tab that were made on an older version, and what was set aside
 * when a model was repaired. Nothing here is ever decided for the user.
 */
export function RecoveryBanners() {
  return (
    <>
      <DamagedModelBanner />
      <RecoveredChangesBanner />
      <SetAsideBanner />
    </>
  );
}

const JSON_TYPE = "application/json";

/** Why a stored model cannot be opened, and the way to open it anyway. */
export function DamagedModelBanner({ onOpened }: { onOpened?: () => void } = {}) {
  const damaged = useSession((s) => s.damaged);
  if (!damaged) return null;
  const salvage = damaged.salvage;
  const name = damaged.name || damaged.id;
  return (
    <section
      className="tc-banner tc-banner-stack"
      data-kind="error"
      role="alert"
      aria-label="Damaged model"
    >
      <div>
        <strong>
          “<bdi>{name}</bdi>” cannot be opened as it is stored.
        </strong>{" "}
        <span>{damaged.errors.slice(0, 2).join("; ")}</span>
      </div>
      {salvage.ok ? (
        <details>
          <summary>
            {salvage.setAside.length === 0
              ? "Nothing needs to be set aside"
              : `What would be set aside (${countSetAside(salvage.setAside)}); everything else opens as it is`}
          </summary>
          <ul>
            {describeSetAside(salvage.setAside).map((line, i) => (
              <li key={i}>
                <bdi>{line}</bdi>
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p>It cannot be repaired here: {salvage.errors.join("; ")}</p>
      )}
      <div className="tc-banner-actions">
        {salvage.ok ? (
          <button
            type="button"
            onClick={() =>
              void session.openRepaired(damaged.id).then((opened) => opened && onOpened?.())
            }
          >
            Open it with {countSetAside(salvage.setAside)} set aside
          </button>
        ) : null}
        <button
          type="button"
          onClick={() =>
            downloadText(fileNameFor(name, "as-stored"), JSON_TYPE, session.downloads.damaged())
          }
        >
          Download it as stored (JSON)
        </button>
        <button type="button" onClick={() => session.dismissDamaged()}>
          Not now
        </button>
      </div>
    </section>
  );
}

function RecoveredChangesBanner() {
  const recovered = useSession((s) => s.recovered);
  const doc = useEditor((s) => s.doc);
  if (!recovered || !doc || doc.id !== recovered.modelId) return null;
  const lines = describeRecoveredChanges(doc, recovered.changes);
  const when = recovered.writtenAt ? new Date(recovered.writtenAt).toLocaleString() : "";
  return (
    <section
      className="tc-banner tc-banner-stack"
      data-kind="error"
      role="alert"
      aria-label="Recovered changes"
    >
      <div>
        <strong>
          Changes that were never saved were recovered{when ? ` (from ${when})` : ""}.
        </strong>{" "}
        <span>
          They were made on an older version of this model than the one stored now (another tab
          saved since), so they are not applied. Shown here is the stored version.
        </span>
      </div>
      <ul aria-label="Recovered compared with shown">
        {lines.map((line, i) => (
          <li key={i}>
            <bdi>{line}</bdi>
          </li>
        ))}
      </ul>
      <div className="tc-banner-actions">
        <button type="button" onClick={() => void session.applyRecovered()}>
          Apply them to this version
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              fileNameFor(doc.name, "recovered-changes"),
              JSON_TYPE,
              session.downloads.recovered(),
            )
          }
        >
          Download them (JSON)
        </button>
        <button type="button" onClick={() => session.discardRecovered()}>
          Discard them
        </button>
      </div>
    </section>
  );
}

function SetAsideBanner() {
  const setAside = useSession((s) => s.setAside);
  const openId = useSession((s) => s.openModelId);
  if (!setAside || setAside.modelId !== openId || setAside.items.length === 0) return null;
  const when = setAside.at ? new Date(setAside.at).toLocaleString() : "";
  return (
    <section className="tc-banner tc-banner-stack" role="status" aria-label="Set-aside items">
      <div>
        <strong>
          {countSetAside(setAside.items)} {setAside.items.length === 1 ? "was" : "were"} set aside
          when this model was repaired{when ? ` (${when})` : ""}.
        </strong>{" "}
        <span>They are kept until you discard them.</span>
      </div>
      <details>
        <summary>Show them</summary>
        <ul>
          {describeSetAside(setAside.items).map((line, i) => (
            <li key={i}>
              <bdi>{line}</bdi>
            </li>
          ))}
        </ul>
      </details>
      <div className="tc-banner-actions">
        <button
          type="button"
          onClick={() =>
            downloadText(
              fileNameFor(setAside.modelName, "set-aside"),
              JSON_TYPE,
              session.downloads.setAside(),
            )
          }
        >
          Download them (JSON)
        </button>
        <button type="button" onClick={() => void session.discardSetAside()}>
          Discard them
        </button>
      </div>
    </section>
  );
}
