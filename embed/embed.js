// Inside the iframe fallback (embed.html): takes the widget's options from the query string,
// and tells the page that holds the frame how tall the content is, so it can size the frame.
const widget = document.getElementById("widget");
const query = new URLSearchParams(location.search);

// Anyone can write a link to this page. Opened on its own, under this site's address, it takes
// options that name an address only from this site, so a link cannot show a stranger's dataset,
// school profile (whose programs are links) or call to action as this site's. In a frame, the
// address bar shows the page that holds the frame, which chose the options: any is taken (the
// widget still refuses unsafe links).
const framed = window.parent !== window;
/** True when the address (relative to this page) may be used. */
function isTrusted(value) {
  if (framed) return true;
  try {
    return new URL(value, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

for (const name of ["view", "lang"]) {
  const value = query.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
// The state whose pay shows beside the national figures: the USPS code of a US state or DC,
// in any case (ASCII letters, as the widget reads it); anything else is left out.
const REGIONS = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(" "),
);
const region = query.get("region")?.trim() ?? "";
if (region !== "") {
  const code = /^[a-z]{2}$/i.test(region) ? region.toUpperCase() : "";
  if (REGIONS.has(code)) widget.setAttribute("region", code);
  else console.warn("hit-pathfinder embed.html: ignored a region that is not the code of a US state or DC:", region);
}
const dataset = query.get("dataset");
if (dataset !== null) {
  // `{lang}` stands for the language's tag in a dataset's address.
  if (isTrusted(dataset.replaceAll("{lang}", "en"))) widget.setAttribute("dataset", dataset);
  else console.warn("hit-pathfinder embed.html: ignored a dataset from another site:", dataset);
}
const school = query.get("school");
if (school !== null) {
  if (isTrusted(school)) widget.setAttribute("school", school);
  else console.warn("hit-pathfinder embed.html: ignored a school profile from another site:", school);
}
const programUrl = query.get("program-url");
if (programUrl !== null) {
  if (isTrusted(programUrl)) {
    widget.setAttribute("program-url", new URL(programUrl, location.href).href);
    const programName = query.get("program-name");
    if (programName !== null) widget.setAttribute("program-name", programName);
  } else {
    console.warn("hit-pathfinder embed.html: ignored a program link to another site:", programUrl);
  }
}
if (query.get("lang")) document.documentElement.lang = query.get("lang");

if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      // Only a number leaves the frame; the page checks where it came from.
      window.parent.postMessage({ type: "hit-pathfinder:height", height }, "*");
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
