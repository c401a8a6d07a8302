// The snippet builder for web editors.
import { test, expect } from "@playwright/test";
import { axeViolations } from "./helpers.js";

// The documented example profile, docs/examples/lakeview.json, is served as a file (a
// response made by page.route is not matched to a preload in Firefox).
const PROFILE = "/test-pages/data/lakeview.json";

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
  // Without a school profile: the glue, the wasm and the dataset in the chosen language.
  const without = await page.locator("#snippet").inputValue();
  expect([...without.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"/g)]).toHaveLength(3);
  // With one, its line too, written as the dataset's.
  const profile = new URL(PROFILE, page.url()).href;
  await page.getByLabel("School profile (address of your lakeview.json)").fill(profile);
  const snippet = await page.locator("#snippet").inputValue();
  const hints = [...snippet.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"/g)].map((m) => m[2]);
  expect(hints).toHaveLength(4);
  expect(hints[2]).toMatch(/\/data\/hit-pathfinder\.es-US\.json$/);
  expect(snippet).toContain(`<link rel="preload" href="${profile}" as="fetch" crossorigin>`);
  expect(snippet).toContain(` school="${profile}"`);
  // Pasted into a school's page, the hints are used: no file is asked for twice.
  await page.route("**/school-page.html", (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><body>${snippet}</body></html>` }),
  );
  const made = [];
  page.on("request", (request) => made.push(request.url()));
  await page.goto("/school-page.html");
  const widget = page.locator("hit-pathfinder");
  await expect(widget.getByRole("heading", { name: "Cuestionario de compatibilidad profesional" })).toBeVisible();
  // The profile was read and applied: its featured path comes first, with its program.
  await widget.getByRole("button", { name: "Rutas profesionales", exact: true }).click();
  await expect(widget.locator(".hp-school").first()).toContainText("Certificado en Codificación Médica");
  await expect(widget.getByRole("alert")).toHaveCount(0);
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

test("a school profile, typed by keyboard, goes into the snippet escaped, with its preload line, and into the live preview", async ({ page }) => {
  await page.goto("/editor.html");
  const preview = page.locator("#preview");
  const snippet = page.locator("#snippet");
  await expect(preview.getByRole("heading", { name: "Career-fit quiz" })).toBeVisible();
  await page.getByLabel("Opens on").selectOption("paths");
  const field = page.getByLabel("School profile (address of your lakeview.json)");
  // Empty until filled: no attribute, no fourth hint. Its hint says where the format is.
  await expect(field).toHaveValue("");
  await expect(field).toHaveAccessibleDescription(/docs\/school\.md/);
  expect(await snippet.inputValue()).not.toContain("school=");
  expect((await snippet.inputValue()).match(/<link /g)).toHaveLength(3);
  await expect(preview).not.toHaveAttribute("school");

  // From the dataset's field, Tab reaches it; a relative address, as a page would give it.
  await page.getByLabel(/^Your own dataset/).focus();
  await page.keyboard.press("Tab");
  await expect(field).toBeFocused();
  const typed = `${PROFILE.slice(1)}?a=1&b="2"`;
  await page.keyboard.type(typed);
  const escaped = `${PROFILE.slice(1)}?a=1&#38;b=&#34;2&#34;`;
  const written = await snippet.inputValue();
  expect(written).toContain(`<link rel="preload" href="${escaped}" as="fetch" crossorigin>\n<script type="module"`);
  expect(written).toMatch(new RegExp(`<hit-pathfinder view="paths" school="${escaped.replace(/[?]/g, "\\?")}">`));
  expect(written).not.toContain('"2"');
  await expect(preview).toHaveAttribute("school", typed);
  // The preview shows the school's programs on its featured path, first.
  await expect(preview.locator(".hp-school").first()).toHaveText("At Lakeview College: Medical Coding Certificate");
  await expect(preview.getByRole("alert")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // An address the widget will not fetch: no preload line; the preview names it.
  await field.fill("javascript:alert(1)");
  expect((await snippet.inputValue()).match(/<link /g)).toHaveLength(3);
  await expect(preview.getByRole("alert")).toContainText('school="javascript:alert(1)"');

  // Emptied: the attribute goes from both.
  await field.fill("");
  expect(await snippet.inputValue()).not.toContain("school=");
  await expect(preview).not.toHaveAttribute("school");
  await expect(preview.getByRole("alert")).toHaveCount(0);
});
