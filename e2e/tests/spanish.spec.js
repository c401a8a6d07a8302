// The widget in Spanish: chosen by the school, the page or the visitor.
import { test, expect } from "@playwright/test";
import { axeViolations, sidewaysOverflow } from "./helpers.js";

async function openSpanish(page, url = "/test-pages/spanish.html") {
  await page.goto(url);
  const widget = page.locator("hit-pathfinder").first();
  await expect(widget.locator(".hp-title")).toBeVisible();
  return widget;
}

test.describe("Spanish", () => {
  test("lang=es gives a Spanish widget whose root says so", async ({ page }) => {
    const widget = await openSpanish(page);
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "es-US");
    await expect(widget.getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");
    await expect(widget.locator(".hp-title")).not.toHaveText(/Find your path/);
  });

  test("the page's own lang picks Spanish when the element has none", async ({ page }) => {
    const widget = await openSpanish(page, "/test-pages/spanish-page.html");
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "es-US");
  });

  test("a keyboard-only visitor completes the quiz in Spanish", async ({ page }) => {
    const widget = await openSpanish(page);
    await widget.locator(".hp-quiz-intro .hp-button").first().focus();
    await page.keyboard.press("Enter");
    const progress = widget.locator(".hp-progress-title");
    await expect(progress).toBeFocused();
    const total = Number((await progress.textContent()).match(/(\d+)\D*$/)[1]);
    for (let n = 1; n <= total; n += 1) {
      await expect(progress).toBeFocused();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      await page.keyboard.press("Enter");
    }
    const results = widget.locator(".hp-results h3");
    await expect(results).toBeFocused();
    await expect(widget.locator(".hp-result")).toHaveCount(3);
    // The best path's details, a button away.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(widget.locator(".hp-path-page h3")).toBeFocused();
    await expect(widget.getByText(/Mediana salarial|mediana salarial/).first()).toBeVisible();
    await expect(widget.getByText(/de 20\d\d/).first()).toBeVisible();
    // Source titles are English pages: marked so, a Spanish voice reads them in English.
    const source = widget.getByRole("link", { name: /Fuente/ }).first();
    await expect(source).toHaveAccessibleName(/\(se abre en una pestaña nueva\)$/);
    await expect(source.locator("[lang=en]")).toHaveCount(1);
  });

  test("switching language midway keeps the answers and the view", async ({ page }) => {
    await page.goto("/index.html");
    const widget = page.locator("hit-pathfinder");
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await widget.getByLabel("As little as possible", { exact: false }).check();
    await widget.getByRole("button", { name: "Next" }).click();
    await widget.getByRole("button", { name: "Español" }).click();
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "es-US");
    await expect(widget.locator(".hp-progress-title")).toContainText("2");
    await widget.getByRole("button", { name: "Anterior" }).click();
    await expect(widget.locator("input[value=none]")).toBeChecked();
    await widget.getByRole("button", { name: "English" }).click();
    await expect(widget.getByLabel("As little as possible", { exact: false })).toBeChecked();
  });

  test("the language the visitor chose stays after a reload, with the answers, and is the dataset asked for", async ({ page }) => {
    // An English page without preload hints (the demo page hints its English dataset).
    await page.goto("/test-pages/plain.html");
    const widget = page.locator("hit-pathfinder");
    await widget.getByRole("button", { name: "Quiz", exact: true }).click();
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await widget.getByLabel("As little as possible", { exact: false }).check();
    await widget.getByRole("button", { name: "Next" }).click();
    await widget.getByRole("button", { name: "Español" }).click();
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "es-US");
    const json = [];
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith(".json")) json.push(path);
    });
    await page.reload();
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "es-US");
    await expect(widget.getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");
    await widget.getByRole("button", { name: "Cuestionario", exact: true }).click();
    await expect(widget.locator(".hp-progress-title")).toContainText("2");
    await widget.getByRole("button", { name: "Anterior" }).click();
    await expect(widget.locator("input[value=none]")).toBeChecked();
    // The element script asked for the Spanish dataset and words at once, not the page's
    // English dataset.
    expect(json.sort()).toEqual(["/data/hit-pathfinder.es-US.json", "/data/words.es-US.json"]);
    // The host changing the element's language still switches it.
    await page.evaluate(() => document.querySelector("hit-pathfinder").setAttribute("lang", "es"));
    await page.evaluate(() => document.querySelector("hit-pathfinder").setAttribute("lang", "en"));
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "en-US");
  });

  test("a share link opens in the language it was shared in", async ({ page, browser }) => {
    await page.goto("/test-pages/plain.html#hp-compare=rhit,cpc");
    const widget = page.locator("hit-pathfinder");
    await widget.getByRole("button", { name: "Español" }).click();
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "es-US");
    await widget.getByRole("button", { name: "Copiar enlace" }).click();
    const link = await widget.locator(".hp-share-link").inputValue();
    expect(link).toMatch(/#hp-compare=rhit,cpc&hp-lang=es-US$/);
    // Someone else, on another device: nothing saved, an English page.
    const other = await browser.newContext();
    const theirs = await other.newPage();
    const json = [];
    theirs.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith(".json")) json.push(path);
    });
    await theirs.goto(link);
    const their = theirs.locator("hit-pathfinder");
    await expect(their.locator("th[scope=col] .hp-cmp-abbr")).toHaveText(["RHIT", "CPC"]);
    await expect(their.locator(".hp-app")).toHaveAttribute("lang", "es-US");
    expect(json.sort()).toEqual(["/data/hit-pathfinder.es-US.json", "/data/words.es-US.json"]);
    await other.close();
  });

  test("compares RHIT, CPC and ODS in Spanish", async ({ page }) => {
    await page.goto("/test-pages/spanish.html#hp-compare=rhit,cpc,ods");
    const widget = page.locator("hit-pathfinder");
    await expect(widget.locator("th[scope=col] .hp-cmp-abbr")).toHaveText(["RHIT", "CPC", "ODS"]);
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "es-US");
    await expect(widget.locator(".hp-cmp-links a [lang=en]").first()).toBeAttached();
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const view of ["quiz", "paths", "compare"]) {
    test(`the ${view} view in Spanish has no axe violations and fits 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`/test-pages/spanish.html?view=${view}`);
      const widget = page.locator("hit-pathfinder");
      await expect(widget.locator(".hp-title")).toBeVisible();
      await expect(widget.locator(".hp-view h3").first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
});
