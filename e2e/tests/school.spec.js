// A school's profile (issue #19): the school's programs on the paths they lead to, in
// results and in the comparison; hidden and featured paths; a profile that cannot be used.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { axeViolations, watchErrors } from "./helpers.js";

const PAGES = "/test-pages";
/** The documented example profile (docs/examples/lakeview.json), served as the page's own. */
const LAKEVIEW = readFileSync(new URL("../../docs/examples/lakeview.json", import.meta.url), "utf8");
const PROFILE = JSON.parse(LAKEVIEW);
const DATASET = JSON.parse(readFileSync(new URL("../../data/hit-pathfinder.en-US.json", import.meta.url), "utf8"));

/** Serves `body` (the example unless given) at every address ending in `lakeview.json`. */
async function serveProfile(page, body = LAKEVIEW, status = 200) {
  await page.route("**/lakeview.json", (route) =>
    route.fulfill({ status, contentType: "application/json", body }),
  );
}

/** The widget on a host page with `school="lakeview.json"` and these other attributes. */
async function openWithProfile(page, query = "") {
  await page.goto(`${PAGES}/dataset.html?school=lakeview.json${query}`);
  const widget = page.locator("hit-pathfinder");
  await expect(widget.locator(".hp-title")).toBeVisible();
  return widget;
}

/** The names of the programs that lead to the path `id`, as the example profile has them. */
const programsFor = (id) => PROFILE.programs.filter((p) => p.paths.includes(id)).map((p) => p.name);

