// Benchmark: how long each keystroke takes in the certification chooser when the dataset has
// 200 certifications, in the release build in headless Chromium. Prints the times; asserts
// nothing. Usage (after ./scripts/size or ./scripts/test has built dist/):
//   node scripts/bench-compare.mjs [--runs 5]
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { CHROMIUM } from "../e2e/chromium.js";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const root = new URL("..", import.meta.url).pathname;
const data = JSON.parse(readFileSync(`${root}data/hit-pathfinder.en-US.json`, "utf8"));
for (let n = 0; data.certifications.length < 200; n++) {
  const copy = structuredClone(data.certifications[n % 21]);
  Object.assign(copy, { id: `${copy.id}-x${n}`, abbreviation: `${copy.abbreviation} X${n}`, name: `${copy.name} edition ${n}` });
  data.certifications.push(copy);
}
const server = spawn("node", [`${root}e2e/serve.mjs`, "--port", "8484", "--root", "dist"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage();
  // By path, not a glob: the test page's own address ends in "?dataset=/large-dataset.json".
  await page.route(
    (url) => url.pathname === "/large-dataset.json",
    (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(data) }),
  );
  const all = [];
  for (let run = 0; run < runs; run++) {
    await page.goto("http://127.0.0.1:8484/test-pages/dataset.html?dataset=/large-dataset.json");
    await page.evaluate(() => document.getElementById("widget").setAttribute("view", "compare"));
    await page.locator("hit-pathfinder #hp-cmp-q").waitFor();
    const times = await page.evaluate(async (query) => {
      const input = document.querySelector("hit-pathfinder").shadowRoot.querySelector("#hp-cmp-q");
      const times = [];
      for (let end = 1; end <= query.length + 1; end++) {
        const started = performance.now();
        input.value = end > query.length ? "" : query.slice(0, end);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        times.push(performance.now() - started);
      }
      return times;
    }, "coding specialist");
    all.push(...times);
  }
  all.sort((a, b) => a - b);
  const at = (q) => all[Math.min(all.length - 1, Math.floor(q * all.length))].toFixed(1);
  console.log(`keystrokes: ${all.length}; median ${at(0.5)} ms; 90th percentile ${at(0.9)} ms; slowest ${at(1)} ms`);
} finally {
  await browser.close();
  server.kill();
}
