// Shared helpers for end-to-end tests of the widget.
import { expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** Collects uncaught page errors; assert it stays empty. */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** The widget element, once its wasm has rendered the title. */
export async function openWidget(page, url = "/index.html") {
  await page.goto(url);
  const widget = page.locator("hit-pathfinder").first();
  await expect(widget.locator(".hp-title")).toBeVisible();
  return widget;
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA) on the page, shadow roots included; returns violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  });
}

/** How far the page scrolls sideways (0 when nothing overflows). */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

// A student who loves detail, wants no patient contact and is drawn to cancer research.
export const CANCER_RESEARCH = {
  "How much do you want to work with patients?": "As little as possible",
  "Which kind of work sounds most like you?": "Following detailed rules",
  "Which of these topics interest you?": "Cancer and medical research",
  "Where would you most like to work?": "A cancer center",
  "How do you feel about careful, detailed work": "I love it",
};

/** Takes the quiz by mouse: `answers` maps question prompts to option labels; the rest are skipped. */
export async function answerByMouse(widget, answers) {
  await widget.getByRole("button", { name: "Start the quiz" }).click();
  for (let i = 0; i < 20; i += 1) {
    const legend = await widget.locator("legend").textContent();
    const key = Object.keys(answers).find((prompt) => legend.startsWith(prompt));
    if (key) await widget.getByLabel(answers[key], { exact: false }).check();
    const next = widget.locator("form.hp-question button[type=submit]");
    const label = await next.textContent();
    await next.click();
    if (label === "See my results") return;
  }
  throw new Error("the quiz did not end");
}
