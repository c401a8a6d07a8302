// Settings > HIT Pathfinder, "Your school's programs": mounts the widget's profile form
// (school-form.js, in the widget's folder, at the address in data-form, which the page also
// enqueues, so that it runs once), keeps the hidden field the settings form saves
// (hit_pathfinder_school_profile[json]) in step with it, and shows the profile in the live
// widget beside it through a blob: address (which the widget accepts for a profile only).
// Every word is on the page already (translated by WordPress): this script has none.

const root = document.getElementById("hit-pathfinder-programs");
if (root) start(root);

/** The JSON of a form left empty (no name, no programs, nothing else): no profile. */
function isEmpty(json) {
  try {
    const profile = JSON.parse(json);
    return Object.keys(profile).every((key) => {
      const value = profile[key];
      if (key === "schema_version" || key === "$schema") return true;
      return value === "" || value === null || (Array.isArray(value) && value.length === 0);
    });
  } catch {
    return false;
  }
}

async function start(root) {
  const field = document.getElementById("hit-pathfinder-programs-json");
  const container = document.getElementById("hit-pathfinder-programs-form");
  const preview = root.querySelector(".hit-pathfinder-programs-preview hit-pathfinder");
  let mountSchoolForm;
  try {
    ({ mountSchoolForm } = await import(root.dataset.form));
  } catch (error) {
    container.querySelector(".hit-pathfinder-programs-loading")?.remove();
    container.querySelector(".hit-pathfinder-programs-failed").hidden = false;
    console.error("HIT Pathfinder: the profile form could not be loaded:", error);
    return;
  }

  let blob = "";
  let timer = 0;
  /** The preview shows the form's profile as it stands (none when the form is empty). */
  function showInPreview(json) {
    if (blob) URL.revokeObjectURL(blob);
    blob = "";
    if (isEmpty(json)) {
      preview.removeAttribute("school");
      return;
    }
    blob = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    preview.setAttribute("school", blob);
  }

  // The stored profile stays what is saved until the form's profile differs from the one it
  // started with: a profile the form cannot read, or shows differently, is not rewritten by
  // saving the other settings.
  let first = null;
  mountSchoolForm(container, {
    lang: root.dataset.lang,
    datasetUrl: root.dataset.dataset,
    value: field.value,
    onChange(json) {
      if (first === null) first = json;
      if (json !== first) field.value = isEmpty(json) ? "" : json;
      clearTimeout(timer);
      timer = setTimeout(() => showInPreview(json), 300);
    },
  });
}
