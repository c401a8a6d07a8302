// Comparing certifications side by side.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { axeViolations, openWidget, sidewaysOverflow, watchErrors } from "./helpers.js";

/** How many certifications the default dataset has. */
const CERTIFICATIONS = JSON.parse(
  readFileSync(new URL("../../data/hit-pathfinder.en-US.json", import.meta.url), "utf8"),
).certifications.length;

/** The default dataset with copies of its certifications up to `count` in all. */
function largeDataset(count) {
  const data = JSON.parse(readFileSync(new URL("../../data/hit-pathfinder.en-US.json", import.meta.url), "utf8"));
  const originals = data.certifications;
  for (let n = 0; data.certifications.length < count; n++) {
    const copy = structuredClone(originals[n % originals.length]);
    copy.id += `-x${n}`;
    copy.abbreviation += ` X${n}`;
    copy.name += ` edition ${n}`;
    data.certifications.push(copy);
  }
  return JSON.stringify(data);
}

async function openCompare(page) {
  const widget = await openWidget(page);
  await widget.getByRole("button", { name: "Compare certifications" }).click();
  await expect(widget.getByRole("heading", { name: "Compare certifications", level: 3 })).toBeVisible();
  return widget;
}

/** The chooser's checkbox of a certification, by its abbreviation. */
function option(widget, abbreviation) {
  return widget.getByRole("checkbox", { name: new RegExp(`^${abbreviation} `) });
}

const columns = (widget) => widget.locator("th[scope=col] .hp-cmp-abbr");
const status = (widget) => widget.locator(".hp-cmp-live");

