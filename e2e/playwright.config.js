// End-to-end tests of the release build (dist/) in real browsers.
// Browsers come from Debian (Playwright cannot download its own here).
import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./chromium.js";

const PORT = Number(process.env.E2E_PORT ?? 8181);

export default defineConfig({
  testDir: "./tests",
  outputDir: "../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
  },
  webServer: {
    command: `node serve.mjs --port ${PORT} --root ${process.env.E2E_DIST ?? "dist"}`,
    cwd: new URL(".", import.meta.url).pathname,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: CHROMIUM,
      },
    },
    {
      // Debian's Firefox ESR over WebDriver BiDi (Playwright 1.64; see shared/TOOLCHAIN.md).
      name: "firefox",
      use: {
        browserName: "firefox",
        channel: "moz-firefox",
        launchOptions: { executablePath: "/usr/bin/firefox-esr" },
      },
    },
  ],
});
