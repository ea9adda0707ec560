import { preview } from "vite";
import { benchViteConfig } from "./buildPages";

export interface Server {
  url: string;
  close(): Promise<void>;
}

/** Serves the built pages on a free local port. */
export async function servePages(): Promise<Server> {
  const server = await preview({
    ...benchViteConfig(),
    preview: { host: "127.0.0.1", port: 4790, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the preview server is not listening");
  return { url: url.replace(/\/$/, ""), close: () => server.close() };
}
