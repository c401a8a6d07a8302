// Inside the iframe fallback (embed.html): takes the widget's options from the query string,
// and tells the page that holds the frame how tall the content is, so it can size the frame.
const OPTIONS = ["dataset", "view", "lang", "program-url", "program-name"];
const widget = document.getElementById("widget");
const query = new URLSearchParams(location.search);
for (const name of OPTIONS) {
  const value = query.get(name);
  if (value !== null) widget.setAttribute(name, value);
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
