// The snippet builder for web editors.
import { test, expect } from "@playwright/test";
import { axeViolations } from "./helpers.js";

test("the editor page builds an escaped snippet and updates the live preview", async ({ page }) => {
  await page.goto("/editor.html");
  const preview = page.locator("#preview");
  await expect(preview.getByRole("heading", { name: "Career-fit quiz" })).toBeVisible();
  await page.getByLabel("Opens on").selectOption("paths");
  await page.getByLabel("Your program's page (address)").fill("https://lakeview.example/hit?a=1&b=2");
  await page.getByLabel("Your program's name").fill('Health "IT" <AAS>');
  const snippet = await page.locator("#snippet").inputValue();
  expect(snippet).toContain('<script type="module" src="http://127.0.0.1:');
  expect(snippet).toContain('view="paths"');
  expect(snippet).toContain('program-url="https://lakeview.example/hit?a=1&#38;b=2"');
  expect(snippet).toContain('program-name="Health &#34;IT&#34; &#60;AAS&#62;"');
  await expect(preview.getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("the snippet's preload hints name exactly the files the widget asks for", async ({ page }) => {
  await page.goto("/editor.html");
  await page.locator("#lang").selectOption("es");
  const snippet = await page.locator("#snippet").inputValue();
  const hints = [...snippet.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"/g)].map((m) => m[2]);
  expect(hints).toHaveLength(3);
  expect(hints[2]).toMatch(/\/data\/hit-pathfinder\.es-US\.json$/);
  // Pasted into a school's page, the hints are used: no file is asked for twice.
  await page.route("**/school-page.html", (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><body>${snippet}</body></html>` }),
  );
  const made = [];
  page.on("request", (request) => made.push(request.url()));
  await page.goto("/school-page.html");
  await expect(page.locator("hit-pathfinder").getByRole("heading", { name: "Cuestionario de compatibilidad profesional" })).toBeVisible();
  for (const hint of hints) expect(made.filter((url) => url === hint), hint).toHaveLength(1);
  expect(made.filter((url, i) => made.indexOf(url) !== i)).toEqual([]);
});

test("a state for pay figures, chosen by keyboard, goes into the snippet and the live preview", async ({ page }) => {
  await page.goto("/editor.html");
  const preview = page.locator("#preview");
  await expect(preview.getByRole("heading", { name: "Career-fit quiz" })).toBeVisible();
  const state = page.getByLabel("State for pay figures");
  // National figures only until a state is chosen; then the 50 states and DC, by name.
  await expect(state).toHaveValue("");
  await expect(state.locator("option")).toHaveCount(52);
  await expect(state.locator("option").first()).toHaveText("None: national figures only");
  await expect(state.locator("option[value=DC]")).toHaveText("District of Columbia");
  expect(await page.locator("#snippet").inputValue()).not.toContain("region=");
  await expect(preview).not.toHaveAttribute("region");

  // From the language, Tab reaches it; typing a name chooses the state.
  await page.locator("#lang").focus();
  await page.keyboard.press("Tab");
  await expect(state).toBeFocused();
  await page.keyboard.type("Texas");
  await expect(state).toHaveValue("TX");
  expect(await page.locator("#snippet").inputValue()).toMatch(/<hit-pathfinder region="TX">/);
  await expect(preview).toHaveAttribute("region", "TX");
  await expect(preview.getByRole("alert")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // Back to national figures: the attribute goes from both.
  await state.selectOption("");
  expect(await page.locator("#snippet").inputValue()).not.toContain("region=");
  await expect(preview).not.toHaveAttribute("region");
});
