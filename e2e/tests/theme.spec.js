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

  for (const theme of ["light", "dark"]) {
    test(`theme="${theme}" keeps its colours in a browser without light-dark() (Safari before 17.5)`, async ({ page }) => {
      await page.goto(`/test-pages/plain.html`);
      const widget = page.locator("hit-pathfinder");
      await page.evaluate((theme) => document.querySelector("hit-pathfinder").setAttribute("theme", theme), theme);
      await expect(widget.getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
      const colours = () =>
        widget.evaluate((host) => {
          const root = host.shadowRoot;
          const pick = (selector, ...properties) => {
            const style = getComputedStyle(root.querySelector(selector));
            return properties.map((p) => style.getPropertyValue(p));
          };
          return [
            pick(".hp-root", "color", "background-color"),
            pick(".hp-nav button[aria-current]", "color", "background-color", "border-top-color"),
            pick(".hp-lede", "color"),
          ];
        });
      const modern = await colours();
      // What an older engine sees: light-dark() is an unknown function, everywhere the
      // stylesheet names it (also in its own @supports test).
      const replaced = await widget.evaluate((host) => {
        const sheet = host.shadowRoot.adoptedStyleSheets[0];
        const css = [...sheet.cssRules].map((rule) => rule.cssText).join("\n");
        sheet.replaceSync(css.replaceAll("light-dark(", "unknown-function("));
        return css.split("light-dark(").length - 1;
      });
      expect(replaced).toBeGreaterThan(10);
      expect(await colours()).toEqual(modern);
      // And it is the generated fallback that keeps them: without it they are lost.
      await widget.evaluate((host) => {
        const sheet = host.shadowRoot.adoptedStyleSheets[0];
        const at = [...sheet.cssRules].findIndex((rule) => rule.cssText.startsWith("@supports"));
        sheet.deleteRule(at);
      });
      expect(await colours()).not.toEqual(modern);
    });
  }
});

