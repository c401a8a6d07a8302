const dataset = new URLSearchParams(location.search).get("dataset");
if (dataset) document.getElementById("widget").setAttribute("dataset", dataset);
document.getElementById("after").addEventListener("click", (e) => { e.target.textContent = "clicked"; });
