// The dark theme: chosen by the school (theme="dark") or by the visitor's system (theme="auto").
import { test, expect } from "@playwright/test";
import { axeViolations } from "./helpers.js";

const surface = (widget) => widget.locator(".hp-root").evaluate((el) => getComputedStyle(el).backgroundColor);

test.describe("themes", () => {
  for (const view of ["quiz", "paths", "compare"]) {
    test(`theme="dark": the ${view} view is dark with no axe violations`, async ({ page }) => {
      await page.goto(`/test-pages/dark.html?view=${view}`);
      const widget = page.locator("hit-pathfinder");
      await expect(widget.locator(".hp-view h3").first()).toBeVisible();
      expect(await surface(widget)).toBe("rgb(22, 24, 29)");
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('theme="dark": a question and the results have no axe violations', async ({ page }) => {
    await page.goto("/test-pages/dark.html");
    const widget = page.locator("hit-pathfinder");
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await widget.getByLabel("As little as possible", { exact: false }).check();
    expect(await axeViolations(page)).toEqual([]);
    for (let i = 0; i < 20; i += 1) {
      const submit = widget.locator("form.hp-question button[type=submit]");
      const label = await submit.textContent();
      await submit.click();
      if (label === "See my results") break;
    }
    await expect(widget.locator(".hp-result")).toHaveCount(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('theme="auto" follows the visitor\'s system; the default stays light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/test-pages/two.html");
    const emulated = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
    test.skip(!emulated, "this browser's driver cannot emulate a dark system setting");
    const first = page.locator("#first");
    await expect(first.locator(".hp-title")).toBeVisible();
    expect(await surface(first)).toBe("rgb(255, 255, 255)");
    await page.evaluate(() => document.getElementById("first").setAttribute("theme", "auto"));
    expect(await surface(first)).toBe("rgb(22, 24, 29)");
    await page.evaluate(() => document.getElementById("first").setAttribute("theme", "night"));
    await expect(first.getByRole("alert")).toContainText('theme="night"');
  });
});
