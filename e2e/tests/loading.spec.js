// Loading on a phone's network: the widget's files are asked for at once, not one after
// another, each exactly once, and the pages' preload hints are the very requests the widget
// makes (a hint that does not match would download the file twice).
import { test, expect } from "@playwright/test";

const PAGES = "/test-pages";

/** Every request the page makes, by full address, with the time it was made and finished. */
function recordRequests(page) {
  const made = [];
  const started = Date.now();
  page.on("request", (request) => made.push({ url: request.url(), at: Date.now() - started, done: null }));
  page.on("requestfinished", (request) => {
    const entry = made.find((r) => r.url === request.url() && r.done === null);
    if (entry) entry.done = Date.now() - started;
  });
  return made;
}

/** The addresses asked for more than once. */
const repeated = (made) => made.map((r) => r.url).filter((url, i, all) => all.indexOf(url) !== i);

/** The one request whose path ends with `suffix`. */
const one = (made, suffix) => {
  const found = made.filter((r) => new URL(r.url).pathname.endsWith(suffix));
  expect(found, suffix).toHaveLength(1);
  return found[0];
};

test.describe("loading", () => {
  test("the glue, the wasm and the dataset are asked for while the wasm is still arriving", async ({ page }) => {
    // A slow wasm, as on a phone: everything else must not wait for it.
    await page.route("**/hit_pathfinder_bg.wasm*", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const made = recordRequests(page);
    // A page without preload hints: the element's script alone must start every request.
    await page.goto(`${PAGES}/plain.html`);
    await expect(page.locator("hit-pathfinder").getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
    const wasm = one(made, "/hit_pathfinder_bg.wasm");
    const glue = one(made, "/hit_pathfinder.js");
    const dataset = one(made, "/data/hit-pathfinder.en-US.json");
    expect(glue.at).toBeLessThan(wasm.done);
    expect(dataset.at).toBeLessThan(wasm.done);
    expect(repeated(made)).toEqual([]);
  });

  test("the demo page's preload hints are used: each file once, no warning", async ({ page, browserName }) => {
    const warnings = [];
    page.on("console", (message) => {
      if (["warning", "error"].includes(message.type())) warnings.push(message.text());
    });
    const made = recordRequests(page);
    await page.goto("/index.html");
    await expect(page.locator("hit-pathfinder").getByRole("button", { name: "Start the quiz" })).toBeVisible();
    one(made, "/hit_pathfinder.js");
    one(made, "/hit_pathfinder_bg.wasm");
    one(made, "/data/hit-pathfinder.en-US.json");
    expect(repeated(made)).toEqual([]);
    // Browsers warn a few seconds after the load event about a hint that was not used.
    await page.waitForTimeout(browserName === "chromium" ? 3500 : 5000);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
  });

  // A Spanish widget also asks for its words (the wasm carries English only), at once too.
  for (const [what, address, dataset, words] of [
    ["the page's language", `${PAGES}/spanish-page.html`, "/data/hit-pathfinder.es-US.json", "/data/words.es-US.json"],
    ["a school's dataset", `${PAGES}/dataset.html?dataset=data/school.json`, "/test-pages/data/school.json"],
    ["a school's dataset in the visitor's language", `${PAGES}/dataset.html?dataset=data/{lang}.json`, "/test-pages/data/en-US.json"],
    ["the iframe page's options", "/embed.html?lang=es&view=paths", "/data/hit-pathfinder.es-US.json", "/data/words.es-US.json"],
  ]) {
    test(`the script asks for the right dataset at once, and only once, for ${what}`, async ({ page }) => {
      const school = new URL("../pages/data/school.json", import.meta.url).pathname;
      await page.route("**/test-pages/data/en-US.json", (route) => route.fulfill({ path: school, contentType: "application/json" }));
      const made = recordRequests(page);
      await page.goto(address);
      await expect(page.locator("hit-pathfinder").locator(".hp-root")).toBeVisible();
      await expect(page.locator("hit-pathfinder").getByRole("status").filter({ hasText: /Loading|Cargando/ })).toHaveCount(0);
      one(made, dataset);
      const json = made.map((r) => new URL(r.url).pathname).filter((path) => path.endsWith(".json"));
      expect(json.sort()).toEqual([dataset, words].filter(Boolean).sort());
      expect(repeated(made)).toEqual([]);
    });
  }

  test("two elements with the same dataset share one request", async ({ page }) => {
    const made = recordRequests(page);
    await page.goto(`${PAGES}/two.html`);
    await expect(page.locator("#second").getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
    await expect(page.locator("#first").getByRole("heading", { name: "Career-fit quiz" })).toBeVisible();
    one(made, "/data/hit-pathfinder.en-US.json");
    one(made, "/hit_pathfinder_bg.wasm");
    expect(repeated(made)).toEqual([]);
  });

  test("switching language back and forth asks for each language's dataset once", async ({ page }) => {
    const made = recordRequests(page);
    await page.goto(`${PAGES}/plain.html`);
    const widget = page.locator("hit-pathfinder");
    await widget.getByRole("button", { name: "Español" }).click();
    await expect(widget.getByRole("heading", { name: "Rutas profesionales", level: 3 })).toBeVisible();
    await widget.getByRole("button", { name: "English" }).click();
    await expect(widget.getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
    one(made, "/data/hit-pathfinder.es-US.json");
    one(made, "/data/hit-pathfinder.en-US.json");
  });
});
