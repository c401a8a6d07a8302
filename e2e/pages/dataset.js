const query = new URLSearchParams(location.search);
for (const name of ["dataset", "school", "lang", "region"]) {
  if (query.get(name)) document.getElementById("widget").setAttribute(name, query.get(name));
}
document.getElementById("after").addEventListener("click", (e) => { e.target.textContent = "clicked"; });
