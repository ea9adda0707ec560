import type { RecordView } from "./triageView";
import { AssumptionsView } from "./AssumptionsView";
import { DecisionLogView } from "./DecisionLogView";
import { MitigationsView } from "./MitigationsView";
import { StaleView } from "./StaleView";
import { SummaryView } from "./SummaryView";

/** The panel's views besides the list; a chunk of its own, loaded when one is first opened. */
export default function OtherViews({ view }: { view: RecordView }) {
  switch (view) {
    case "summary":
      return <SummaryView />;
    case "mitigations":
      return <MitigationsView />;
    case "assumptions":
      return <AssumptionsView />;
    case "log":
      return <DecisionLogView />;
    case "stale":
      return <StaleView />;
  }
}