test.describe("compare certifications", () => {
  test("picks certifications by mouse and builds the table, announcing each column", async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await openCompare(page);
    await expect(widget.getByText("Choose at least 2 certifications above to compare them.")).toBeVisible();
    await widget.getByText("Registered Health Information Technician").click();
    await expect(status(widget)).toHaveText("RHIT added to the comparison. 1 of 4 chosen.");
    await option(widget, "CPC").click();
    await option(widget, "ODS").click();
    await expect(columns(widget)).toHaveText(["RHIT", "CPC", "ODS"]);
    const table = widget.getByRole("table", { name: "Comparison of RHIT, CPC, ODS" });
    await expect(table).toBeVisible();
    await expect(table.getByRole("columnheader")).toHaveCount(3);
    await expect(table.getByRole("rowheader", { name: /Exam fee/ })).toBeVisible();
    await expect(table.getByRole("cell", { name: /\$229 for members, \$299 for non-members/ })).toBeVisible();
    // Unknown values say so, with who to ask.
    await expect(table.getByText("Not known — check with NCRA").first()).toBeVisible();
    // Sources open in a new tab, so the school's page and the comparison stay, and say so.
    const source = table.getByRole("row", { name: /^Sources/ }).getByRole("link").first();
    await expect(source).toHaveAttribute("target", "_blank");
    await expect(source).toHaveAttribute("rel", "noopener noreferrer");
    await expect(source).toHaveAccessibleName(/\(opens in a new tab\)$/);
    // A path link opens the path's details.
    await table.getByRole("button", { name: /Cancer registry/ }).first().click();
    await expect(widget.getByRole("button", { name: "Career paths", exact: true })).toHaveAttribute("aria-current", "page");
    // Coming back keeps the comparison.
    await widget.getByRole("button", { name: "Compare certifications" }).click();
    await expect(columns(widget)).toHaveText(["RHIT", "CPC", "ODS"]);
    // Removing a column keeps the others and moves focus to the results heading.
    await widget.getByRole("button", { name: "Remove CPC" }).click();
    await expect(columns(widget)).toHaveText(["RHIT", "ODS"]);
    await expect(status(widget)).toHaveText("CPC removed from the comparison. 2 of 4 chosen.");
    await expect(widget.getByRole("heading", { name: "Side by side" })).toBeFocused();
    expect(errors).toEqual([]);
  });

  test("picks certifications by keyboard, and stops at four", async ({ page }) => {
    const widget = await openCompare(page);
    const search = widget.getByLabel("Search by name, abbreviation or career path");
    await search.focus();
    await page.keyboard.type("certified coding");
    await expect(widget.getByText(new RegExp(`^\\d+ of ${CERTIFICATIONS} certifications shown\\.`))).toBeVisible();
    // Tab past the two filters and the skip link to the first certification that matches,
    // then tick with Space.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const skip = widget.getByRole("button", { name: "Skip the list, go to the comparison" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(option(widget, "CCA")).toBeFocused();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await expect(option(widget, "CCS")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(columns(widget)).toHaveText(["CCA", "CCS"]);
    await expect(status(widget)).toHaveText("CCS added to the comparison. 2 of 4 chosen.");
    // Space again unticks.
    await page.keyboard.press("Space");
    await expect(columns(widget)).toHaveText(["CCA"]);
    await page.keyboard.press("Space");
    await search.fill("");
    for (const abbreviation of ["RHIT", "ODS"]) {
      await option(widget, abbreviation).focus();
      await page.keyboard.press("Space");
    }
    await expect(columns(widget)).toHaveText(["CCA", "CCS", "RHIT", "ODS"]);
    await expect(widget.getByText("You can compare up to 4 at a time. Remove one to add another.")).toBeVisible();
    await expect(option(widget, "CPC")).toBeDisabled();
    // The skip link jumps over the list to the comparison.
    await skip.focus();
    await page.keyboard.press("Enter");
    await expect(widget.getByRole("heading", { name: "Side by side" })).toBeFocused();
  });

  test("filters by path and issuer", async ({ page }) => {
    const widget = await openCompare(page);
    // The search also knows each certification's career paths.
    const search = widget.getByLabel("Search by name, abbreviation or career path");
    await search.fill("cancer");
    await expect(option(widget, "ODS")).toBeVisible();
    await expect(option(widget, "CPC")).toHaveCount(0);
    await search.fill("");
    await widget.getByLabel("Career path", { exact: true }).selectOption("cancer-registry");
    await expect(option(widget, "ODS")).toBeVisible();
    await expect(option(widget, "CPC")).toHaveCount(0);
    await widget.getByLabel("Issued by").selectOption("ncra");
    await expect(widget.locator(".hp-cmp-option")).toHaveCount(1);
    await widget.getByLabel("Issued by").selectOption("aama");
    await expect(widget.getByText("No certification matches your search.")).toBeVisible();
    // The count is a status message, heard as the list narrows.
    await expect(widget.getByRole("status").filter({ hasText: `0 of ${CERTIFICATIONS}` })).toBeVisible();
    await widget.getByRole("button", { name: "Clear search and filters" }).click();
    await expect(widget.locator(".hp-cmp-option")).toHaveCount(CERTIFICATIONS);
    await expect(widget.getByLabel("Issued by")).toHaveValue("");
    await expect(widget.getByLabel("Career path", { exact: true })).toHaveValue("");
    // The button went away with the empty result; focus waits in the search box.
    await expect(widget.getByLabel("Search")).toBeFocused();
  });

  test("\"Show only differences\" hides the rows that are the same", async ({ page }) => {
    const widget = await openCompare(page);
    await option(widget, "CCMA").click();
    await option(widget, "RMA").click();
    const rows = widget.locator("tbody tr");
    await expect(rows).toHaveCount(14);
    const differing = await widget.locator("tbody tr.hp-cmp-differs").count();
    expect(differing).toBeGreaterThan(0);
    expect(differing).toBeLessThan(12);
    // Differing rows say so in words too; the name and sources rows, always different, do not.
    await expect(widget.getByRole("rowheader", { name: /Differs/ })).toHaveCount(differing);
    await expect(widget.getByRole("rowheader", { name: /^Full name and issuer$/ })).toBeVisible();
    await widget.getByLabel("Show only differences").check();
    // The differing rows, and the two that say which certification is which.
    await expect(rows).toHaveCount(differing + 2);
    await expect(widget.getByRole("rowheader", { name: /^Sources$/ })).toBeVisible();
    await expect(widget.getByText(`${12 - differing} rows that are the same are hidden.`)).toBeVisible();
    await widget.getByLabel("Show only differences").uncheck();
    await expect(rows).toHaveCount(14);
  });

  test("has no axe violations and fits a 320 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    const widget = await openCompare(page);
    expect(await axeViolations(page)).toEqual([]);
    for (const abbreviation of ["RHIT", "CPC", "CPC-P", "ODS"]) await option(widget, abbreviation).click();
    await expect(columns(widget)).toHaveCount(4);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // Stacked cards: each value shows its certification's abbreviation.
    await expect(widget.locator("tbody tr").first().locator(".hp-cmp-label").first()).toBeVisible();
    // No cell's text overflows its box.
    const overflowing = await widget.locator("tbody td, tbody th").evaluateAll((cells) =>
      cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent.slice(0, 40)),
    );
    expect(overflowing).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await widget.getByLabel("Show only differences").check();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("has no axe violations on a desktop with a full table", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const widget = await openCompare(page);
    for (const abbreviation of ["RHIA", "CCS", "CPC-P"]) await option(widget, abbreviation).click();
    await expect(columns(widget)).toHaveCount(3);
    await expect(widget.locator(".hp-cmp-label").first()).toBeHidden();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("prints the table without the chooser", async ({ page, browserName }) => {
    test.skip(browserName !== "chromium", "Playwright emulates print media and makes PDFs in Chromium only");
    const widget = await openCompare(page);
    for (const abbreviation of ["RHIT", "CPC"]) await option(widget, abbreviation).click();
    await page.emulateMedia({ media: "print" });
    await expect(widget.locator(".hp-cmp-chooser")).toBeHidden();
    await expect(widget.getByRole("table")).toBeVisible();
    // The table fits the width of the paper: nothing sticks out of it.
    const wider = await widget.locator(".hp-cmp-table").evaluate((t) => t.scrollWidth - t.parentElement.clientWidth);
    expect(wider).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format: "Letter" });
    expect(pdf.length).toBeGreaterThan(1000);
  });

  test("with 200 certifications, filtering as you type finds the right ones", async ({ page }) => {
    const errors = watchErrors(page);
    const big = largeDataset(200);
    await page.route("**/large-dataset.json", (route) =>
      route.fulfill({ contentType: "application/json", body: big }),
    );
    await page.goto("/index.html");
    await page.evaluate(() => {
      const widget = document.createElement("hit-pathfinder");
      widget.setAttribute("dataset", "/large-dataset.json");
      widget.setAttribute("view", "compare");
      document.querySelector("hit-pathfinder").replaceWith(widget);
    });
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByText("200 of 200 certifications shown. 0 of 4 chosen.")).toBeVisible();
    // How fast each keystroke is, is measured by `node scripts/bench-compare.mjs`, not here.
    await expect(widget.locator(".hp-cmp-option")).toHaveCount(200);
    await widget.getByLabel("Search by name, abbreviation or career path").fill("coding specialist");
    await expect(widget.getByRole("checkbox", { name: /^CCS X\d+ / }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });
  test("the chosen certifications are still there after a reload", async ({ page }) => {
    const widget = await openCompare(page);
    for (const abbreviation of ["RHIT", "CPC"]) await option(widget, abbreviation).check();
    await page.reload();
    await widget.getByRole("button", { name: "Compare certifications" }).click();
    await expect(columns(widget)).toHaveText(["RHIT", "CPC"]);
    // Removing them all is remembered too.
    await widget.getByRole("button", { name: "Remove all" }).click();
    await page.reload();
    await widget.getByRole("button", { name: "Compare certifications" }).click();
    await expect(columns(widget)).toHaveCount(0);
  });

  test("a comparison's share link keeps the visitor's own quiz answers", async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await widget.getByLabel("As little as possible", { exact: false }).check();
    await widget.getByRole("button", { name: "Next" }).click();
    await page.goto("about:blank");
    await page.goto("/index.html#hp-compare=cca,ccs");
    await expect(columns(widget)).toHaveText(["CCA", "CCS"]);
    await widget.getByRole("button", { name: "Quiz", exact: true }).click();
    await expect(widget.locator(".hp-progress-title")).toContainText("2");
  });

  test("a share link reopens the same comparison", async ({ page, context }) => {
    const widget = await openCompare(page);
    for (const abbreviation of ["RHIT", "CPC", "ODS"]) await option(widget, abbreviation).check();
    await expect(widget.locator(".hp-share-link")).toHaveCount(0);
    await widget.getByRole("button", { name: "Copy link" }).click();
    const link = await widget.locator(".hp-share-link").inputValue();
    // Another choice makes another link: the copied one is not left on show.
    await option(widget, "CPC").uncheck();
    await expect(widget.locator(".hp-share-link")).toHaveCount(0);
    await expect(widget.locator(".hp-share-status")).toHaveText("");
    expect(link).toMatch(/#hp-compare=rhit,cpc,ods&hp-lang=en-US$/);
    const other = await context.newPage();
    await other.goto(link);
    const shared = other.locator("hit-pathfinder");
    await expect(columns(shared)).toHaveText(["RHIT", "CPC", "ODS"]);
  });
  test("a share link followed on the same page opens its comparison", async ({ page }) => {
    const widget = await openWidget(page);
    await page.evaluate(() => { location.hash = "hp-compare=cca,ccs"; });
    await expect(columns(widget)).toHaveText(["CCA", "CCS"]);
    await expect(widget.getByRole("button", { name: "Compare certifications" })).toHaveAttribute("aria-current", "page");
  });
});
