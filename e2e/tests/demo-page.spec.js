// The demo school page: the widget loads from the paste-in snippet and lists the paths.
import { test, expect } from "@playwright/test";

test.describe("demo program page", () => {
  test("shows the specialty paths from the default dataset", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/index.html");
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("heading", { name: "Specialty paths" })).toBeVisible();
    await expect(widget.getByRole("heading", { name: /Medical coding/ }).first()).toBeVisible();
    await expect(widget.getByRole("heading", { name: /Cancer registry/ })).toBeVisible();
    await expect(widget.getByText(/cancer/i).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("replaces the fallback link once the widget runs", async ({ page }) => {
    await page.goto("/index.html");
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("heading", { name: "Specialty paths" })).toBeVisible();
    // The light-DOM link is still in the page's markup but no longer rendered.
    await expect(page.getByRole("link", { name: /courses and admission steps/ })).toBeHidden();
  });

  test("fits a 320 px wide phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/index.html");
    await expect(page.locator("hit-pathfinder").getByRole("heading", { name: "Specialty paths" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
