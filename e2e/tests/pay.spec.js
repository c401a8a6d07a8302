// Pay where the student lives (issue #17): the school's `region`, the visitor's "Pay in"
// choice, a state without figures, a bad code, and the chart's words.
import { test, expect } from "@playwright/test";
import { axeViolations, sidewaysOverflow, watchErrors } from "./helpers.js";

const PAGE = "/test-pages/dataset.html";

/** The widget on the test page (opened on the paths view) with these query options. */
async function open(page, query = "") {
  await page.goto(`${PAGE}${query}`);
  const widget = page.locator("hit-pathfinder");
  await expect(widget.locator(".hp-title")).toBeVisible();
  return widget;
}

/** Opens a path's details from the list by (part of) its name. */
async function openPath(widget, name) {
  await widget.getByRole("button", { name }).first().click();
  await expect(widget.locator(".hp-chart")).toBeVisible();
  return widget.locator(".hp-chart figcaption");
}

test.describe("pay by state", () => {
  test("a school's region shows the state's average beside the national median, with its year and source", async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, "?region=tx");
    const caption = await openPath(widget, /professional coding/);
    await expect(widget.getByLabel("Pay in")).toHaveValue("TX");
    // The state publishes a mean: called an average, never a median.
    await expect(caption).toContainText(
      "Average pay in Texas: $48,030 a year (U.S. Bureau of Labor Statistics, via a copy on GitHub, May 2023).",
    );
    await expect(caption.getByRole("link", { name: /Source/ }).last()).toHaveAttribute("href", /github\.com\/lucasweyrich958\/DATA608\/blob\/fcbbeac/);
    // The chart's text alternative: the national median from the first survey to the last.
    await expect(caption).toContainText("US median pay: $28,030 in May 2006, $51,140 in May 2025.");
    await expect(widget.locator(".hp-chart svg")).toHaveAttribute("aria-hidden", "true");
    await expect(widget.locator(".hp-chart svg text")).toHaveText("TX");
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a visitor picks a state with the keyboard; it is remembered and wins over the page's", async ({ page }) => {
    const widget = await open(page, "?region=TX");
    await openPath(widget, /Cancer registry/);
    const chooser = widget.getByLabel("Pay in");
    await chooser.focus();
    await page.keyboard.type("California");
    await expect(chooser).toHaveValue("CA");
    const caption = widget.locator(".hp-chart figcaption");
    // Health Information Technologists and Medical Registrars (29-9021) in California.
    await expect(caption).toContainText("Average pay in California: $101,030 a year");
    await expect(caption).toHaveAttribute("aria-live", "polite");
    await page.reload();
    await openPath(widget, /Cancer registry/);
    await expect(widget.getByLabel("Pay in")).toHaveValue("CA");
    // Back to national figures only, also remembered.
    await widget.getByLabel("Pay in").selectOption("");
    await expect(caption.locator("li")).toHaveCount(1);
    await page.reload();
    await openPath(widget, /Cancer registry/);
    await expect(widget.getByLabel("Pay in")).toHaveValue("");
  });

  test("a state without a figure says so, and the national figure stays", async ({ page }) => {
    const widget = await open(page, "?region=WY");
    const caption = await openPath(widget, /Cancer registry/);
    await expect(caption).toContainText("No pay figure for Wyoming in this guide: the national one applies.");
    await expect(widget.locator(".hp-figure").first()).toContainText("Median pay: $68,020 a year");
    await expect(widget.locator(".hp-chart svg text")).toHaveCount(0);
  });

  test("an unknown state code is named in a message, and the widget works without it", async ({ page }) => {
    const widget = await open(page, "?region=Texas");
    await expect(widget.getByRole("alert")).toContainText("region");
    await expect(widget.getByRole("alert")).toContainText("Texas");
    const caption = await openPath(widget, /professional coding/);
    await expect(widget.getByLabel("Pay in")).toHaveValue("");
    await expect(caption.locator("li")).toHaveCount(1);
  });

  test("in Spanish: state names, the chooser and the chart's words", async ({ page }) => {
    const widget = await open(page, "?lang=es&region=NY");
    await widget.getByRole("button", { name: /Registro del cáncer/ }).first().click();
    const caption = widget.locator(".hp-chart figcaption");
    await expect(widget.getByLabel("Salario en")).toHaveValue("NY");
    await expect(widget.getByLabel("Salario en").locator("option:checked")).toHaveText("Nueva York");
    await expect(caption).toContainText("Salario promedio en Nueva York: $74,690 al año");
    await expect(caption).toContainText("Salario mediano en EE. UU.: $");
    // In the order of the Spanish names: Carolina del Norte among the C.
    const names = await widget.getByLabel("Salario en").locator("option").allTextContents();
    expect(names.indexOf("Carolina del Norte")).toBe(names.indexOf("California") + 1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the chart reflows at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    const widget = await open(page, "?region=CA");
    await openPath(widget, /professional coding/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const box = await widget.locator(".hp-chart svg").boundingBox();
    expect(box.width).toBeLessThanOrEqual(320);
  });

  test("the chart prints, without the chooser", async ({ page, browserName }) => {
    test.skip(browserName !== "chromium", "Playwright emulates print media in Chromium only");
    const widget = await open(page, "?region=CA");
    await openPath(widget, /professional coding/);
    await page.emulateMedia({ media: "print" });
    await expect(widget.locator(".hp-chart svg")).toBeVisible();
    await expect(widget.locator(".hp-region")).toBeHidden();
  });
});
