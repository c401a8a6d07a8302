// The plugin on the same WordPress switched to Spanish (e2e.sh sets WPLANG to es_ES after
// wordpress.spec.js): its own translations load in the settings page and in the block's
// sidebar. WordPress's own words stay English here (Debian ships no core translations).
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const posts = JSON.parse(readFileSync(process.env.HP_WP_POSTS, "utf8"));
const ADMIN_PASSWORD = process.env.HP_WP_ADMIN_PASSWORD;

async function logIn(page, user, password) {
  await page.goto("/wp-login.php");
  await expect(page.locator("#user_login")).toBeFocused();
  await page.locator("#user_login").fill(user);
  await page.locator("#user_pass").fill(password);
  await page.locator("#wp-submit").click();
  await page.waitForURL(/wp-admin/);
}

test.describe("HIT Pathfinder on a Spanish WordPress", () => {
  test("the settings page and the block's sidebar are in Spanish", async ({ page }) => {
    await logIn(page, "admin", ADMIN_PASSWORD);
    await page.goto("/wp-admin/options-general.php?page=hit-pathfinder");
    expect(await page.locator("html").getAttribute("lang")).toBe("es-ES");
    await expect(page.getByRole("heading", { name: "Valores predeterminados de cada widget" })).toBeVisible();
    await expect(page.getByLabel("Enlace del programa")).toBeVisible();
    await expect(page.locator(".form-table").getByLabel("Nombre del programa", { exact: true })).toBeVisible();
    await expect(page.getByLabel("URL del conjunto de datos")).toBeVisible();
    await expect(page.getByLabel("Dirección del perfil de la escuela")).toBeVisible();
    await expect(page.getByLabel("Cargar los archivos del widget desde")).toBeVisible();
    await expect(page.getByText("Coloque el widget con el bloque")).toBeVisible();
    await expect(page.locator("#hit-pathfinder-lang option[value='']")).toHaveText("El idioma del sitio");
    // The school's programs: the section, and the profile form in the administrator's Spanish,
    // holding the saved profile.
    await expect(page.getByRole("heading", { name: "Los programas de su escuela" })).toBeVisible();
    await expect(page.getByLabel("Mostrar estos programas en los widgets que no nombran otro perfil de escuela")).toBeChecked();
    const form = page.locator("#hit-pathfinder-programs-form");
    await expect(form.getByLabel("Nombre de la escuela")).toHaveValue("Lakeview College");
    await expect(form.getByRole("button", { name: "Agregar un programa" })).toBeVisible();
    await expect(page.locator(".hit-pathfinder-programs-preview hit-pathfinder")).toHaveAttribute("lang", "es");
    if (process.env.HP_WP_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.HP_WP_SCREENSHOTS}/settings-es.png`, fullPage: true });
    }

    await page.goto(`/wp-admin/post.php?post=${posts.blockId}&action=edit`);
    const welcome = page.getByRole("button", { name: "Close dialog" });
    await welcome.click({ timeout: 10_000 }).catch(() => {});
    const block = page.locator("[data-type='hit-pathfinder/widget']");
    await expect(block.locator("hit-pathfinder")).toHaveCount(1, { timeout: 30_000 });
    await block.click({ position: { x: 3, y: 3 } });
    await expect(page.getByLabel("Se abre con")).toBeVisible();
    await expect(page.getByRole("button", { name: "Su programa" })).toBeVisible();
    await expect(page.getByLabel("Enlace del programa")).toBeVisible();
    await expect(page.getByLabel("Se abre con").locator("option[value='paths']")).toHaveText("Rutas profesionales");
    if (process.env.HP_WP_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.HP_WP_SCREENSHOTS}/editor-sidebar-es.png` });
    }
  });
});
