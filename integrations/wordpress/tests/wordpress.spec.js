// The plugin on a real WordPress (started by e2e.sh): posts published by an Author with the
// shortcode and with the block show the live widget, and a student completes the quiz in each.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";

const posts = JSON.parse(readFileSync(process.env.HP_WP_POSTS, "utf8"));
const AUTHOR_PASSWORD = process.env.HP_WP_AUTHOR_PASSWORD;
const ADMIN_PASSWORD = process.env.HP_WP_ADMIN_PASSWORD;
const SITEADMIN_PASSWORD = process.env.HP_WP_SITEADMIN_PASSWORD;
// Whether the zip holds the widget's precompressed copies and their .htaccess (e2e.sh looks).
const PRECOMPRESSED = process.env.HP_WP_PRECOMPRESSED === "1";
const SCRIPT = 'script[src*="/wp-content/plugins/hit-pathfinder/widget/hit-pathfinder.js"]';
// The documented example profile (docs/school.md).
const LAKEVIEW = JSON.parse(readFileSync(new URL("../../../docs/examples/lakeview.json", import.meta.url), "utf8"));
const HOSTILE_NAME = "<img src=x onerror=alert(1)>";
/** A path's name in the built-in English dataset. */
const pathName = (id) =>
  JSON.parse(readFileSync(new URL("../../../data/hit-pathfinder.en-US.json", import.meta.url), "utf8")).paths.find((path) => path.id === id).name;
/** The card of the path `id` in a widget's list of paths. */
const card = (widget, id) => widget.locator(".hp-cards > li").filter({ has: widget.page().locator("h5", { hasText: pathName(id) }) });

/** Fails the test on a script error or a failed request (but the favicon, which has no file). */
function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // Failed requests are reported below, with their address.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  return errors;
}

async function logIn(page, user, password) {
  await page.goto("/wp-login.php");
  // The login page moves the focus to its first field after a moment: wait for that, or it
  // could move it in the middle of typing the password.
  await expect(page.locator("#user_login")).toBeFocused();
  await page.locator("#user_login").fill(user);
  await page.locator("#user_pass").fill(password);
  await page.locator("#wp-submit").click();
  await page.waitForURL(/wp-admin/);
}

/**
 * Plays an attacker's host, https://evil.example, for the whole browser context: serves a
 * script that marks the page it runs in, and a dataset with CORS open to every site, and
 * records every request made to it.
 */
async function attackerHost(context) {
  const requests = [];
  await context.route(/^https?:\/\/([^/]*@)?evil\.example(:\d+)?\//, async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.endsWith(".js")) {
      await route.fulfill({
        status: 200,
        contentType: "text/javascript",
        headers: { "Access-Control-Allow-Origin": "*" },
        body: "window.hitPathfinderPwned = (window.hitPathfinderPwned || 0) + 1;",
      });
    } else {
      await route.fulfill({
        status: 200,
        contentType: "application/json",
        headers: { "Access-Control-Allow-Origin": "*" },
        body: JSON.stringify({ attacker: "A stranger's text and links under the school's name" }),
      });
    }
  });
  return requests;
}

/**
 * A field of the settings page's tables by its exact label (the profile form beside them has
 * fields and groups of its own: "Your main program link", programs' "Program name").
 */
const setting = (page, label) => page.locator(".form-table").getByLabel(label, { exact: true });

/**
 * As a logged-in administrator, saves the settings page with `json` in the field that the
 * profile form keeps in step with it (hit_pathfinder_school_profile[json]), as the form would.
 */
async function saveProfileField(page, json) {
  await page.goto("/wp-admin/options-general.php?page=hit-pathfinder");
  await page.locator("#hit-pathfinder-programs-json").evaluate((field, text) => {
    field.value = text;
  }, json);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
}

async function completeQuiz(widget) {
  await widget.getByRole("button", { name: "Start the quiz" }).click();
  for (let i = 0; i < 20; i += 1) {
    const submit = widget.locator("form.hp-question button[type=submit]");
    const label = (await submit.textContent()).trim();
    await submit.click();
    if (label === "See my results") {
      await expect(widget.getByRole("heading", { name: "Your results" })).toBeVisible();
      return;
    }
  }
  throw new Error("the quiz did not end after 20 questions");
}

