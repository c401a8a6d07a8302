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
