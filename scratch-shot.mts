import { chromium } from "playwright";
const [url, out, w, h, action] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url);
await page.getByRole("group", { name: "Process (LLM): GPU inference server" }).waitFor();
await page.waitForTimeout(800);
if (action === "questions") await page.getByRole("tab", { name: /open questions?$/ }).click();
if (action === "inspect") { await page.getByRole("group", { name: "External entity: API client", exact: false }).first().click(); }
if (action === "gpu") { await page.getByRole("group", { name: "Process (LLM): GPU inference server" }).click(); await page.getByRole("region", { name: "Inspector" }).getByText("Inferred:").first().scrollIntoViewIfNeeded(); }
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
