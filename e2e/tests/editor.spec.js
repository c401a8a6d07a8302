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
