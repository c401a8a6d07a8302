const view = new URLSearchParams(location.search).get("view");
if (view) document.getElementById("widget").setAttribute("view", view);
