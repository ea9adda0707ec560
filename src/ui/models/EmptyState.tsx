import { useState } from "react";
import { useSession } from "../../store/session";
import { ModelsDialogOnDemand } from "./ModelsButton";

/** Shown when no model is open (all deleted, or still starting). */
export function EmptyState() {
  const phase = useSession((s) => s.phase);
  const [open, setOpen] = useState(false);
  if (phase === "starting") return <p className="tc-empty">Opening your models…</p>;
  return (
    <div className="tc-empty">
      <p>No model is open.</p>
      <button type="button" className="tc-button tc-button-primary" onClick={() => setOpen(true)}>
        Create or open a model
      </button>
      {open && <ModelsDialogOnDemand onClose={() => setOpen(false)} />}
    </div>
  );
}
