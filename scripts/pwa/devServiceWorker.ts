/**
 * What the dev server sends for /sw.js. The app registers no service worker in development; but
 * a production build served earlier on the same origin (a `vite preview --port 5173`) leaves
 * one that would keep answering with that build. The browser checks /sw.js for changes on every
 * page load, gets this one, which takes over, deletes our caches, unregisters itself and reloads
 * the open pages: from then on the dev server answers.
 */
export const DEV_SERVICE_WORKER = `// ThreatCanvas development server: removes a service worker left by a production build.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await self.registration.unregister();
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith("threatcanvas-")).map((name) => caches.delete(name)),
      );
      const pages = await self.clients.matchAll({ type: "window" });
      for (const page of pages) page.navigate(page.url);
    })(),
  );
});
`;
