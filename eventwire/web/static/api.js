/* API page: the endpoints, read from our own /openapi.json (no Swagger UI: it would load from a CDN). */
"use strict";
EW.start(async () => {
  const {h, $} = EW;
  const doc = await EW.api("/openapi.json");
  const box = $("endpoints");
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []).map((p) => h("tr", {}, h("td", {}, h("code", {}, p.name)),
        h("td", {}, p.description || "")));
      box.appendChild(h("div", {class: "ep"},
        h("div", {}, h("span", {class: "method"}, method.toUpperCase()), h("code", {}, path), " ", h("strong", {}, op.summary || "")),
        op.description ? h("p", {class: "hint"}, op.description) : null,
        params.length ? h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "parameter"), h("th", {}, "meaning"))),
          h("tbody", {}, params)) : null));
    }
  }
});
