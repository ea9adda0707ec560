import { lazy, Suspense } from "react";
import { useTriageView } from "./triageView";

const OfferBody = lazy(() => import("./triageUi").then((m) => ({ default: m.OfferBody })));

/**
 * After a mitigation becomes Implemented: offer to mark the findings it covers that are still at
 * risk as Mitigated (logged as caused by the mitigation). Shown until taken or declined; its
 * code loads with the first offer.
 */
export function OfferBanner() {
  const offer = useTriageView((s) => s.offer);
  if (!offer) return null;
  return (
    <Suspense fallback={null}>
      <OfferBody offer={offer} />
    </Suspense>
  );
}