test.describe("HIT Pathfinder on WordPress", () => {
  test("shortcode post by an Author: two widgets, one module script, hostile values dropped, quiz completed", async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(posts.shortcode);
    expect(response.status()).toBe(200);
    const html = await response.text();

    // Served HTML: the script once, as a module; the hostile shortcode rendered inert.
    await expect(page.locator(SCRIPT)).toHaveCount(1);
    await expect(page.locator(SCRIPT)).toHaveAttribute("type", "module");
    expect(html).not.toMatch(/javascript:|alert\(|onmouseover/i);
    expect(html).not.toContain("hit-pathfinder-notice");
    const widgets = page.locator("hit-pathfinder");
    await expect(widgets).toHaveCount(2);
    const first = widgets.nth(0);
    const second = widgets.nth(1);
    await expect(first).toHaveAttribute("view", "quiz");
    await expect(first).toHaveAttribute("program-url", "https://college.example/programs/hit");
    await expect(first).toHaveAttribute("program-name", "Explore our HIT AAS");
    // region="tx", written as the widget's upper-case code.
    await expect(first).toHaveAttribute("region", "TX");
    await expect(second).toHaveAttribute("view", "compare");
    // The hostile program link fell back to the site's default from the settings.
    await expect(second).toHaveAttribute("program-url", "https://college.example/programs/hit");
    expect(await second.evaluate((el) => el.getAttributeNames().sort())).toEqual(
      ["lang", "program-name", "program-url", "view"],
    );
    await expect(second).toHaveAttribute("lang", "en");

    await completeQuiz(first);
    await expect(first.getByRole("link", { name: /Explore our HIT AAS/ }).first()).toHaveAttribute(
      "href",
      "https://college.example/programs/hit",
    );
    // The second widget runs too, on its comparison.
    await expect(second.locator(".hp-root")).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("block post by an Author: the widget with the site's defaults, quiz completed", async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(posts.block);
    expect(response.status()).toBe(200);
    await expect(page.locator(SCRIPT)).toHaveCount(1);
    await expect(page.locator(SCRIPT)).toHaveAttribute("type", "module");
    const widget = page.locator(".wp-block-hit-pathfinder-widget hit-pathfinder");
    await expect(widget).toHaveCount(1);
    await expect(widget).toHaveAttribute("view", "quiz");
    await expect(widget).toHaveAttribute("program-url", "https://college.example/programs/hit");
    await expect(widget).toHaveAttribute("program-name", "Explore our Health Information Technology AAS");
    await completeQuiz(widget);
    expect(errors).toEqual([]);
  });

  // Issue #13: fast in a student's hand. A first visit downloads the widget's precompressed
  // files (Apache serves them through the plugin's widget/.htaccess), each once, fetched at
  // once thanks to the page's preload links, and none preloaded in vain.
  test("#13: a first visit downloads at most 190,000 bytes of the widget, each file once, precompressed, with no unused preload", async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    const requests = new Map();
    cdp.on("Network.requestWillBeSent", ({ requestId, request }) => {
      if (request.url.includes("/wp-content/plugins/hit-pathfinder/widget/")) {
        requests.set(requestId, { url: request.url });
      }
    });
    cdp.on("Network.responseReceived", ({ requestId, response }) => {
      const entry = requests.get(requestId);
      if (entry) {
        const header = (name) => Object.entries(response.headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? "";
        Object.assign(entry, { status: response.status, type: header("content-type"), encoding: header("content-encoding") });
      }
    });
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      const entry = requests.get(requestId);
      if (entry) entry.bytes = encodedDataLength;
    });
    const warnings = [];
    page.on("console", (message) => {
      if (/preload/i.test(message.text())) warnings.push(`${message.type()}: ${message.text()}`);
    });
    const errors = watchErrors(page);

    const response = await page.goto(posts.block);
    const html = await response.text();
    // The page names the files the widget will need, before its script runs.
    expect(html).toMatch(/<link rel="modulepreload" href="[^"]*\/widget\/hit_pathfinder\.js\?v=[^"]+">/);
    expect(html).toMatch(/<link rel="preload" href="[^"]*\/widget\/hit_pathfinder_bg\.wasm\?v=[^"]+" as="fetch" crossorigin>/);
    expect(html).toMatch(/<link rel="preload" href="[^"]*\/widget\/data\/hit-pathfinder\.en-US\.json" as="fetch" crossorigin>/);
    expect(html.match(/<link rel="(module)?preload"/g)).toHaveLength(3);

    const widget = page.locator("hit-pathfinder");
    await completeQuiz(widget);
    // Chromium reports a preload that was not used a few seconds after the load event.
    await page.waitForLoadState("load");
    await page.waitForTimeout(4_000);

    // No "preloaded but not used", no "preload found but not used (credentials mode)".
    expect(warnings).toEqual([]);
    const files = [...requests.values()];
    const byName = (name) => files.filter((file) => new URL(file.url).pathname.endsWith(`/widget/${name}`));
    const expected = {
      "hit-pathfinder.js": "text/javascript",
      "hit_pathfinder.js": "text/javascript",
      "hit_pathfinder_bg.wasm": "application/wasm",
      "data/hit-pathfinder.en-US.json": "application/json",
    };
    for (const [name, type] of Object.entries(expected)) {
      const found = byName(name);
      expect(found, `${name} requested once`).toHaveLength(1);
      const [file] = found;
      expect(file.status, name).toBe(200);
      expect(file.type.split(";")[0].trim(), `${name}'s Content-Type`).toBe(type);
      // Chromium asks for Brotli from 127.0.0.1 (as from any https:// site).
      if (PRECOMPRESSED) expect(file.encoding, `${name}'s Content-Encoding`).toBe("br");
    }
    expect(files.map((file) => new URL(file.url).pathname.replace(/.*\/widget\//, "")).sort()).toEqual(Object.keys(expected).sort());
    const total = files.reduce((sum, file) => sum + (file.bytes ?? 0), 0);
    console.log(`widget files on the wire: ${total} bytes (${files.map((f) => `${new URL(f.url).pathname.replace(/.*\/widget\//, "")} ${f.bytes}`).join(", ")})`);
    if (PRECOMPRESSED) {
      expect(total).toBeLessThanOrEqual(190_000);
    } else {
      console.log("the widget build in the zip has no precompressed files: the byte budget and encodings are not checked");
    }
    expect(errors).toEqual([]);
  });

  test("before the script runs, the fallback link is what shows", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(posts.block);
    const link = page.locator("hit-pathfinder a");
    await expect(link).toBeVisible();
    await expect(link).toHaveText("Explore our Health Information Technology AAS");
    await expect(link).toHaveAttribute("href", "https://college.example/programs/hit");
    await context.close();
  });

  test("the Author sees a note about dropped values, and the block's options and live preview in the editor", async ({ page }) => {
    await logIn(page, "author", AUTHOR_PASSWORD);

    await page.goto(posts.shortcode);
    const note = page.locator(".hit-pathfinder-notice");
    await expect(note).toHaveCount(1);
    await expect(note).toContainText("The program link was ignored");
    await expect(note).toContainText("The dataset address was ignored");
    await expect(note).toContainText('The region "Texas" is not the two-letter code of a US state or DC');
    expect(await page.content()).not.toMatch(/javascript:/i);

    await page.goto(posts.hostile);
    await expect(page.locator(".hit-pathfinder-notice")).toContainText("The program link was ignored");

    // The block editor on a new post: no widget, so none of its files are fetched.
    const fetched = [];
    page.on("request", (request) => fetched.push(request.url()));
    await page.goto("/wp-admin/post-new.php");
    const welcome = page.getByRole("button", { name: "Close dialog" });
    await welcome.click({ timeout: 15_000 }).catch(() => {});
    await expect(page.getByRole("button", { name: "Publish", exact: true }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(fetched.filter((url) => url.includes("/widget/hit"))).toEqual([]);

    // On the block's post, the block's server-rendered preview is the live widget.
    await page.goto(`/wp-admin/post.php?post=${posts.blockId}&action=edit`);
    const block = page.locator("[data-type='hit-pathfinder/widget']");
    const preview = block.locator("hit-pathfinder");
    await expect(preview.getByRole("button", { name: "Start the quiz" })).toBeVisible({ timeout: 30_000 });
    // One wrapper: the editor's own (useBlockProps), none from the server's preview.
    await expect(block).toHaveClass(/wp-block-hit-pathfinder-widget/);
    await expect(block.locator(".wp-block-hit-pathfinder-widget")).toHaveCount(0);
    await expect(block.locator("link")).toHaveCount(0);
    if (process.env.HP_WP_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.HP_WP_SCREENSHOTS}/editor-preview.png` });
    }

    // Its options are in the sidebar; a change re-renders the preview on the server.
    await block.click({ position: { x: 3, y: 3 } });
    const opensWith = page.getByLabel("Opens with");
    await expect(opensWith).toHaveValue("quiz");
    await opensWith.selectOption("compare");
    await expect(block.locator("hit-pathfinder[view='compare']")).toHaveCount(1);
    await page.getByLabel("State for pay figures").selectOption({ label: "Texas" });
    await expect(block.locator("hit-pathfinder[view='compare'][region='TX']")).toHaveCount(1);
    await page.getByLabel("Program link").fill("javascript:alert(1)");
    await expect(page.getByText("Not used: enter a full address")).toBeVisible();
    await expect(block.locator(".hit-pathfinder-notice")).toContainText("The program link was ignored");
    await expect(block.locator("hit-pathfinder")).toHaveAttribute("program-url", "https://college.example/programs/hit");
    // The school's profile: the site's own re-renders the preview with it; javascript: is
    // refused in the sidebar and in the preview, which keeps none.
    const school = page.getByLabel("School profile address");
    await school.fill(posts.ownSchoolUrl);
    await expect(block.locator("hit-pathfinder")).toHaveAttribute("school", posts.ownSchoolUrl);
    await school.fill("javascript:alert(1)");
    await expect(school).toHaveAccessibleDescription(/^Not used: enter a full address/);
    await expect(block.locator(".hit-pathfinder-notice")).toContainText("The school profile address was ignored");
    await expect(block.locator("hit-pathfinder")).not.toHaveAttribute("school");
    if (process.env.HP_WP_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.HP_WP_SCREENSHOTS}/editor-sidebar.png` });
    }

    // Authors cannot open the settings.
    const settings = await page.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    expect(settings.status()).toBe(403);
  });

  // Issue #14, hole 2: an Author cannot show a stranger's dataset under the school's name.
  test("#14: a dataset an Author took from another host is not used, and the visitor's browser never contacts it", async ({ page }) => {
    const evil = await attackerHost(page.context());
    const errors = watchErrors(page);
    await page.goto(posts.foreign);
    const widgets = page.locator("hit-pathfinder");
    await expect(widgets).toHaveCount(3);
    for (const widget of await widgets.all()) {
      expect(await widget.getAttribute("dataset")).toBeNull();
    }
    expect(await page.content()).not.toContain("evil.example");
    // The widgets run on the built-in dataset.
    await expect(widgets.nth(2).getByRole("button", { name: "Start the quiz" })).toBeVisible();
    await expect(widgets.nth(0).locator(".hp-alert")).toHaveCount(0);
    await page.waitForLoadState("networkidle");
    expect(evil).toEqual([]);
    expect(errors).toEqual([]);

    // The Author sees why.
    await logIn(page, "author", AUTHOR_PASSWORD);
    await page.goto(posts.foreign);
    await expect(page.locator(".hit-pathfinder-notice").first()).toContainText("The dataset address was ignored");
    expect(evil).toEqual([]);
  });

  test("#14: a dataset in the site's own uploads is used", async ({ page }) => {
    const errors = watchErrors(page);
    const fetched = [];
    page.on("request", (request) => fetched.push(request.url()));
    await page.goto(posts.ownDataset);
    const widget = page.locator("hit-pathfinder");
    await expect(widget).toHaveAttribute("dataset", posts.ownDatasetUrl.replace("{lang}", "%7Blang%7D"));
    await completeQuiz(widget);
    expect(fetched).toContain(posts.ownDatasetUrl.replace("{lang}", "en-US"));
    expect(errors).toEqual([]);
  });

  // Issue #19: a school's profile carries links shown under the school's name. The site's own is
  // used; a hostile or foreign address an Author typed never reaches the page.
  test("#19: an Author's school profile in the site's uploads is used; javascript:alert(1) and another site's never reach the page", async ({ page }) => {
    const evil = await attackerHost(page.context());
    const errors = watchErrors(page);
    const fetched = [];
    page.on("request", (request) => fetched.push(request.url()));
    const response = await page.goto(posts.school);
    const html = await response.text();
    expect(html).not.toMatch(/javascript:|alert\(|evil\.example/i);
    expect(html).not.toContain("hit-pathfinder-notice");
    const widgets = page.locator("hit-pathfinder");
    await expect(widgets).toHaveCount(4);
    await expect(widgets.nth(0)).toHaveAttribute("school", posts.ownSchoolUrl);
    for (const widget of (await widgets.all()).slice(1)) {
      expect(await widget.getAttribute("school")).toBeNull();
    }
    // The page names the profile for the browser to fetch with the page, once.
    expect(html.match(/<link rel="preload" href="[^"]*\/lakeview\.json" as="fetch" crossorigin>/g)).toHaveLength(1);
    // The school's programs show on the first; the others are the plain guide.
    await expect(widgets.nth(0).locator(".hp-school").first()).toHaveText("At Lakeview College: Medical Coding Certificate");
    await expect(widgets.nth(0).getByText(/Showing 13 of 13 paths/)).toBeVisible();
    for (const widget of (await widgets.all()).slice(1)) {
      await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
      await expect(widget.locator(".hp-school")).toHaveCount(0);
      await expect(widget.locator(".hp-alert")).toHaveCount(0);
    }
    await page.waitForLoadState("networkidle");
    // Fetched once: the preload and the widget's own request are one.
    expect(fetched.filter((url) => url.endsWith("/lakeview.json"))).toEqual([posts.ownSchoolUrl]);
    expect(await page.evaluate(() => window.hitPathfinderPwned ?? 0)).toBe(0);
    expect(evil).toEqual([]);
    expect(errors).toEqual([]);

    // The Author sees why, and still nothing of the javascript: address.
    await logIn(page, "author", AUTHOR_PASSWORD);
    await page.goto(posts.school);
    const notes = page.locator(".hit-pathfinder-notice");
    await expect(notes).toHaveCount(3);
    for (const note of (await notes.all()).slice(0, 2)) {
      await expect(note).toContainText("The school profile address was ignored: only full http:// or https:// addresses are allowed.");
    }
    await expect(notes.nth(2)).toContainText("The school profile address was ignored: school profiles may come only from this site");
    expect(await page.content()).not.toMatch(/javascript:|alert\(/i);
    expect(evil).toEqual([]);
  });

  // Issue #14, hole 1: a site administrator without unfiltered_html cannot run a script of
  // their choice on the site (and in a super admin's block editor).
  test("#14: an administrator without unfiltered_html cannot load the widget's script or datasets from their own host", async ({ browser }) => {
    // e2e-setup.php stored a widget_base_url (https://evil.example/legacy/) the way an earlier
    // version did: not used (no visitor page so far fetched from evil.example, which every
    // test's error watch would have caught as a failed request), and the settings page says so.
    const superAdmin = await browser.newContext();
    const settings = await superAdmin.newPage();
    await logIn(settings, "admin", ADMIN_PASSWORD);
    await settings.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    await expect(settings.getByText("was saved by an earlier version of this plugin. It is not used")).toBeVisible();
    await expect(settings.getByLabel("Load the widget files from")).toHaveValue("");
    await expect(settings.getByLabel("Load the widget files from")).toBeEnabled();
    await superAdmin.close();

    const attacker = await browser.newContext();
    const page = await attacker.newPage();
    await logIn(page, "siteadmin", SITEADMIN_PASSWORD);
    await page.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    await expect(page.getByRole("heading", { name: "HIT Pathfinder", level: 1 })).toBeVisible();
    // Whatever the form shows, post the attacker's addresses with the form's own nonce.
    await page.evaluate(() => {
      const form = document.querySelector("form[action$='options.php']");
      const set = (name, value) => {
        let field = form.querySelector(`[name="hit_pathfinder_settings[${name}]"]`);
        if (!field) {
          field = document.createElement("input");
          field.type = "hidden";
          field.name = `hit_pathfinder_settings[${name}]`;
          form.append(field);
        }
        field.disabled = false;
        field.value = value;
      };
      set("widget_base_url", "https://evil.example/p/");
      set("dataset_origins", "https://evil.example");
      set("dataset", "https://evil.example/hit.json");
    });
    await page.getByRole("button", { name: "Save Changes" }).click();
    await page.waitForLoadState();
    await attacker.close();

    // A super admin (an administrator with unfiltered_html) opens the block editor.
    const context = await browser.newContext();
    const evil = await attackerHost(context);
    const admin = await context.newPage();
    await logIn(admin, "admin", ADMIN_PASSWORD);
    await admin.goto(`/wp-admin/post.php?post=${posts.blockId}&action=edit`);
    await admin.getByRole("button", { name: "Close dialog" }).click({ timeout: 15_000 }).catch(() => {});
    const preview = admin.locator("[data-type='hit-pathfinder/widget'] hit-pathfinder");
    await expect(preview).toHaveCount(1, { timeout: 30_000 });
    await admin.waitForLoadState("networkidle");
    // The attacker's script was neither fetched nor run in the super admin's wp-admin.
    expect(evil).toEqual([]);
    expect(await admin.evaluate(() => window.hitPathfinderPwned ?? 0)).toBe(0);
    await expect(preview.getByRole("button", { name: "Start the quiz" })).toBeVisible({ timeout: 30_000 });
    // A visitor's page.
    const visitor = await context.newPage();
    await visitor.goto(posts.block);
    await expect(visitor.locator(SCRIPT)).toHaveCount(1);
    await expect(visitor.locator("hit-pathfinder").getByRole("button", { name: "Start the quiz" })).toBeVisible();
    expect(await visitor.locator("hit-pathfinder").getAttribute("dataset")).toBeNull();
    await visitor.waitForLoadState("networkidle");
    expect(evil).toEqual([]);

    // The administrator sees those two settings read-only, and why.
    const again = await browser.newContext();
    const page2 = await again.newPage();
    await logIn(page2, "siteadmin", SITEADMIN_PASSWORD);
    await page2.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    await expect(page2.getByLabel("Load the widget files from")).toBeDisabled();
    await expect(page2.getByLabel("Datasets may also come from")).toBeDisabled();
    await expect(page2.getByText("Only an administrator who may post unfiltered HTML")).toBeVisible();
    await expect(page2.getByLabel("Dataset URL")).toHaveValue("");
    await again.close();
    await context.close();
  });

  test("an administrator saves the settings; an unsafe address is refused", async ({ page }) => {
    await logIn(page, "admin", ADMIN_PASSWORD);
    await page.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    await expect(page.getByRole("heading", { name: "HIT Pathfinder", level: 1 })).toBeVisible();
    await expect(setting(page, "Program link")).toHaveValue("https://college.example/programs/hit");
    await setting(page, "Program link").fill("javascript:alert(1)");
    await setting(page, "Program name").fill('Our "HIT" <b>AAS</b>');
    await setting(page, "Language").selectOption("es");
    await setting(page, "School profile address").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save Changes" }).click();
    await expect(page.getByText("Program link was not saved")).toBeVisible();
    await expect(page.getByText("The school profile address was not saved")).toBeVisible();
    await expect(setting(page, "School profile address")).toHaveValue("");
    await expect(setting(page, "Program link")).toHaveValue("https://college.example/programs/hit");
    await expect(setting(page, "Program name")).toHaveValue('Our "HIT" AAS');
    await expect(setting(page, "Language")).toHaveValue("es");
    if (process.env.HP_WP_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.HP_WP_SCREENSHOTS}/settings.png`, fullPage: true });
    }

    // The block post now speaks Spanish, with the new name.
    await page.goto(posts.block);
    const widget = page.locator("hit-pathfinder");
    await expect(widget).toHaveAttribute("lang", "es");
    await expect(widget).toHaveAttribute("program-name", 'Our "HIT" AAS');

    // A form posted without the settings page's nonce is refused.
    const forged = await page.request.post("/wp-admin/options.php", {
      form: { option_page: "hit_pathfinder", action: "update", "hit_pathfinder_settings[program_name]": "Forged" },
    });
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    await page.goto(posts.block);
    await expect(page.locator("hit-pathfinder")).toHaveAttribute("program-name", 'Our "HIT" AAS');
  });
  // Issue #14, hole 3: the widget needs program-url and program-name together.
  test("#14: half a program link shows visitors no error", async ({ page }) => {
    // The site's defaults cleared, so only what the shortcodes give counts.
    await logIn(page, "admin", ADMIN_PASSWORD);
    await page.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    await setting(page, "Program link").fill("");
    await setting(page, "Program name").fill("");
    await setting(page, "Language").selectOption("");
    await page.getByRole("button", { name: "Save Changes" }).click();
    await expect(setting(page, "Program link")).toHaveValue("");
    await page.context().clearCookies();

    const errors = watchErrors(page);
    await page.goto(posts.half);
    const widgets = page.locator("hit-pathfinder");
    await expect(widgets).toHaveCount(2);
    await expect(widgets.nth(0)).toHaveAttribute("program-url", "https://college.example/hit");
    await expect(widgets.nth(0)).toHaveAttribute("program-name", "Explore our Health Information Technology program");
    expect(await widgets.nth(1).evaluate((el) => el.getAttributeNames().filter((n) => n.startsWith("program-")))).toEqual([]);
    for (const widget of await widgets.all()) {
      await expect(widget.getByRole("button", { name: "Start the quiz" })).toBeVisible();
      await expect(widget.locator(".hp-alert")).toHaveCount(0);
    }
    await completeQuiz(widgets.nth(0));
    await expect(widgets.nth(0).getByRole("link", { name: /Explore our Health Information Technology program/ }).first()).toHaveAttribute(
      "href",
      "https://college.example/hit",
    );
    expect(errors).toEqual([]);
  });

  // Issue #19, part 3b: the site keeps the school's programs (Settings > HIT Pathfinder > "Your
  // school's programs") and serves them from its REST route: no JSON file, no upload. Widgets
  // that name no other profile use them, preloaded with the page.
  test("#19: an administrator saves the school's programs; a visitor's page shows them from the site's own address, preloaded, fetched once", async ({ browser }) => {
    const adminContext = await browser.newContext();
    const page = await adminContext.newPage();
    await logIn(page, "admin", ADMIN_PASSWORD);
    await page.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    await expect(page.getByRole("heading", { name: "Your school's programs" })).toBeVisible();
    await expect(page.locator("code", { hasText: "hit-pathfinder/v1/school" })).toHaveText(posts.schoolRoute);
    await expect(page.getByLabel("Show these programs in widgets that name no other school profile")).toBeChecked();
    // Nothing saved yet: nothing served.
    expect((await page.request.get(posts.schoolRoute)).status()).toBe(404);

    await saveProfileField(page, JSON.stringify(LAKEVIEW, null, 2));
    // Stored re-encoded, as data.
    const stored = await page.locator("#hit-pathfinder-programs-json").inputValue();
    expect(JSON.parse(stored)).toEqual(LAKEVIEW);
    expect(stored).not.toContain("\n");

    // Served to anyone, with its type, nosniff and validators, cached a short while.
    const visitorContext = await browser.newContext();
    const served = await visitorContext.request.get(posts.schoolRoute);
    expect(served.status()).toBe(200);
    const headers = served.headers();
    expect(headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["cache-control"]).toBe("public, max-age=300");
    expect(headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(Date.parse(headers["last-modified"])).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(await served.text()).toBe(stored);
    const again = await visitorContext.request.get(posts.schoolRoute, { headers: { "If-None-Match": headers.etag } });
    expect(again.status()).toBe(304);
    expect(await again.text()).toBe("");

    // A visitor's page with two widgets that name no profile.
    const visitor = await visitorContext.newPage();
    const errors = watchErrors(visitor);
    const fetched = [];
    visitor.on("request", (request) => fetched.push(request.url()));
    const response = await visitor.goto(posts.sitePrograms);
    const html = await response.text();
    const widgets = visitor.locator("hit-pathfinder");
    await expect(widgets).toHaveCount(2);
    for (const widget of await widgets.all()) {
      await expect(widget).toHaveAttribute("school", posts.schoolRoute);
    }
    // Named for the browser to fetch with the page, once.
    expect(html.split(`<link rel="preload" href="${posts.schoolRoute}" as="fetch" crossorigin>`)).toHaveLength(2);
    await expect(widgets.nth(0).locator(".hp-school").first()).toHaveText("At Lakeview College: Medical Coding Certificate");
    await expect(widgets.nth(0).getByText(/Showing 13 of 13 paths/)).toBeVisible();
    // The comparison runs with it too, without an alert.
    await expect(widgets.nth(1).locator(".hp-root")).toBeVisible();
    await expect(widgets.nth(1).locator(".hp-alert")).toHaveCount(0);
    await visitor.waitForLoadState("networkidle");
    expect(fetched.filter((url) => url === posts.schoolRoute)).toHaveLength(1);
    expect(errors).toEqual([]);

    // A shortcode's own profile still wins (the page of the earlier test: the site's uploads).
    await visitor.goto(posts.school);
    await expect(visitor.locator("hit-pathfinder").nth(0)).toHaveAttribute("school", posts.ownSchoolUrl);

    // "Show on pages" unticked: kept and served, but widgets no longer use it; ticked again.
    await page.getByLabel("Show these programs in widgets that name no other school profile").uncheck();
    await page.getByRole("button", { name: "Save Changes" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await expect(page.getByLabel("Show these programs in widgets that name no other school profile")).not.toBeChecked();
    await visitor.goto(posts.sitePrograms);
    await expect(visitor.locator("hit-pathfinder")).toHaveCount(2);
    for (const widget of await visitor.locator("hit-pathfinder").all()) {
      expect(await widget.getAttribute("school")).toBeNull();
    }
    expect((await visitorContext.request.get(posts.schoolRoute)).status()).toBe(200);
    await page.getByLabel("Show these programs in widgets that name no other school profile").check();
    await page.getByRole("button", { name: "Save Changes" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();

    // A profile that is not usable as JSON is refused, and the saved one stays.
    await page.locator("#hit-pathfinder-programs-json").evaluate((field) => {
      field.value = '{"schema_version":1,"name":"Evil","programs":[{"url":"javascript:alert(1)"}]}';
    });
    await page.getByRole("button", { name: "Save Changes" }).click();
    await expect(page.getByText("Your school's programs were not saved: the link at programs[0].url must be a full address")).toBeVisible();
    expect(JSON.parse(await (await visitorContext.request.get(posts.schoolRoute)).text()).name).toBe("Lakeview College");
    await visitorContext.close();
    await adminContext.close();
  });

  test("#19: an Author can neither reach nor change the school's programs (settings page, options.php, REST)", async ({ page }) => {
    await logIn(page, "author", AUTHOR_PASSWORD);
    const settings = await page.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    expect(settings.status()).toBe(403);
    const evil = JSON.stringify({ ...LAKEVIEW, name: "Evil College" });

    // The settings form, posted without the page's nonce (an Author cannot get one).
    const form = await page.request.post("/wp-admin/options.php", {
      form: { option_page: "hit_pathfinder", action: "update", "hit_pathfinder_school_profile[json]": evil, "hit_pathfinder_school_profile[use]": "1" },
    });
    expect(form.status()).toBeGreaterThanOrEqual(400);

    // The REST API, with the Author's own valid REST nonce: the route has no method that
    // writes, and the settings endpoint is for administrators (and does not hold the profile).
    const nonce = await (await page.request.get("/wp-admin/admin-ajax.php?action=rest-nonce")).text();
    expect(nonce).toMatch(/^[0-9a-f]{10}$/);
    const rest = (path) => (path.startsWith("http") ? path : `/index.php?rest_route=${encodeURIComponent(path)}`);
    for (const method of ["post", "put", "patch", "delete"]) {
      const answer = await page.request[method](rest(posts.schoolRoute), { headers: { "X-WP-Nonce": nonce }, data: JSON.parse(evil) });
      expect(answer.status(), method).toBe(404);
      expect((await answer.json()).code, method).toBe("rest_no_route");
    }
    const overridden = await page.request.post(`${posts.schoolRoute}&_method=PUT`, { headers: { "X-WP-Nonce": nonce }, data: JSON.parse(evil) });
    expect(overridden.status()).toBe(404);
    const settingsEndpoint = await page.request.post(rest("/wp/v2/settings"), {
      headers: { "X-WP-Nonce": nonce },
      data: { hit_pathfinder_school_profile: { json: evil } },
    });
    expect(settingsEndpoint.status()).toBe(403);

    // Unchanged.
    const served = await page.request.get(posts.schoolRoute);
    expect(served.status()).toBe(200);
    expect(JSON.parse(await served.text()).name).toBe("Lakeview College");
  });

  test("#19: a hostile school name saved in the settings shows as text, in the widget and on the settings page", async ({ browser }) => {
    const adminContext = await browser.newContext();
    const page = await adminContext.newPage();
    const dialogs = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await logIn(page, "admin", ADMIN_PASSWORD);
    await saveProfileField(page, JSON.stringify({ ...LAKEVIEW, name: HOSTILE_NAME }));
    // On the settings page: as data, never as an element.
    expect(await page.locator("#hit-pathfinder-programs-json").inputValue()).toContain('"name":"\\u003Cimg src=x onerror=alert(1)\\u003E"');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    // Served without a < or > left.
    const served = await (await page.request.get(posts.schoolRoute)).text();
    expect(served).not.toMatch(/[<>]/);
    expect(JSON.parse(served).name).toBe(HOSTILE_NAME);

    // A visitor sees the name as text.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    visitor.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    const errors = watchErrors(visitor);
    await visitor.goto(posts.sitePrograms);
    const widget = visitor.locator("hit-pathfinder").nth(0);
    await expect(widget.locator(".hp-school").first()).toHaveText(`At ${HOSTILE_NAME}: Medical Coding Certificate`);
    await expect(visitor.locator('img[src="x"]')).toHaveCount(0);
    await visitor.waitForLoadState("networkidle");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);

    // The example again, for what follows.
    await saveProfileField(page, JSON.stringify(LAKEVIEW));
    await visitorContext.close();
    await adminContext.close();
  });

  test("#19: an administrator builds the programs in the settings' form (no JSON): the preview shows them before saving; saved, a visitor's page shows them", async ({ browser }) => {
    const adminContext = await browser.newContext();
    const page = await adminContext.newPage();
    const errors = watchErrors(page);
    await logIn(page, "admin", ADMIN_PASSWORD);
    // From nothing: the profile emptied (as an empty form saves it).
    await saveProfileField(page, "");
    expect((await page.request.get(posts.schoolRoute)).status()).toBe(404);

    await page.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    const form = page.locator("#hit-pathfinder-programs-form");
    // The form is the widget's own (school-form.js from the plugin's widget folder, a module),
    // ready once its lists of paths are filled.
    await expect(page.locator('script[type="module"][src*="/widget/school-form.js?v="]')).toHaveCount(1);
    await expect(form.locator(".hpsf-check").first()).toBeVisible({ timeout: 30_000 });
    const preview = page.locator(".hit-pathfinder-programs-preview hit-pathfinder");
    await expect(preview.getByText(/Showing 14 of 14 paths/)).toBeVisible({ timeout: 30_000 });
    expect(await preview.getAttribute("school")).toBeNull();

    await form.getByLabel("School name").fill("Lakeview College");
    await form.getByRole("button", { name: "Add a program" }).click();
    const program = form.getByRole("group", { name: /^Program 1/ });
    await program.getByLabel("Program name", { exact: true }).fill("Cancer Registry Certificate");
    await program.getByLabel("Program page address").fill("https://lakeview.example.edu/hit/registry");
    await program.getByLabel("What students earn").selectOption("certificate");
    await program.getByLabel("How it is taught").selectOption("online");
    await program.getByRole("group", { name: "Career paths it leads to" }).locator('input[value="cancer-registry"]').check();
    await program.getByRole("group", { name: "Certifications it prepares for" }).locator('input[value="ods"]').check();
    await expect(form.locator(".hpsf-problem")).toHaveCount(0);

    // The preview shows the form's profile before it is saved (a blob: address of this page).
    await expect(preview).toHaveAttribute("school", /^blob:http:\/\/127\.0\.0\.1:/);
    await expect(card(preview, "cancer-registry").locator(".hp-school")).toHaveText("At Lakeview College: Cancer Registry Certificate");
    await expect(preview.getByRole("alert")).toHaveCount(0);
    if (process.env.HP_WP_SCREENSHOTS) {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.locator("#hit-pathfinder-programs").screenshot({ path: `${process.env.HP_WP_SCREENSHOTS}/settings-programs.png` });
    }
    expect((await page.request.get(posts.schoolRoute)).status()).toBe(404);
    // The field the settings form saves holds the form's JSON.
    const field = JSON.parse(await page.locator("#hit-pathfinder-programs-json").inputValue());
    expect(field.name).toBe("Lakeview College");
    expect(field.programs[0]).toMatchObject({ id: "cancer-registry-certificate", url: "https://lakeview.example.edu/hit/registry", paths: ["cancer-registry"] });

    await page.getByRole("button", { name: "Save Changes" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    // Back in the form after saving.
    await expect(page.locator("#hit-pathfinder-programs-form").getByRole("group", { name: /^Program 1: Cancer Registry Certificate/ })).toBeVisible();
    expect(errors).toEqual([]);

    // A visitor's page with no profile named shows the programs.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    const visitorErrors = watchErrors(visitor);
    await visitor.goto(posts.sitePrograms);
    const widget = visitor.locator("hit-pathfinder").nth(0);
    await expect(widget).toHaveAttribute("school", posts.schoolRoute);
    await expect(card(widget, "cancer-registry").locator(".hp-school")).toHaveText("At Lakeview College: Cancer Registry Certificate");
    expect(visitorErrors).toEqual([]);

    // Emptied in the form (its only program removed, its name cleared) and saved: none.
    await page.locator("#hit-pathfinder-programs-form").getByRole("button", { name: /^Remove program 1/ }).click();
    await page.locator("#hit-pathfinder-programs-form").getByLabel("School name").fill("");
    await expect(page.locator("#hit-pathfinder-programs-json")).toHaveValue("");
    await page.getByRole("button", { name: "Save Changes" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    expect((await visitorContext.request.get(posts.schoolRoute)).status()).toBe(404);
    await visitor.goto(posts.sitePrograms);
    expect(await visitor.locator("hit-pathfinder").nth(0).getAttribute("school")).toBeNull();

    // The example again, for the Spanish test.
    await saveProfileField(page, JSON.stringify(LAKEVIEW));
    await visitorContext.close();
    await adminContext.close();
  });
});
