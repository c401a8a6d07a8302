// Browsing the career paths without taking the quiz.
import { test, expect } from "@playwright/test";
import { axeViolations, openWidget, sidewaysOverflow } from "./helpers.js";

async function openPaths(page) {
  const widget = await openWidget(page);
  await widget.getByRole("button", { name: "Career paths" }).click();
  await expect(widget.getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
  return widget;
}

test.describe("career paths", () => {
  test("lists the specialty paths and related careers from the dataset", async ({ page }) => {
    const widget = await openPaths(page);
    await expect(widget.getByRole("heading", { name: "Specialty paths" })).toBeVisible();
    await expect(widget.getByRole("heading", { name: "Related careers" })).toBeVisible();
    await expect(widget.getByRole("button", { name: /Cancer registry/ })).toBeVisible();
    await expect(widget.getByRole("button", { name: /professional coding/ })).toBeVisible();
    await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
  });

  test("filters narrow the list, and the count says so", async ({ page }) => {
    const widget = await openPaths(page);
    await widget.getByLabel("Patient contact").selectOption("lots");
    await expect(widget.getByRole("button", { name: /Medical assistant/ })).toBeVisible();
    await expect(widget.getByRole("button", { name: /Cancer registry/ })).toHaveCount(0);
    await widget.getByLabel("Patient contact").selectOption("any");
    await widget.getByLabel("Work from home").selectOption("common");
    await expect(widget.getByRole("button", { name: /professional coding/ })).toBeVisible();
    await expect(widget.getByRole("button", { name: /Medical assistant/ })).toHaveCount(0);
    await expect(widget.getByText(/Showing \d+ of 14 paths/)).toBeVisible();
    // No path has lots of patient contact and common work from home: one button shows all.
    await widget.getByLabel("Patient contact").selectOption("lots");
    await expect(widget.getByText(/No path matches all these filters/)).toBeVisible();
    await widget.getByRole("button", { name: "Show all paths" }).click();
    await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
    await expect(widget.getByRole("heading", { name: "Career paths", level: 3 })).toBeFocused();
    await expect(widget.getByLabel("Work from home")).toHaveValue("any");
  });

  test("a path's details show the work, steps, certifications, sourced pay and a way back", async ({ page }) => {
    const widget = await openPaths(page);
    await widget.getByRole("button", { name: /professional coding/ }).click();
    const title = widget.getByRole("heading", { name: /professional coding/, level: 3 });
    await expect(title).toBeFocused();
    await expect(widget.getByRole("heading", { name: "Steps to get there" })).toBeVisible();
    await expect(widget.getByText(/Median pay: \$[\d,]+ a year/)).toBeVisible();
    await expect(widget.getByRole("link", { name: /Source/ }).first()).toHaveAttribute("href", /^https?:\/\//);
    // Earlier BLS editions sit beside the newest, so the change over time shows.
    await widget.getByText("How pay and outlook have changed").click();
    await expect(widget.getByRole("cell", { name: /^\$34,160/ })).toBeVisible();
    await expect(widget.getByRole("row", { name: /2010 to 2020 21%/ })).toBeVisible();
    await widget.getByRole("button", { name: /All career paths/ }).click();
    // Back in the list, on the path the student opened.
    await expect(widget.getByRole("button", { name: /professional coding/ })).toBeFocused();
  });

  test("on paper a path's sources show their addresses and a closed disclosure is left out", async ({ page, browserName }) => {
    test.skip(browserName !== "chromium", "Playwright emulates print media in Chromium only");
    const widget = await openPaths(page);
    await widget.getByRole("button", { name: /professional coding/ }).click();
    await page.emulateMedia({ media: "print" });
    const source = widget.getByRole("link", { name: /Source/ }).first();
    const printed = await source.evaluate((a) => getComputedStyle(a, "::after").content);
    // Chromium gives the generated text: the address in brackets after the word "Source".
    expect(printed).toBe(JSON.stringify(`\u00a0(${await source.getAttribute("href")})`));
    await expect(widget.locator("details.hp-history")).toBeHidden();
    await page.screenshot({ path: test.info().outputPath("path-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await widget.getByText("How pay and outlook have changed").click();
    await page.emulateMedia({ media: "print" });
    await expect(widget.getByRole("row", { name: /2010 to 2020 21%/ })).toBeVisible();
  });

  test("a figure's caveat shows beside it, and growth reads as grow, shrink or stay", async ({ page }) => {
    const widget = await openPaths(page);
    await widget.getByRole("button", { name: /Medical office assistant/ }).click();
    // 0% is the figure for all secretaries: the note says so right under it.
    const outlook = widget.locator(".hp-figure", { hasText: "projected to" });
    await expect(outlook).toContainText(/stay about the same \(0% change\) from \d{4} to \d{4}/);
    await expect(outlook.locator(".hp-figure-note")).toHaveText(/all secretaries/);
    await widget.getByRole("button", { name: /All career paths/ }).click();
    await widget.getByRole("button", { name: /Cancer registry/ }).click();
    await expect(widget.locator(".hp-figure", { hasText: "projected to" })).toContainText(/grow by \d+%/);
  });

  test("a certification in a path opens the comparison with it", async ({ page }) => {
    const widget = await openPaths(page);
    await widget.getByRole("button", { name: /Cancer registry/ }).click();
    await widget.getByRole("button", { name: /ODS/ }).first().focus();
    await page.keyboard.press("Enter");
    await expect(widget.getByRole("button", { name: "Compare certifications" })).toHaveAttribute("aria-current", "page");
    // The pressed button is gone with its view: focus moves to the comparison, not the page.
    await expect(widget.getByRole("heading", { name: "Side by side" })).toBeFocused();
    await expect(widget.locator("th[scope=col] .hp-cmp-abbr")).toHaveText(["ODS"]);
    // A path in the table leads back to that path's details, its title focused.
    await widget.getByRole("row", { name: /Career paths/ }).getByRole("button", { name: /Cancer registry/ }).click();
    await expect(widget.getByRole("heading", { name: /Cancer registry/, level: 3 })).toBeFocused();
  });

  test("time chips say what they count, and the time filter keeps the paths its words promise", async ({ page }) => {
    const widget = await openPaths(page);
    const chips = widget.locator(".hp-card .hp-tags li:first-child");
    await expect(chips).toHaveCount(14);
    for (const text of await chips.allTextContents()) {
      expect(text).toMatch(/^(\d+ to \d+ months|About \d+ months) to a first job$/);
    }
    // The filter is about the quickest route to a first job, and says so.
    const time = widget.getByLabel("Time to a first job");
    await expect(time.locator("option")).toHaveText(["Any", "Quickest route: a year or less", "Quickest route: 2 years or less"]);
    for (const [label, months] of [["Quickest route: a year or less", 12], ["Quickest route: 2 years or less", 24]]) {
      await time.selectOption({ label });
      const shown = await chips.allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(14);
      // Each path shown has a route that quick, and its chip shows the whole range.
      for (const text of shown) expect(Number(text.match(/\d+/)[0])).toBeLessThanOrEqual(months);
    }
  });

  test("has no axe violations in the list and in a path's details, and fits 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    const widget = await openPaths(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await widget.getByRole("button", { name: /Cancer registry/ }).click();
    await expect(widget.getByRole("heading", { name: "Steps to get there" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});
