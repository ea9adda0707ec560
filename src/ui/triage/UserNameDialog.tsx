import { lazy, Suspense } from "react";
import { useUserName } from "./userName";

const NameForm = lazy(() => import("./triageUi").then((m) => ({ default: m.NameForm })));

/**
 * Asked once, on the first triage: the name the decision log records with each decision.
 * Kept in this browser; it can be changed from the decision log. Loaded when first asked.
 */
export function UserNameDialog() {
  const pending = useUserName((s) => s.pending);
  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <NameForm />
    </Suspense>
  );
}
