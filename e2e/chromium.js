// How Debian's Chromium is started for tests, as root in a sandbox on a closed network
// (see shared/TOOLCHAIN.md): shared by every Playwright configuration of the project.
export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
};
