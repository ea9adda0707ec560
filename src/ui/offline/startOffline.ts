import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { editorStore } from "../../store/editorStore";
import { pendingEdits } from "../../store/pendingEdits";
import { session } from "../../store/session";
import { afterSettled, browserWhenIdle } from "./afterSettled";
import { reloadBlocker, type ReloadFacts } from "./reloadBlocker";
import { createUpdateFlow, type ContainerLike } from "./updateFlow";
import { UpdateNotice } from "./UpdateNotice";

/**
 * Loaded by main.tsx after the first render, in production builds only (the dev server has no
 * service worker): registers it once the page has loaded, the first model is open and the main
 * thread is idle (see afterSettled), so precaching the build never competes with the first visit,
 * and shows the update notice when a new version waits.
 */
export function startOffline(): void {
  if (!("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const facts = (): ReloadFacts => {
    const openId = session.store.getState().openModelId ?? editorStore.getState().doc?.id;
    return {
      typingLabels: openId ? pendingEdits.of(openId).map((e) => e.label) : [],
      changedElsewhere: session.store.getState().changedElsewhere,
      save: null,
    };
  };
  const flow = createUpdateFlow({
    container: navigator.serviceWorker as unknown as ContainerLike,
    scriptUrl: `${base}sw.js`,
    scope: base,
    blockerNow: () => reloadBlocker(facts()),
    settle: async () => {
      const save = await session.flush().catch(() => ({ state: "failed", unsavedChanges: true }));
      return reloadBlocker({ ...facts(), save: save ?? null });
    },
    reload: () => window.location.reload(),
  });
  pendingEdits.subscribe(flow.recheck);
  session.store.subscribe(flow.recheck);

  const register = () => {
    // Its own root, outside the editor's tree: nothing in the editor re-renders for it.
    const host = document.createElement("div");
    document.body.append(host);
    createRoot(host).render(createElement(UpdateNotice, { flow }));
    void flow.start();
  };
  afterSettled(
    {
      loaded: () => document.readyState === "complete",
      onLoad: (listener) => window.addEventListener("load", listener, { once: true }),
      starting: () => session.store.getState().phase === "starting",
      subscribe: (listener) => session.store.subscribe(listener),
      whenIdle: browserWhenIdle,
    },
    register,
  );
}
