// The career-fit quiz, as a student uses it.
import { test, expect } from "@playwright/test";
import { CANCER_RESEARCH, answerByMouse, axeViolations, openWidget, sidewaysOverflow, watchErrors } from "./helpers.js";

test.describe("career-fit quiz", () => {
  test("a student completes it by mouse and sees ranked, explained results", async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await openWidget(page);
    await expect(widget.getByRole("heading", { name: "Career-fit quiz" })).toBeVisible();
    await expect(widget.getByText("Your answers stay on this device")).toBeVisible();
    await answerByMouse(widget, CANCER_RESEARCH);

    const results = widget.getByRole("heading", { name: "Your results" });
    await expect(results).toBeFocused();
    const top = widget.locator(".hp-result").first();
    await expect(top.getByRole("heading", { level: 4 })).toContainText("Cancer registry");
    await expect(top.locator(".hp-fit")).toContainText(/fit \(\d+% match\)/);
    await expect(top.locator(".hp-reasons li").first()).toBeVisible();
    await expect(widget.locator(".hp-result")).toHaveCount(3);
    await expect(widget.getByText("See how all the other paths ranked")).toBeVisible();
    // Each of the three leads to its details (steps, certifications, sourced pay) and back.
    await top.getByRole("button", { name: /Cancer registry/ }).click();
    await expect(widget.getByRole("heading", { level: 3, name: /Cancer registry/ })).toBeFocused();
    await expect(widget.getByRole("heading", { name: "Steps to get there" })).toBeVisible();
    await expect(widget.getByRole("button", { name: /ODS/ })).toBeVisible();
    await expect(widget.getByText(/Median pay: \$[\d,]+ a year \(.+, May 20\d\d\)/)).toBeVisible();
    await widget.getByRole("button", { name: "← Back to your results" }).click();
    // Back where the student was: on the result they opened.
    await expect(top.getByRole("button", { name: /Cancer registry/ })).toBeFocused();
    await expect(widget.getByRole("heading", { name: "Your results" })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a keyboard-only student completes it, with focus on each new question", async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Start the quiz" }).focus();
    await page.keyboard.press("Enter");
    await expect(widget.getByRole("heading", { name: /Question 1 of \d+/ })).toBeFocused();
    const total = Number((await widget.locator(".hp-progress-title").textContent()).match(/of (\d+)/)[1]);
    for (let n = 1; n <= total; n += 1) {
      await expect(widget.getByRole("heading", { name: `Question ${n} of ${total}` })).toBeFocused();
      // Tab to the first option, choose it with Space, then Enter submits the form.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      await page.keyboard.press("Enter");
    }
    await expect(widget.getByRole("heading", { name: "Your results" })).toBeFocused();
    await expect(widget.locator(".hp-result")).toHaveCount(3);
  });

  test("a path opened from the results leads back to them, focus following by keyboard", async ({ page }) => {
    const widget = await openWidget(page);
    await answerByMouse(widget, CANCER_RESEARCH);
    await widget.getByText("See how all the other paths ranked").click();
    const other = widget.locator(".hp-others-list button").first();
    const name = (await other.textContent()).trim();
    await other.focus();
    await page.keyboard.press("Enter");
    // The pressed button went away with the results: focus is on the path's title.
    await expect(widget.getByRole("heading", { level: 3, name })).toBeFocused();
    await widget.getByRole("button", { name: "← Back to your results" }).click();
    // Back on the button pressed, the other paths still open.
    await expect(other).toBeFocused();
    await expect(widget.locator("details.hp-others")).toHaveAttribute("open", "");
    // Opened from the paths list instead, the way back is the list.
    await widget.getByRole("button", { name: "Career paths", exact: true }).click();
    await widget.getByRole("button", { name: /Cancer registry/ }).click();
    await expect(widget.getByRole("button", { name: "← All career paths" })).toBeVisible();
  });

  test("Back keeps answers, and Change my answers returns to them", async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await widget.getByLabel("As little as possible", { exact: false }).check();
    await widget.getByRole("button", { name: "Next" }).click();
    await widget.getByRole("button", { name: "Back" }).click();
    await expect(widget.getByLabel("As little as possible", { exact: false })).toBeChecked();
  });

  test("moving to another view and back keeps the answers", async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await widget.getByLabel("As little as possible", { exact: false }).check();
    await widget.getByRole("button", { name: "Career paths" }).click();
    await expect(widget.getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
    await widget.getByRole("button", { name: "Quiz", exact: true }).click();
    await expect(widget.getByLabel("As little as possible", { exact: false })).toBeChecked();
  });

  test("reloading midway resumes where the student was", async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    // Skip is offered, but as the secondary choice until an answer is chosen.
    await expect(widget.getByRole("button", { name: "Skip" })).toHaveClass(/hp-button-secondary/);
    await widget.getByLabel("As little as possible", { exact: false }).check();
    await expect(widget.getByRole("button", { name: "Next" })).not.toHaveClass(/hp-button-secondary/);
    await widget.getByRole("button", { name: "Next" }).click();
    await expect(widget.getByRole("heading", { name: /Question 2 of/ })).toBeVisible();
    await page.reload();
    const again = page.locator("hit-pathfinder");
    await expect(again.getByRole("heading", { name: /Question 2 of/ })).toBeVisible();
    await again.getByRole("button", { name: "Back" }).click();
    await expect(again.getByLabel("As little as possible", { exact: false })).toBeChecked();
  });

  test("Start over clears the saved answers", async ({ page }) => {
    const widget = await openWidget(page);
    await answerByMouse(widget, CANCER_RESEARCH);
    await widget.getByRole("button", { name: "Start over" }).click();
    await expect(widget.getByRole("button", { name: "Start the quiz" })).toBeVisible();
    await page.reload();
    await expect(page.locator("hit-pathfinder").getByRole("button", { name: "Start the quiz" })).toBeVisible();
    // Nothing to undo after a reload.
    await expect(page.locator("hit-pathfinder").getByRole("button", { name: "Undo" })).toHaveCount(0);
  });

  test("Start over sits apart from Change my answers, says what it did, and Undo puts the answers back", async ({ page }) => {
    const widget = await openWidget(page);
    await answerByMouse(widget, CANCER_RESEARCH);
    const change = await widget.getByRole("button", { name: "Change my answers" }).boundingBox();
    const over = widget.getByRole("button", { name: "Start over" });
    const apart = await over.boundingBox();
    // Not beside it, nor right under it: other content lies between.
    expect(apart.y - (change.y + change.height)).toBeGreaterThan(100);
    await over.click();
    await expect(widget.getByRole("heading", { name: "Career-fit quiz" })).toBeFocused();
    // Said in a status region that was there before, so screen readers announce it.
    await expect(widget.getByRole("status").filter({ hasText: "Your answers were cleared." })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await widget.getByRole("button", { name: "Undo" }).click();
    await expect(widget.getByRole("heading", { name: "Your results" })).toBeFocused();
    await expect(widget.locator(".hp-result").first().getByRole("heading", { level: 4 })).toContainText("Cancer registry");
    await expect(widget.getByText("Your answers were cleared.")).toHaveCount(0);
    // The answers are saved again: a reload resumes them.
    await page.reload();
    await expect(page.locator("hit-pathfinder").getByRole("heading", { name: "Your results" })).toBeVisible();
    await page.locator("hit-pathfinder").getByRole("button", { name: "Change my answers" }).click();
    await expect(page.locator("hit-pathfinder").getByLabel("As little as possible", { exact: false })).toBeChecked();
  });

  test("a share link opens the same results, and the page's address is never changed by the widget", async ({ page, context }) => {
    const widget = await openWidget(page);
    await answerByMouse(widget, CANCER_RESEARCH);
    // The link, which carries the answers, is made only when the student asks for it.
    await expect(widget.locator(".hp-share-link")).toHaveCount(0);
    await widget.getByRole("button", { name: "Copy link" }).click();
    await expect(widget.locator(".hp-share-status")).toHaveText(/Link copied|did not allow copying/);
    const link = await widget.getByRole("textbox", { name: "Link to these results" }).inputValue();
    expect(link).toMatch(/#hp-quiz=/);
    expect(page.url()).not.toContain("#");

    const other = await context.newPage();
    await other.goto(link);
    const shared = other.locator("hit-pathfinder");
    await expect(shared.getByRole("heading", { name: "Your results" })).toBeVisible();
    await expect(shared.locator(".hp-result").first().getByRole("heading", { level: 4 })).toContainText("Cancer registry");
  });

  test("a friend's share link shows their results without replacing the visitor's own progress", async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await widget.getByLabel("As little as possible", { exact: false }).check();
    await widget.getByRole("button", { name: "Next" }).click();
    await expect(widget.getByRole("heading", { name: /Question 2 of/ })).toBeVisible();
    // The friend's link, opened in the same tab.
    await page.goto("/index.html#hp-quiz=patient-contact.hands-on");
    await expect(page.locator("hit-pathfinder").getByRole("heading", { name: "Your results" })).toBeVisible();
    await page.goto("/index.html");
    const own = page.locator("hit-pathfinder");
    await expect(own.getByRole("heading", { name: /Question 2 of/ })).toBeVisible();
    await own.getByRole("button", { name: "Back" }).click();
    await expect(own.getByLabel("As little as possible", { exact: false })).toBeChecked();
  });

  test("progress saved for an earlier version of the dataset is removed", async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("hit-pathfinder:hit-pathfinder-default@2000.01.01", "q2|patient-contact.none");
        localStorage.setItem("other-site-key", "kept");
      }
    });
    await openWidget(page);
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys).toEqual(["other-site-key"]);
  });

  test("storage blocked by the browser: the quiz still works", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", { get() { throw new Error("blocked"); } });
    });
    const errors = watchErrors(page);
    const widget = await openWidget(page);
    await answerByMouse(widget, CANCER_RESEARCH);
    await expect(widget.locator(".hp-result")).toHaveCount(3);
    expect(errors).toEqual([]);
  });

  test("has no axe violations on the intro, a question and the results", async ({ page }) => {
    const widget = await openWidget(page);
    expect(await axeViolations(page)).toEqual([]);
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await widget.getByLabel("As little as possible", { exact: false }).check();
    expect(await axeViolations(page)).toEqual([]);
    await widget.getByRole("button", { name: "Back" }).click();
    await widget.getByRole("button", { name: "Start over" }).click();
    await answerByMouse(widget, CANCER_RESEARCH);
    await expect(widget.locator(".hp-result")).toHaveCount(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("results fit a 320 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    const widget = await openWidget(page);
    await answerByMouse(widget, CANCER_RESEARCH);
    await expect(widget.locator(".hp-result").first()).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
  test("the results print on paper without the buttons", async ({ page, browserName }) => {
    test.skip(browserName !== "chromium", "Playwright emulates print media and makes PDFs in Chromium only");
    const widget = await openWidget(page);
    await answerByMouse(widget, CANCER_RESEARCH);
    await page.emulateMedia({ media: "print" });
    await expect(widget.getByRole("button", { name: "Start over" })).toBeHidden();
    await expect(widget.locator(".hp-nav")).toBeHidden();
    await expect(widget.locator(".hp-result").nth(2).locator(".hp-reasons")).toBeVisible();
    // A closed disclosure does not print as a bare toggle; the program link prints once,
    // with its address.
    await expect(widget.locator("details.hp-others")).toBeHidden();
    const cta = widget.locator(".hp-cta-link");
    await expect(cta).toHaveCount(1);
    const printed = await cta.evaluate((a) => getComputedStyle(a, "::after").content);
    expect(printed).toBe(JSON.stringify(`\u00a0(${await cta.getAttribute("href")})`));
    await page.screenshot({ path: test.info().outputPath("results-print.png"), fullPage: true });
    // Opened, the other paths print.
    await page.emulateMedia({ media: "screen" });
    await widget.getByText("See how all the other paths ranked").click();
    await page.emulateMedia({ media: "print" });
    await expect(widget.locator("details.hp-others li").first()).toBeVisible();
    const pdf = await page.pdf({ format: "Letter" });
    expect(pdf.length).toBeGreaterThan(1000);
  });
  test("with few answers no fit is claimed, and the questions that would help most are offered", async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await widget.getByLabel("As little as possible", { exact: false }).check();
    // Skip every other question.
    for (let i = 0; i < 20; i += 1) {
      const submit = widget.locator("form.hp-question button[type=submit]");
      const label = await submit.textContent();
      await submit.click();
      if (label === "See my results") break;
    }
    const results = widget.locator(".hp-results");
    await expect(widget.locator(".hp-result")).toHaveCount(3);
    await expect(results.getByText("Answer a few more questions to see how well each path fits.", { exact: false })).toBeVisible();
    // No band and no percent anywhere, not even for the other paths.
    await widget.getByText("See how all the other paths ranked").click();
    await expect(results).not.toContainText("%");
    await expect(results).not.toContainText(/(Strong|Good|Possible|Weak) fit/);
    expect(await axeViolations(page)).toEqual([]);
    // Two unanswered questions that would tell the leading paths apart lead to themselves.
    const helpful = widget.locator(".hp-few-answers li button");
    await expect(helpful).toHaveCount(2);
    const prompt = (await helpful.first().textContent()).trim();
    expect(prompt).not.toContain("work with patients");
    await helpful.first().click();
    await expect(widget.getByRole("heading", { name: /Question \d+ of/ })).toBeFocused();
    await expect(widget.locator("legend")).toContainText(prompt);
  });

  test("from the minimum of answers on, the fit shows as a band and a percent", async ({ page }) => {
    await page.goto("/index.html#hp-quiz=detail-work.love~patient-contact.none~topics.cancer-research~workplace.research");
    const widget = page.locator("hit-pathfinder");
    await expect(widget.locator(".hp-result").first().locator(".hp-fit")).toHaveText(/^Strong fit \(\d+% match\)$/);
    await expect(widget.locator(".hp-few-answers")).toHaveCount(0);
    await page.goto("/index.html#hp-quiz=detail-work.love~patient-contact.none~topics.cancer-research");
    await expect(widget.locator(".hp-few-answers")).toBeVisible();
    await expect(widget.locator(".hp-fit")).toHaveCount(0);
  });

  test("on a 360 px phone the three best paths are seen at a glance", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const widget = await openWidget(page);
    await answerByMouse(widget, CANCER_RESEARCH);
    const top = await widget.getByRole("heading", { name: "Your results" }).boundingBox();
    const third = await widget.locator(".hp-result").nth(2).getByRole("heading", { level: 4 }).boundingBox();
    // The third result's heading ends within a screen and a half of where the results begin.
    expect(third.y + third.height - top.y).toBeLessThanOrEqual(1.5 * 800);
  });

  test("the multi-select hint is part of its question's name", async ({ page }) => {
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    for (let i = 0; i < 20 && !(await widget.locator("legend").textContent()).startsWith("Which of these topics"); i += 1) {
      await widget.locator("form.hp-question button[type=submit]").click();
    }
    await expect(widget.getByRole("group", { name: "Which of these topics interest you? Choose all that apply." })).toBeVisible();
  });
});
