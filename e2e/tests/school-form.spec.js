// The snippet builder's form for a school's profile (#19, part 3a): a school web editor builds
// the profile without writing JSON, sees it in the live preview, and downloads it.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { axeViolations, sidewaysOverflow, watchErrors } from "./helpers.js";

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
/** The documented example (docs/examples/lakeview.json): what the form builds here. */
const LAKEVIEW = JSON.parse(read("docs/examples/lakeview.json"));
const { $schema, ...EXPECTED } = LAKEVIEW;
/** The widget's words for problems, as its checker says them. */
const problemWords = (locale) => {
  const list = JSON.parse(read(`data/problems.${locale}.json`));
  const words = {};
  for (let i = 0; i < list.length; i += 2) words[list[i]] = list[i + 1];
  return words;
};
const EN = problemWords("en-US");
const ES = problemWords("es-US");
const say = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => values[name]);
const pathName = (id) => JSON.parse(read("data/hit-pathfinder.en-US.json")).paths.find((p) => p.id === id).name;
/** A pattern matching text that starts with `text`. */
const startsWith = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** Ticks (or unticks) a checkbox by keyboard. */
async function press(page, box, key = "Space") {
  await box.focus();
  await page.keyboard.press(key);
}

/** Types into a field by keyboard, replacing what it held. */
async function typeInto(page, field, text) {
  await field.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

/** The editor with its form ready (the checker loaded: the first list of paths is filled). */
async function openEditor(page, query = "") {
  await page.goto(`/editor.html${query}`);
  const form = page.locator("#school-form");
  await expect(form.locator(".hpsf-check").first()).toBeVisible();
  return form;
}

/** What a program's award and delivery are typed as, to choose them in their selects. */
const LABELS = {
  certificate: "Certificate",
  associate: "Associate degree",
  hybrid: "Partly online",
  on_campus: "On campus",
};

/** Fills one program as the example has it, by keyboard, in the program group `group`. */
async function fillProgram(page, group, program) {
  // "Add a program" put focus in the new program's name.
  await expect(group.getByLabel("Program name", { exact: true })).toBeFocused();
  await page.keyboard.type(program.name);
  await page.keyboard.press("Tab");
  await expect(group.getByLabel("Name in Spanish (optional)")).toBeFocused();
  await page.keyboard.type(program.names[0].name);
  await page.keyboard.press("Tab");
  const id = group.getByLabel("Short id");
  await expect(id).toBeFocused();
  // The id is made from the name; it may be changed.
  const made = program.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  await expect(id).toHaveValue(made);
  if (made !== program.id) {
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(program.id);
  }
  await page.keyboard.press("Tab");
  await expect(group.getByLabel("Program page address")).toBeFocused();
  await page.keyboard.type(program.url);
  await page.keyboard.press("Tab");
  await expect(group.getByLabel("What students earn")).toBeFocused();
  await page.keyboard.type(LABELS[program.award]);
  await expect(group.getByLabel("What students earn")).toHaveValue(program.award);
  await page.keyboard.press("Tab");
  await page.keyboard.type(LABELS[program.delivery]);
  await expect(group.getByLabel("How it is taught")).toHaveValue(program.delivery);
  await page.keyboard.press("Tab");
  await expect(group.getByLabel("Typical length in months (optional)")).toBeFocused();
  await page.keyboard.type(String(program.months));
  const paths = group.getByRole("group", { name: "Career paths it leads to" });
  for (const id of program.paths) await press(page, paths.locator(`input[value="${id}"]`));
  const certifications = group.getByRole("group", { name: "Certifications it prepares for" });
  for (const id of program.certifications) await press(page, certifications.locator(`input[value="${id}"]`));
}

/** Fills the whole example profile by keyboard. */
async function fillLakeview(page, form) {
  await typeInto(page, form.getByLabel("School name"), EXPECTED.name);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Texas");
  await expect(form.getByLabel("Your school's state, for pay figures")).toHaveValue("TX");
  await typeInto(page, form.getByLabel("Main program's name"), EXPECTED.program.name);
  await page.keyboard.press("Tab");
  await page.keyboard.type(EXPECTED.program.url);
  const featured = form.getByRole("group", { name: "Paths to list first" });
  for (const id of EXPECTED.featured) await press(page, featured.locator(`input[value="${id}"]`));
  const hidden = form.getByRole("group", { name: "Paths to hide" });
  for (const id of EXPECTED.hidden) await press(page, hidden.locator(`input[value="${id}"]`));
  for (const [n, program] of EXPECTED.programs.entries()) {
    await press(page, form.getByRole("button", { name: "Add a program" }), "Enter");
    await fillProgram(page, form.getByRole("group", { name: new RegExp(`^Program ${n + 1}`) }), program);
  }
}

test.describe("the school profile form", () => {
  test("a profile with two programs, filled by keyboard, is shown by the live preview and downloads as its JSON", async ({ page }) => {
    const errors = watchErrors(page);
    const form = await openEditor(page);
    const preview = page.locator("#preview");
    await page.getByLabel("Opens on").selectOption("paths");
    // The download's name follows the school's name.
    await expect(form.getByRole("button", { name: "Download school-profile.json" })).toBeVisible();
    await fillLakeview(page, form);
    await expect(form.getByRole("button", { name: "Download lakeview-college.json" })).toBeVisible();
    await expect(form.locator(".hpsf-problem")).toHaveCount(0);
    await expect(form.getByRole("region", { name: /to check/ })).toBeHidden();

    // The preview reads the form's profile; the snippet keeps the address typed above.
    await expect(preview).toHaveAttribute("school", /^blob:http:/);
    expect(await page.locator("#snippet").inputValue()).not.toContain("school=");
    const card = (id) => preview.locator(".hp-cards > li").filter({ has: page.locator("h5", { hasText: pathName(id) }) });
    await expect(card("coding-professional").locator(".hp-school")).toHaveText("At Lakeview College: Medical Coding Certificate");
    await expect(card("coding-inpatient").locator(".hp-school")).toHaveText("At Lakeview College: Health Information Technology, AAS");
    await expect(preview.locator(".hp-cards > li h5").first()).toHaveText(pathName("coding-professional"));
    await expect(preview.getByRole("button", { name: pathName("him-manager") })).toHaveCount(0);
    await expect(card("him-manager")).toHaveCount(0);
    await expect(preview.getByRole("alert")).toHaveCount(0);

    // Download: the JSON as documented, fields in order, two spaces of indent.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      press(page, form.getByRole("button", { name: "Download lakeview-college.json" }), "Enter"),
    ]);
    expect(download.suggestedFilename()).toBe("lakeview-college.json");
    const text = readFileSync(await download.path(), "utf8");
    expect(JSON.parse(text)).toEqual(EXPECTED);
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(EXPECTED));
    expect(Object.keys(JSON.parse(text).programs[0])).toEqual(Object.keys(EXPECTED.programs[0]));
    expect(text).toBe(`${JSON.stringify(EXPECTED, null, 2)}\n`);
    await expect(form.getByRole("status").filter({ hasText: "lakeview-college.json saved" })).toBeVisible();

    // Loaded into a freshly opened editor, the form and the preview come back the same.
    const again = await page.context().newPage();
    const form2 = await openEditor(again);
    await again.getByLabel("Opens on").selectOption("paths");
    await form2.getByLabel("Load a profile").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(form2.getByLabel("School name")).toHaveValue("Lakeview College");
    await expect(form2.getByLabel("Your school's state, for pay figures")).toHaveValue("TX");
    await expect(form2.getByLabel("Main program's page address")).toHaveValue(EXPECTED.program.url);
    await expect(form2.getByRole("group", { name: "Paths to list first" }).locator("input:checked")).toHaveCount(2);
    const second = form2.getByRole("group", { name: "Program 2: Health Information Technology, AAS" });
    await expect(second.getByLabel("Short id")).toHaveValue("hit-aas");
    await expect(second.getByLabel("How it is taught")).toHaveValue("on_campus");
    await expect(second.getByLabel("Typical length in months (optional)")).toHaveValue("24");
    await expect(second.getByRole("group", { name: "Certifications it prepares for" }).locator("input:checked")).toHaveCount(2);
    await expect(form2.getByRole("status").filter({ hasText: "lakeview-college.json loaded." })).toBeVisible();
    const preview2 = again.locator("#preview");
    const card2 = (id) => preview2.locator(".hp-cards > li").filter({ has: again.locator("h5", { hasText: pathName(id) }) });
    await expect(card2("coding-professional").locator(".hp-school")).toHaveText("At Lakeview College: Medical Coding Certificate");
    await expect(card2("him-manager")).toHaveCount(0);
    const [download2] = await Promise.all([
      again.waitForEvent("download"),
      form2.getByRole("button", { name: "Download lakeview-college.json" }).click(),
    ]);
    expect(readFileSync(await download2.path(), "utf8")).toBe(text);
    expect(errors).toEqual([]);
  });

  test("a problem shows beside its field and in the summary, in the widget's words, and goes when fixed", async ({ page }) => {
    const form = await openEditor(page);
    // An empty form says nothing yet.
    await expect(form.locator(".hpsf-problem")).toHaveCount(0);
    await typeInto(page, form.getByLabel("School name"), "Lakeview College");
    await press(page, form.getByRole("button", { name: "Add a program" }), "Enter");
    const program = form.getByRole("group", { name: /^Program 1/ });
    await page.keyboard.type("Medical Coding Certificate");
    const url = program.getByLabel("Program page address");
    await typeInto(page, url, "javascript:alert(1)");
    await page.keyboard.press("Tab"); // left: now it says what is wrong

    const unsafe = say(EN["problem.unsafe_link"], { url: "javascript:alert(1)" });
    await expect(url).toHaveAttribute("aria-invalid", "true");
    await expect(url).toHaveAccessibleDescription(`${unsafe} ${EN["problem.unsafe_link.fix"]}`);
    await expect(program.locator(".hpsf-problem", { hasText: unsafe })).toBeVisible();
    const summary = form.getByRole("region", { name: "1 thing to check" });
    await expect(summary.getByRole("link")).toHaveText(`Program 1, Program page address: ${unsafe}`);
    // The summary's link takes you to the field.
    await press(page, summary.getByRole("link"), "Enter");
    await expect(url).toBeFocused();

    // Leaving the program names what it still lacks: a path, what it awards, how it is taught.
    await press(page, form.getByRole("button", { name: "Add a program" }), "Enter");
    await expect(form.getByRole("region", { name: "4 things to check" })).toBeVisible();
    const paths = program.getByRole("group", { name: "Career paths it leads to" });
    await expect(paths).toHaveAttribute("aria-invalid", "true");
    await expect(paths).toHaveAccessibleDescription(startsWith(EN["problem.program_leads_nowhere"]));
    await expect(program.getByLabel("What students earn")).toHaveAccessibleDescription(/^Choose what students earn\./);
    // The second program, untouched, says nothing until it is left.
    await expect(form.getByRole("group", { name: "Program 2" }).locator(".hpsf-problem")).toHaveCount(0);
    await press(page, form.getByRole("button", { name: "Remove program 2" }), "Enter");

    // Fixed one by one: each message goes.
    await typeInto(page, url, "https://lakeview.example.edu/hit/coding");
    await expect(url).not.toHaveAttribute("aria-invalid");
    await expect(url).toHaveAccessibleDescription("");
    await press(page, paths.locator('input[value="coding-professional"]'));
    await expect(paths).not.toHaveAttribute("aria-invalid");
    await program.getByLabel("What students earn").focus();
    await page.keyboard.type("Certificate");
    await program.getByLabel("How it is taught").focus();
    await page.keyboard.type("Online");
    await expect(form.locator(".hpsf-problem")).toHaveCount(0);
    await expect(form.getByRole("region", { name: /to check/ })).toBeHidden();
    await expect(page.locator("#preview").getByRole("alert")).toHaveCount(0);

    // Featured and hidden both: the checker's words, beside the featured path's box.
    const featured = form.getByRole("group", { name: "Paths to list first" }).locator('input[value="him-manager"]');
    await press(page, featured);
    await press(page, form.getByRole("group", { name: "Paths to hide" }).locator('input[value="him-manager"]'));
    const both = say(EN["problem.featured_and_hidden"], { id: "him-manager" });
    await expect(featured).toHaveAccessibleDescription(startsWith(both));
    await expect(form.getByRole("region", { name: "1 thing to check" })).toContainText(`Paths to list first, ${pathName("him-manager")}: ${both}`);
  });

  test("removing a program moves focus to the next one and says so", async ({ page }) => {
    const form = await openEditor(page);
    for (const name of ["First", "Second", "Third"]) {
      await press(page, form.getByRole("button", { name: "Add a program" }), "Enter");
      await page.keyboard.type(`${name} program`);
    }
    await press(page, form.getByRole("button", { name: "Remove program 2" }), "Enter");
    // The program after it takes its place, and its number.
    await expect(form.getByRole("heading", { name: "Program 2: Third program" })).toBeFocused();
    await expect(form.getByRole("status").filter({ hasText: "Second program removed." })).toHaveCount(1);
    await expect(form.getByRole("button", { name: "Remove program 3" })).toHaveCount(0);
    // The last one: focus goes to the one before.
    await press(page, form.getByRole("button", { name: "Remove program 2" }), "Enter");
    await expect(form.getByRole("heading", { name: "Program 1: First program" })).toBeFocused();
    // None left: to "Add a program".
    await press(page, form.getByRole("button", { name: "Remove program 1" }), "Enter");
    await expect(form.getByRole("button", { name: "Add a program" })).toBeFocused();
    await expect(form.getByText("No programs yet.")).toBeVisible();
    // An empty form again: the preview goes back to the address typed above (none).
    await expect(page.locator("#preview")).not.toHaveAttribute("school");
  });

  test("a loaded file with an unknown path and an unknown field is shown as it is, with its problems", async ({ page }) => {
    const form = await openEditor(page);
    const profile = structuredClone(EXPECTED);
    profile.programs[0].paths.push("coding-wizard");
    profile.colour = "blue";
    await form.getByLabel("Load a profile").setInputFiles({ name: "odd.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(profile)) });
    await expect(form.getByRole("status").filter({ hasText: "odd.json loaded. Left out, because the form does not know them: colour." })).toBeVisible();
    const box = form.getByRole("group", { name: /^Program 1/ }).getByLabel("coding-wizard (not in the guide's list)");
    await expect(box).toBeChecked();
    const unknown = say(EN["problem.unknown_reference"], { kind: EN["problem.kind.path"], id: "coding-wizard" });
    await expect(box).toHaveAccessibleDescription(startsWith(unknown));
    await expect(form.getByRole("region", { name: "1 thing to check" })).toBeVisible();
    await press(page, box);
    await expect(form.getByRole("region", { name: /to check/ })).toBeHidden();
    // Not JSON: the form says so and keeps what it has.
    await form.getByLabel("Load a profile").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("not json") });
    await expect(form.getByRole("status").filter({ hasText: "notes.json could not be read: it is not a JSON file." })).toBeVisible();
    await expect(form.getByLabel("School name")).toHaveValue("Lakeview College");
  });

  test("in Spanish (?lang=es) the form speaks Spanish, problems in the widget's Spanish words, and the Spanish preview shows the Spanish names", async ({ page }) => {
    const form = await openEditor(page, "?lang=es");
    await expect(page.locator("#school-part")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { name: "Su escuela", level: 2 })).toBeVisible();
    await page.locator("#lang").selectOption("es");
    await page.getByLabel("Opens on").selectOption("paths");
    await typeInto(page, form.getByLabel("Nombre de la escuela"), "Lakeview College");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Texas");
    await expect(form.getByLabel("El estado de su escuela, para las cifras de salario")).toHaveValue("TX");
    await press(page, form.getByRole("button", { name: "Agregar un programa" }), "Enter");
    const program = form.getByRole("group", { name: /^Programa 1/ });
    await page.keyboard.type("Medical Coding Certificate");
    await typeInto(page, program.getByLabel("Nombre en español (opcional)"), "Certificado en Codificación Médica");
    const url = program.getByLabel("Dirección de la página del programa");
    await typeInto(page, url, "javascript:alert(1)");
    await page.keyboard.press("Tab");
    const unsafe = say(ES["problem.unsafe_link"], { url: "javascript:alert(1)" });
    await expect(url).toHaveAccessibleDescription(`${unsafe} ${ES["problem.unsafe_link.fix"]}`);
    await expect(form.getByRole("region", { name: "1 cosa que revisar" }).getByRole("link")).toHaveText(
      `Programa 1, Dirección de la página del programa: ${unsafe}`,
    );
    expect(await axeViolations(page)).toEqual([]);

    await typeInto(page, url, "https://lakeview.example.edu/hit/coding");
    await program.getByLabel("Qué obtienen los estudiantes").focus();
    await page.keyboard.type("Certificado");
    await program.getByLabel("Cómo se enseña").focus();
    await page.keyboard.type("En parte");
    const paths = program.getByRole("group", { name: "Rutas profesionales a las que lleva" });
    // The paths by their Spanish names, from the Spanish dataset.
    const box = paths.getByLabel("Codificación médica: consultorios médicos (codificación profesional)");
    await press(page, box);
    await expect(form.locator(".hpsf-problem")).toHaveCount(0);
    const preview = page.locator("#preview");
    await expect(preview.locator(".hp-school").first()).toHaveText("En Lakeview College: Certificado en Codificación Médica");
    await expect(form.getByRole("button", { name: "Descargar lakeview-college.json" })).toBeVisible();
  });

  test("axe finds nothing on the form with problems shown, in English and in Spanish", async ({ page }) => {
    for (const [query, add, remove] of [["", "Add a program", "Remove program"], ["?lang=es", "Agregar un programa", "Quitar el programa"]]) {
      const form = await openEditor(page, query);
      await press(page, form.getByRole("button", { name: add }), "Enter");
      await page.keyboard.type("Coding");
      await press(page, form.getByRole("button", { name: add }), "Enter");
      await press(page, form.getByRole("button", { name: `${remove} 2` }), "Enter");
      // Left: every problem of the first program shows, and the summary.
      await expect(form.locator(".hpsf-problem")).toHaveCount(4);
      await expect(form.getByRole("region")).toBeVisible();
      expect(await axeViolations(page), query).toEqual([]);
    }
  });

  test("at 320 px wide, the form with its problems scrolls only up and down", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const form = await openEditor(page);
    await typeInto(page, form.getByLabel("School name"), "Lakeview Community and Technical College of the Northern Plains");
    await press(page, form.getByRole("button", { name: "Add a program" }), "Enter");
    await page.keyboard.type("Health Information Technology, Associate of Applied Science");
    await typeInto(page, form.getByLabel("Program page address"), "javascript:alert('a-very-long-address-that-does-not-break-anywhere-at-all')");
    await press(page, form.getByRole("button", { name: "Download lakeview-community-and-technical-college-of-the-northern-plains.json" }), "Enter");
    await expect(form.getByRole("region", { name: /things to check/ })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // Nothing of the form pokes out of the page either (its messages wrap).
    const poking = await form.evaluate((root) =>
      [...root.querySelectorAll("*")]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(poking).toEqual([]);
  });

  test("under a strict Content-Security-Policy the form and its preview work, with nothing blocked", async ({ page }) => {
    const errors = watchErrors(page);
    await page.route("**/editor.html", async (route) => {
      const response = await route.fetch();
      route.fulfill({
        response,
        headers: {
          ...response.headers(),
          "content-security-policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' blob:",
        },
      });
    });
    await page.addInitScript(() => {
      window.blocked = [];
      document.addEventListener("securitypolicyviolation", (e) => window.blocked.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const form = await openEditor(page);
    await page.getByLabel("Opens on").selectOption("paths");
    await typeInto(page, form.getByLabel("School name"), "Lakeview College");
    await press(page, form.getByRole("button", { name: "Add a program" }), "Enter");
    const program = form.getByRole("group", { name: /^Program 1/ });
    await fillProgram(page, program, EXPECTED.programs[0]);
    await expect(page.locator("#preview .hp-school").first()).toHaveText("At Lakeview College: Medical Coding Certificate");
    await typeInto(page, program.getByLabel("Program page address"), "javascript:alert(1)");
    await page.keyboard.press("Tab");
    await expect(form.getByRole("region", { name: "1 thing to check" })).toBeVisible();
    expect(await page.evaluate(() => window.blocked)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