test.describe("a school's profile", () => {
  test("featured paths come first, hidden ones never show, and cards name the school's programs", async ({ page }) => {
    const errors = watchErrors(page);
    await serveProfile(page);
    const widget = await openWithProfile(page);
    const cards = widget.locator("#hp-specialties + .hp-cards > li");
    // coding-professional, then him-technician, as the profile features them.
    await expect(cards.nth(0).locator("h5")).toHaveText("Medical coding: doctors' offices (professional coding)");
    await expect(cards.nth(1).locator("h5")).toHaveText("Health information technician (release of information)");
    await expect(cards.nth(0).locator(".hp-school")).toHaveText("At Lakeview College: Medical Coding Certificate");
    // Health information manager is hidden: not in the list, the count or the comparison.
    await expect(widget.getByRole("button", { name: "Health information manager" })).toHaveCount(0);
    const total = DATASET.paths.length - PROFILE.hidden.length;
    await expect(widget.locator(".hp-count")).toHaveText(`Showing ${total} of ${total} paths`);
    expect(errors).toEqual([]);
  });

  test("a path's details list its programs with award, delivery, length and certifications, and following one is told to the page", async ({ page }) => {
    await serveProfile(page);
    const widget = await openWithProfile(page);
    await page.evaluate(() => {
      window.ctas = [];
      document.addEventListener("hit-pathfinder:cta", (e) => window.ctas.push(e.detail));
    });
    await widget.getByRole("button", { name: "Medical coding: doctors' offices (professional coding)" }).click();
    await expect(widget.getByRole("heading", { name: "At Lakeview College", level: 4 })).toBeVisible();
    const program = widget.locator(".hp-programs li");
    await expect(program).toHaveCount(1);
    await expect(program).toHaveText(
      "Medical Coding Certificate Certificate, partly online, partly on campus, about 9 months. Prepares for CCA, CPC.",
    );
    const link = program.getByRole("link", { name: "Medical Coding Certificate" });
    await expect(link).toHaveAttribute("href", "https://lakeview.example.edu/hit/coding");
    // The school's general call to action replaces the dataset's.
    await expect(widget.getByRole("link", { name: "Explore Health Information Technology at Lakeview" })).toBeVisible();
    await link.evaluate((a) => a.addEventListener("click", (e) => e.preventDefault()));
    await link.click();
    expect(await page.evaluate(() => window.ctas)).toEqual([
      { url: "https://lakeview.example.edu/hit/coding", program: "medical-coding-certificate" },
    ]);
  });

  test("a path without a program says so and names the closest one", async ({ page }) => {
    await serveProfile(page);
    const widget = await openWithProfile(page);
    await widget.getByRole("button", { name: "Cancer registry (oncology data)" }).click();
    await expect(widget.getByRole("heading", { name: "At Lakeview College", level: 4 })).toBeVisible();
    await expect(widget.locator(".hp-detail .hp-school")).toHaveText(
      "Lakeview College has no program for this path. The closest is Health Information Technology, AAS, which prepares for RHIT.",
    );
    await expect(widget.locator(".hp-detail .hp-school").getByRole("link")).toHaveAttribute(
      "href",
      "https://lakeview.example.edu/hit/aas",
    );
    await widget.getByRole("button", { name: "← All career paths" }).click();
    await widget.getByRole("button", { name: "Medical assistant", exact: true }).click();
    await expect(widget.locator(".hp-detail .hp-school")).toHaveText("Lakeview College has no program for this path.");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("results name each top path's programs or say there is none; the cta event carries the program", async ({ page }) => {
    await serveProfile(page);
    // Every question answered with its first option, as a share link carries answers.
    const answers = DATASET.quiz.questions.map((q) => `${q.id}.${q.options[0].id}`).join("~");
    await page.goto(`${PAGES}/dataset.html?school=lakeview.json#hp-quiz=${answers}`);
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("heading", { name: "Your results" })).toBeVisible();
    const results = widget.locator(".hp-result");
    await expect(results).toHaveCount(3);
    let followed = null;
    for (let i = 0; i < 3; i += 1) {
      const name = (await results.nth(i).locator("h4 button").textContent()).replace(/^\S+\s/, "");
      const path = DATASET.paths.find((p) => p.name === name);
      expect(path, name).toBeTruthy();
      const line = results.nth(i).locator(".hp-school");
      const names = programsFor(path.id);
      if (names.length) {
        await expect(line).toHaveText(`At Lakeview College: ${names.join(", ")}`);
        followed ??= line.getByRole("link").first();
      } else {
        await expect(line).toContainText("Lakeview College has no program for this path.");
      }
    }
    await widget.locator("details.hp-others summary").click();
    await expect(widget.locator(".hp-others-list")).not.toContainText("Health information manager");
    if (followed) {
      await page.evaluate(() => {
        window.ctas = [];
        document.addEventListener("hit-pathfinder:cta", (e) => window.ctas.push(e.detail));
      });
      await followed.evaluate((a) => a.addEventListener("click", (e) => e.preventDefault()));
      await followed.click();
      const ctas = await page.evaluate(() => window.ctas);
      expect(ctas).toHaveLength(1);
      const program = PROFILE.programs.find((p) => p.url === ctas[0].url);
      expect(ctas[0]).toEqual({ url: program.url, program: program.id });
    }
  });

  test("the comparison has a row of the school's programs for each certification", async ({ page }) => {
    await serveProfile(page);
    await page.goto(`${PAGES}/dataset.html?school=lakeview.json#hp-compare=cpc,rhit,ods`);
    const widget = page.locator("hit-pathfinder");
    const row = widget.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "At Lakeview College" }) });
    await expect(row.getByRole("cell")).toHaveText([
      /Medical Coding Certificate/,
      /Health Information Technology, AAS/,
      /No program/,
    ]);
  });

  test("in Spanish the programs carry their Spanish names", async ({ page }) => {
    await serveProfile(page);
    const widget = await openWithProfile(page, "&lang=es");
    await widget.getByRole("button", { name: /^Codificación médica: consultorios/ }).first().click();
    await expect(widget.getByRole("heading", { name: "En Lakeview College", level: 4 })).toBeVisible();
    await expect(widget.locator(".hp-programs li").first()).toContainText("Certificado en Codificación Médica");
    await expect(widget.locator(".hp-programs li").first()).toContainText("Certificado, en parte en línea y en parte en el campus, unos 9 meses. Prepara para CCA, CPC.");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a profile with problems is named with each problem, and the guide works without it", async ({ page }) => {
    const errors = watchErrors(page);
    const bad = LAKEVIEW.replace('"coding-professional", "coding-outpatient-facility"', '"coding-professional", "nursing"');
    await serveProfile(page, bad);
    const widget = await openWithProfile(page);
    const alert = widget.getByRole("alert");
    await expect(alert).toContainText("The school profile this page names");
    await expect(alert).toContainText("lakeview.json");
    await expect(alert.locator("li")).toContainText("programs[0].paths[1]");
    await expect(alert.locator("li")).toContainText("nursing");
    // Without the profile: the dataset's paths, none hidden, no programs.
    await expect(widget.getByRole("button", { name: "Health information manager" })).toBeVisible();
    await expect(widget.locator(".hp-school")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("a profile that does not arrive is named with the server's answer", async ({ page }) => {
    await serveProfile(page, "gone", 404);
    const widget = await openWithProfile(page);
    await expect(widget.getByRole("alert")).toContainText("the server answered “404” for it");
    await expect(widget.getByRole("button", { name: "Health information manager" })).toBeVisible();
  });

  test("a profile that never answers holds the guide back 5 seconds at most, then is named", async ({ page }) => {
    await page.route("**/lakeview.json", () => {}); // never answered
    await page.goto(`${PAGES}/dataset.html?school=lakeview.json`);
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("alert")).toContainText("it did not arrive within 5 seconds", { timeout: 15_000 });
    await expect(widget.getByRole("button", { name: "Health information manager" })).toBeVisible();
  });

  test("the profile is asked for at once, beside the dataset, while the wasm is still arriving", async ({ page }) => {
    await serveProfile(page);
    await page.route("**/hit_pathfinder_bg.wasm*", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const made = [];
    const started = Date.now();
    page.on("request", (r) => made.push({ url: r.url(), at: Date.now() - started }));
    page.on("requestfinished", (r) => {
      const entry = made.find((m) => m.url === r.url());
      if (entry) entry.done = Date.now() - started;
    });
    const widget = await openWithProfile(page);
    await expect(widget.locator(".hp-school").first()).toBeVisible();
    const wasm = made.find((r) => r.url.includes("hit_pathfinder_bg.wasm"));
    const profiles = made.filter((r) => r.url.endsWith("/lakeview.json"));
    expect(profiles).toHaveLength(1);
    expect(profiles[0].at).toBeLessThan(wasm.done);
  });
});
