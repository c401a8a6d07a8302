// Moving through the widget as a keyboard and screen-reader user would (issue #20): the
// browser's Back button and the ways back from a path, view
// buttons, what the comparison says as it changes, focus never hidden under sticky headers,
// and English names marked as English in the Spanish widget.
import { test, expect } from "@playwright/test";
import { CANCER_RESEARCH, answerByMouse, axeViolations, openWidget } from "./helpers.js";

/** The chooser's checkbox of a certification, by its abbreviation. */
function option(widget, abbreviation) {
  return widget.getByRole("checkbox", { name: new RegExp(`^${abbreviation} `) });
}

test.describe("the browser's Back button", () => {
  test("returns from the comparison to the path and the results, with focus on the control the student left by", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const widget = await openWidget(page);
    await answerByMouse(widget, CANCER_RESEARCH);
    // The other paths, opened: they stay open on the way back.
    await widget.getByText("See how all the other paths ranked").click();
    const other = widget.locator(".hp-others-list button").first();
    await other.focus();
    await page.keyboard.press("Enter");
    const compare = widget.getByRole("button", { name: "Compare these certifications" });
    await compare.focus();
    await page.keyboard.press("Enter");
    await expect(widget.getByRole("heading", { name: "Side by side" })).toBeFocused();
    await page.goBack();
    await expect(compare).toBeFocused();
    await expect(compare).toBeInViewport();
    await page.goBack();
    await expect(widget.getByRole("heading", { name: "Your results" })).toBeVisible();
    await expect(other).toBeFocused();
    await expect(widget.locator("details.hp-others")).toHaveAttribute("open", "");
    // Forward goes to the path again; the page itself is still the demo page.
    await page.goForward();
    await expect(compare).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/index.html");
  });
});

test.describe("going back from a path", () => {
  test("a path opened from the comparison leads back to it, as the student left it", async ({ page }) => {
    const widget = await openWidget(page, "/index.html#hp-compare=rhit,cpc");
    await expect(widget.locator("th[scope=col] .hp-cmp-abbr")).toHaveText(["RHIT", "CPC"]);
    await widget.getByLabel("Show only differences").check();
    const path = widget.locator(".hp-cmp-table tbody button").first();
    await path.click();
    await expect(widget.locator(".hp-path-page h3")).toBeFocused();
    await widget.getByRole("button", { name: "← Back to the comparison" }).click();
    await expect(path).toBeFocused();
    await expect(widget.getByLabel("Show only differences")).toBeChecked();
    await expect(widget.locator("th[scope=col] .hp-cmp-abbr")).toHaveText(["RHIT", "CPC"]);
  });
});

test.describe("a keyboard and screen-reader journey", () => {
  test("the view buttons move focus to the heading of the view they open", async ({ page }) => {
    const widget = await openWidget(page);
    const views = [
      ["Career paths", "Career paths"],
      ["Compare certifications", "Side by side"],
      ["Quiz", "Career-fit quiz"],
    ];
    for (const [button, heading] of views) {
      await widget.getByRole("button", { name: button, exact: true }).focus();
      await page.keyboard.press("Enter");
      await expect(widget.getByRole("button", { name: button, exact: true })).toHaveAttribute("aria-current", "page");
      await expect(widget.getByRole("heading", { name: heading, exact: true })).toBeFocused();
    }
    // The open view's own button does nothing: focus stays on it.
    await widget.getByRole("button", { name: "Quiz", exact: true }).click();
    await expect(widget.getByRole("button", { name: "Quiz", exact: true })).toBeFocused();
  });

  test("Show only differences says what it hid, or that every row differs", async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Compare certifications" }).click();
    await option(widget, "CCMA").click();
    await option(widget, "RMA").click();
    const live = widget.locator(".hp-cmp-live");
    await expect(live).toHaveText(/RMA added/);
    const said = widget.locator(".hp-cmp-results [role=status]");
    await expect(said).toHaveText("");
    const same = 12 - (await widget.locator("tbody tr.hp-cmp-differs").count());
    await widget.getByLabel("Show only differences").check();
    await expect(said).toHaveText(`${same} rows that are the same are hidden.`);
    // The earlier message about the chosen list is not left behind.
    await expect(live).toHaveText("");
    await widget.getByLabel("Show only differences").uncheck();
    await expect(said).toHaveText("");
    // Two certifications that differ in every row: nothing to hide, and it says why.
    await widget.getByRole("button", { name: "Remove all" }).click();
    await option(widget, "RHIA").click();
    await option(widget, "CPC").click();
    const rows = await widget.locator("tbody tr").count();
    await widget.getByLabel("Show only differences").check();
    await expect(said).toHaveText("Every row differs, so none is hidden.");
    await expect(widget.locator("tbody tr")).toHaveCount(rows);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("no link or button in the comparison table is hidden under its sticky headers when focused", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Compare certifications" }).click();
    for (const abbreviation of ["RHIT", "CPC", "ODS", "CCS"]) await option(widget, abbreviation).click();
    const focusable = widget.locator(".hp-cmp-table tbody :is(a, button)");
    const count = await focusable.count();
    expect(count).toBeGreaterThan(10);
    // Shift+Tab from the last one back through all of them, as the visitor did.
    await focusable.last().focus();
    for (let n = count - 1; n >= 0; n -= 1) {
      await expect(focusable.nth(n)).toBeFocused();
      const hidden = await focusable.nth(n).evaluate((element) => {
        const box = element.getBoundingClientRect();
        // The column headers' cells are what sticks to the top of the window.
        const head = Math.max(...[...element.closest("table").querySelectorAll("thead > tr > *")].map((c) => c.getBoundingClientRect().bottom));
        // Never under the headers (author content, WCAG 2.4.11), and in the window. (Firefox
        // leaves an element cut by the window's bottom edge where it is: that edge is the
        // browser's, not the widget's.)
        return box.top < head - 0.5 || box.top >= window.innerHeight || box.bottom <= head;
      });
      expect(hidden, `focusable ${n} is hidden, wholly or partly`).toBe(false);
      if (n > 0) await page.keyboard.press("Shift+Tab");
    }
  });

  test("certification names, English as issued, are marked so in the Spanish widget", async ({ page }) => {
    await page.goto("/index.html");
    const widget = page.locator("hit-pathfinder").first();
    await widget.getByRole("button", { name: "Español" }).click();
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "es-US");
    await widget.getByRole("button", { name: "Rutas profesionales", exact: true }).click();
    await widget.getByRole("button", { name: /Registro del cáncer/ }).click();
    const cert = widget.locator(".hp-cert-links button").first();
    await expect(cert.locator("[lang=en]")).toContainText("ODS");
    await expect(cert.locator("[lang=en]")).toContainText(/Oncology Data Specialist/);
  });
});
