// Playwright configuration for the WordPress end-to-end test (run by e2e.sh, which starts
// WordPress and sets HP_WP_URL and HP_WP_POSTS). Chromium comes from Debian.
import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "../../../e2e/chromium.js";

export default defineConfig({
  testDir: ".",
  testMatch: process.env.HP_WP_SPEC ?? "wordpress.spec.js",
  outputDir: process.env.HP_WP_OUTPUT ?? "/tmp/hit-pathfinder-wp-e2e/test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: process.env.HP_WP_URL,
    trace: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: CHROMIUM,
      },
    },
  ],
});
