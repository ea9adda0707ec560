import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "./ui/theme.css";
import { session } from "./store/session";
import { App } from "./ui/App";
import { ExportControls } from "./ui/export/ExportControls";
import { FindingsPanel } from "./ui/findings/FindingsPanel";
import { QuestionsTab } from "./ui/questions/QuestionsTab";
import { SummaryTab } from "./ui/triage/SummaryTab";
import { ImportButton } from "./ui/import/ImportButton";
import { ModelsButton } from "./ui/models/ModelsButton";
import { TemplatesButton } from "./ui/templates/TemplatesButton";
import { EmptyState } from "./ui/models/EmptyState";
import { SaveIndicator } from "./ui/shell/SaveIndicator";
import { SessionBanner } from "./ui/shell/SessionBanner";
import { FramedNotice } from "./ui/shell/FramedNotice";
import { isFramedByAnotherOrigin } from "./ui/shell/frameGuard";
import { PresentButton } from "./ui/workshop/PresentButton";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
if (isFramedByAnotherOrigin(window)) {
  // No session (no storage opened), no editor: only a way out.
  const own = `${window.location.origin}${window.location.pathname}`;
  createRoot(root).render(<FramedNotice href={own} />);
} else {
  void session.start();
  createRoot(root).render(
    <StrictMode>
      <App
        topbarStart={
          <>
            <ModelsButton />
            <TemplatesButton />
            <ImportButton />
            <ExportControls />
          </>
        }
        tools={<PresentButton />}
        topbarEnd={<SaveIndicator />}
        banner={<SessionBanner />}
        findings={<FindingsPanel />}
        questions={<QuestionsTab />}
        summary={<SummaryTab />}
        empty={<EmptyState />}
      />
    </StrictMode>,
  );
  // Offline use and updates (service worker): production builds only, loaded after first paint.
  if (import.meta.env.PROD) void import("./ui/offline/startOffline").then((m) => m.startOffline());
}
