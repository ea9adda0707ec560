import { useMemo } from "react";
import { implementationOffer } from "../../domain/triage/mitigations";
import { triageable } from "../../engine/risk/triageable";
import { useEditor } from "../../store/editorStore";
import { useThreats } from "../findings/useFindings";
import { executeAs } from "./actions";
import { useTriageView } from "./triageView";

/** The offer itself (see OfferBanner), for the mitigation `offer`. */
export default function OfferBody({ offer }: { offer: string }) {
  const doc = useEditor((s) => (offer ? s.doc : null));
  const threats = useThreats();
  const findings = useMemo(
    () => (doc && offer ? implementationOffer(doc, offer, triageable(threats.findings)) : []),
    [doc, offer, threats],
  );
  const mitigation = doc?.mitigations.find((m) => m.id === offer);
  if (!offer || !mitigation || findings.length === 0) return null;
  const count = findings.length;
  const done = () => useTriageView.getState().makeOffer(null);
  return (
    <div className="tc-offer" role="region" aria-label="Mitigation implemented">
      <p>
        <strong>{mitigation.title}</strong> is implemented. Mark the {count} open finding
        {count === 1 ? "" : "s"} it covers as Mitigated?
      </p>
      <button
        type="button"
        className="tc-primary"
        onClick={() =>
          executeAs(
            (by, commands) => commands.markCoveredMitigated(offer, findings, by),
            (ok) => ok && done(),
          )
        }
      >
        Mark {count} finding{count === 1 ? "" : "s"} mitigated
      </button>
      <button type="button" onClick={done}>
        Not now
      </button>
    </div>
  );
}
