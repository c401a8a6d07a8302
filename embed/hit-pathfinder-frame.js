// For pages that embed HIT Pathfinder in an iframe (embed.html): resizes each frame marked
// data-hit-pathfinder to the height its content reports. A message counts only when it
// comes from that frame's window and from the frame's own origin.
//
//   <iframe src="https://your-site.example/hit-pathfinder/embed.html?view=quiz"
//           title="Health information career guide" data-hit-pathfinder
//           style="width: 100%; border: 0"></iframe>
//   <script src="https://your-site.example/hit-pathfinder/hit-pathfinder-frame.js" defer></script>
(() => {
  if (window.hitPathfinderFrames) return; // included twice: once is enough
  window.hitPathfinderFrames = true;
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || data.type !== "hit-pathfinder:height") return;
    for (const frame of document.querySelectorAll("iframe[data-hit-pathfinder]")) {
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, location.href).origin) continue;
      const height = Math.min(Math.max(Math.ceil(Number(data.height)) || 0, 150), 20000);
      frame.style.height = `${height}px`;
    }
  });
})();
