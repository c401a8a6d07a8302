// The demo school page: the widget loads from the paste-in snippet.
import { test, expect } from "@playwright/test";
import { openWidget, sidewaysOverflow, watchErrors } from "./helpers.js";

test.describe("demo program page", () => {
  test("the widget opens on the quiz, with the three views reachable", async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await openWidget(page);
    await expect(widget.getByRole("heading", { name: "Find your path in Health Information Technology" })).toBeVisible();
    // The widget is a region named by its title among the page's landmarks.
    await expect(widget.getByRole("region", { name: "Find your path in Health Information Technology" })).toBeVisible();
    await expect(widget.getByRole("button", { name: "Quiz", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(widget.getByRole("button", { name: "Career paths" })).toBeVisible();
    await expect(widget.getByRole("button", { name: "Compare certifications" })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("replaces the fallback link once the widget runs", async ({ page }) => {
    await openWidget(page);
    // The light-DOM link is still in the page's markup but no longer rendered.
    await expect(page.getByRole("link", { name: /courses and admission steps/ })).toBeHidden();
  });

  test("does not take focus or scroll the host page when it loads", async ({ page }) => {
    await openWidget(page);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test("opened from a share link, it still leaves focus and scrolling to the page", async ({ page }) => {
    for (const fragment of ["hp-compare=rhit,cpc", "hp-quiz=patient-contact.none"]) {
      await page.goto("about:blank");
      await openWidget(page, `/index.html#${fragment}`);
      await expect(page.locator("hit-pathfinder").locator(".hp-view h3").first()).toBeVisible();
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    }
  });

  test("fits a 320 px wide phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openWidget(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});
