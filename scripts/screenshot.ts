/**
 * Screenshot of the built app (served by `vite preview`) in headless Chromium:
 *   npx tsx scripts/screenshot.ts [url] [out.png] [width] [height]
 * Used for the README picture and for looking at the UI while developing.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/support/browser";

const [url = "http://127.0.0.1:4173/", out = "screenshot.png", width = "1600", height = "1000"] =
  process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on("console", (msg) => {
  if (msg.type() === "error" || msg.type() === "warning")
    console.log(`[${msg.type()}]`, msg.text());
});
page.on("pageerror", (err) => console.log("[pageerror]", err.message));
await page.goto(url);
await page.waitForSelector(".react-flow__node", { timeout: 15000 });
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
