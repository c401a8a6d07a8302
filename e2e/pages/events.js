// Records the widget's events the way a school's analytics would.
window.hostEvents = [];
for (const name of ["quiz-complete", "compare", "cta"]) {
  document.addEventListener(`hit-pathfinder:${name}`, (event) => {
    window.hostEvents.push({ type: event.type, target: event.target.id, detail: JSON.parse(JSON.stringify(event.detail)) });
  });
}
