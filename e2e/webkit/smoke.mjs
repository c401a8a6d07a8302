// End-to-end smoke test in WebKit (Safari's engine, which every iPhone browser uses), through
// WebKitWebDriver and MiniBrowser from Debian. Playwright cannot drive Debian's WebKit, so this
// uses Selenium's WebDriver client. Run under a display: `xvfb-run -a node e2e/webkit/smoke.mjs`
// (after the release build in dist/). Ends with "webkit: N passed, N failed".
import { spawn } from "node:child_process";
import { Builder, By, until } from "selenium-webdriver";

const root = new URL("../..", import.meta.url).pathname;
const SITE = 8585;
const DRIVER = 4445;
const results = [];
const children = [];

function start(command, args) {
  const child = spawn(command, args, { stdio: "ignore" });
  children.push(child);
  return child;
}

async function waitFor(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nothing answers at ${url}`);
}

/** Runs `body` as one named check, recording pass or failure. */
async function check(name, body) {
  try {
    await body();
    results.push([name, null]);
    console.log(`  ok: ${name}`);
  } catch (error) {
    results.push([name, error]);
    console.log(`  FAILED: ${name}: ${error.name} ${error.message}`);
  }
}

start("node", [`${root}e2e/serve.mjs`, "--port", String(SITE), "--root", "dist"]);
start("WebKitWebDriver", ["--host=127.0.0.1", `--port=${DRIVER}`]);
await waitFor(`http://127.0.0.1:${SITE}/index.html`);
await waitFor(`http://127.0.0.1:${DRIVER}/status`);

const driver = await new Builder()
  .usingServer(`http://127.0.0.1:${DRIVER}`)
  .withCapabilities({
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": {
      binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
      args: ["--automation"],
    },
  })
  .build();

/** The widget's shadow root, once it has rendered its title. */
async function widget(selector = "hit-pathfinder") {
  const host = await driver.wait(until.elementLocated(By.css(selector)), 20_000);
  const shadow = await host.getShadowRoot();
  await driver.wait(async () => (await shadow.findElements(By.css(".hp-title"))).length > 0, 20_000);
  return shadow;
}

const text = async (shadow, selector) => (await shadow.findElement(By.css(selector))).getText();

try {
  await check("the demo page loads the widget on the quiz", async () => {
    await driver.get(`http://127.0.0.1:${SITE}/index.html`);
    const shadow = await widget();
    const title = await text(shadow, ".hp-title");
    if (!title.includes("Health Information Technology")) throw new Error(`title: ${title}`);
  });

  await check("a student completes the quiz and sees three ranked results", async () => {
    const shadow = await widget();
    await (await shadow.findElement(By.css(".hp-quiz-intro .hp-button"))).click();
    for (let step = 0; step < 30; step += 1) {
      const forms = await shadow.findElements(By.css("form.hp-question"));
      if (forms.length === 0) break;
      await (await shadow.findElement(By.css(".hp-option label"))).click();
      await (await shadow.findElement(By.css("form.hp-question button[type=submit]"))).click();
    }
    await driver.wait(async () => (await shadow.findElements(By.css(".hp-result"))).length === 3, 10_000);
    const heading = await text(shadow, ".hp-results h3");
    if (heading !== "Your results") throw new Error(`heading: ${heading}`);
  });

  await check("switching to Spanish keeps the results", async () => {
    const shadow = await widget();
    await (await shadow.findElement(By.css(".hp-lang-button[lang=es-US]"))).click();
    await driver.wait(async () => (await text(shadow, ".hp-results h3")) === "Sus resultados", 10_000);
  });

  await check("the comparison opens from a share link with its three columns", async () => {
    // A fresh load, as when a visitor opens the link (not a jump within the same page).
    await driver.get("about:blank");
    await driver.get(`http://127.0.0.1:${SITE}/index.html#hp-compare=rhit,cpc,ods`);
    const shadow = await widget();
    await driver.wait(async () => (await shadow.findElements(By.css("th[scope=col] .hp-cmp-abbr"))).length === 3, 10_000);
  });

  await check("under a strict Content-Security-Policy the styles still apply", async () => {
    await driver.get(`http://127.0.0.1:${SITE}/test-pages/csp-strict.html`);
    const shadow = await widget();
    const button = await shadow.findElement(By.css(".hp-quiz-intro .hp-button"));
    const height = (await button.getRect()).height;
    if (height < 44) throw new Error(`the Start button is ${height}px tall; the widget's styles did not apply`);
  });
  await check('theme="dark" paints the widget dark', async () => {
    await driver.get(`http://127.0.0.1:${SITE}/test-pages/dark.html`);
    const shadow = await widget();
    const root = await shadow.findElement(By.css(".hp-root"));
    const background = await root.getCssValue("background-color");
    if (!/22, 24, 29/.test(background)) throw new Error(`background: ${background}`);
  });
} finally {
  await driver.quit().catch(() => {});
  for (const child of children) child.kill();
}

const failed = results.filter(([, error]) => error).length;
console.log(`webkit: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
