// ?width=390&height=800&src=/index.html: the frame's size and the page it shows.
const query = new URLSearchParams(location.search);
const frame = document.getElementById("phone");
frame.style.width = `${Number(query.get("width") ?? 390)}px`;
frame.style.height = `${Number(query.get("height") ?? 800)}px`;
frame.src = query.get("src") ?? "/index.html";
