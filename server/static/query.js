// The query page: pick a saved query, edit, run against /sparql (or /queries/<name> with bound parameters),
// show the rows, link IRIs under the base to their pages, offer the result as CSV/TSV/JSON/XML.
"use strict";

(function () {
  const page = document.getElementById("query-page");
  if (!page) return;
  const endpoint = page.dataset.endpoint;
  const base = page.dataset.base;
  const resourcePrefix = page.dataset.resource;
  const ontologyPage = page.dataset.ontology;
  const saved = JSON.parse(document.getElementById("saved-queries").textContent);
  const byName = new Map(saved.map((q) => [q.name, q]));
  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const select = document.getElementById("examples");
  const description = document.getElementById("example-description");
  const status = document.getElementById("status");
  const errorBox = document.getElementById("error");
  const table = document.getElementById("results");
  const downloads = document.getElementById("downloads");
  let paramBox = null;

  function currentSaved() {
    // A saved query runs with its bound parameters only while its text is unchanged.
    const q = byName.get(select.value);
    return q && editor.value === q.sparql ? q : null;
  }

  function showParams(q) {
    if (paramBox) paramBox.remove();
    paramBox = null;
    if (!q || !q.params.length) return;
    paramBox = document.createElement("fieldset");
    paramBox.className = "params";
    const legend = document.createElement("legend");
    legend.textContent = "Parameters (bound as RDF terms; edit the query text to drop them)";
    paramBox.appendChild(legend);
    for (const p of q.params) {
      const label = document.createElement("label");
      const name = document.createElement("span");
      name.textContent = p.name + (p.required ? " *" : "") + " (" + p.type + ")";
      const input = document.createElement("input");
      input.name = p.name;
      input.dataset.param = p.name;
      // A required parameter starts at its example; an optional one starts empty ("any"), its example shown.
      input.value = p.required ? p.example || p.default || "" : p.default || "";
      input.placeholder = p.example ? "e.g. " + p.example : p.type;
      input.title = p.description || "";
      label.append(name, input);
      paramBox.appendChild(label);
    }
    description.after(paramBox);
  }

  function pick() {
    const q = byName.get(select.value);
    description.textContent = q ? q.description : "";
    if (q) editor.value = q.sparql;
    showParams(q);
  }

  function paramValues() {
    const values = new URLSearchParams();
    if (!paramBox) return values;
    for (const input of paramBox.querySelectorAll("input[data-param]")) {
      if (input.value.trim() !== "") values.set(input.dataset.param, input.value.trim());
    }
    return values;
  }

  function resultUrl(format) {
    const q = currentSaved();
    if (q) {
      const params = paramValues();
      params.set("format", format);
      return "/queries/" + encodeURIComponent(q.name) + "?" + params.toString();
    }
    return endpoint + "?" + new URLSearchParams({ query: editor.value, format: format }).toString();
  }

  const ontology = "https://w3id.org/conflict-kg/ontology";
  const prefixes = [
    ["etype:", ontology + "/engagement-type/"],
    ["acat:", ontology + "/actor-category/"],
    ["kg:", ontology + "#"],
    ["res:", base],
    ["wd:", "http://www.wikidata.org/entity/"],
  ];

  function shorten(iri) {
    for (const [prefix, ns] of prefixes) {
      if (iri.startsWith(ns) && iri.length > ns.length) return prefix + iri.slice(ns.length);
    }
    return iri;
  }

  function href(iri) {
    // Our resources open their page, ontology terms their section of /ontology; other IRIs go where they point.
    if (iri.startsWith(base) && iri.length > base.length) return resourcePrefix + iri.slice(base.length);
    if (iri.startsWith(ontology)) return ontologyPage + "#" + iri.split(/[#/]/).pop();
    return iri;
  }

  function link(iri, text) {
    const a = document.createElement("a");
    a.textContent = text || iri;
    a.title = iri;
    a.href = href(iri);
    return a;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      td.appendChild(link(term.value, shorten(term.value)));
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
      else if (term.datatype) td.title = term.datatype;
      if (term.datatype && /#(integer|decimal|double|float|nonNegativeInteger)$/.test(term.datatype)) {
        td.className = "num";
      }
    }
    return td;
  }

  function render(vars, rows) {
    const thead = table.tHead;
    const tbody = table.tBodies[0];
    thead.replaceChildren();
    tbody.replaceChildren();
    const head = document.createElement("tr");
    for (const v of vars) {
      const th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    }
    thead.appendChild(head);
    for (const row of rows) {
      const tr = document.createElement("tr");
      for (const v of vars) tr.appendChild(cell(row[v]));
      tbody.appendChild(tr);
    }
    table.hidden = false;
  }

  function parseNTriples(text) {
    // Enough of N-Triples for display: IRIs, blank nodes and literals with their tag or datatype.
    const term = /<([^>]*)>|(_:\S+)|"((?:[^"\\]|\\.)*)"(?:@[\w-]+|\^\^<[^>]*>)?/g;
    const rows = [];
    for (const line of text.split("\n")) {
      const found = [...line.matchAll(term)].slice(0, 3);
      if (found.length < 3) continue;
      const row = {};
      ["subject", "predicate", "object"].forEach((name, i) => {
        const m = found[i];
        if (m[1] !== undefined) row[name] = { type: "uri", value: m[1] };
        else if (m[2] !== undefined) row[name] = { type: "bnode", value: m[2] };
        else row[name] = { type: "literal", value: JSON.parse('"' + m[3] + '"') };
      });
      rows.push(row);
    }
    return rows;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  async function run(event) {
    if (event) event.preventDefault();
    errorBox.hidden = true;
    status.textContent = "Running…";
    const q = currentSaved();
    const started = performance.now();
    let response;
    try {
      const headers = { Accept: "application/sparql-results+json, application/n-triples;q=0.9" };
      if (q) {
        const params = paramValues();
        response = await fetch("/queries/" + encodeURIComponent(q.name) + "?" + params.toString(), { headers });
      } else {
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        const body = new URLSearchParams({ query: editor.value }).toString();
        response = await fetch(endpoint, { method: "POST", headers, body });
      }
    } catch (err) {
      status.textContent = "";
      showError("The server could not be reached: " + err);
      return;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      status.textContent = "";
      let message = response.status + " " + response.statusText;
      try {
        const body = await response.json();
        message = body.error + " (" + body.status + "): " + body.message;
      } catch (_) { /* not the JSON error shape: keep the status line */ }
      showError(message);
      table.hidden = true;
      downloads.hidden = true;
      return;
    }
    const truncated = response.headers.get("X-Result-Truncated") === "true";
    let count = 0;
    let graph = false;
    if (type.startsWith("application/sparql-results+json")) {
      const data = await response.json();
      if ("boolean" in data) {
        render(["answer"], [{ answer: { type: "literal", value: String(data.boolean) } }]);
        count = 1;
      } else {
        render(data.head.vars, data.results.bindings);
        count = data.results.bindings.length;
      }
    } else {
      const rows = parseNTriples(await response.text());
      render(["subject", "predicate", "object"], rows);
      count = rows.length;
      graph = true;
    }
    status.textContent = count + (graph ? " triples" : count === 1 ? " row" : " rows") + " in " + seconds + " s" +
      (truncated ? " — cut at the row limit: download a dump for everything" : "");
    for (const a of downloads.querySelectorAll("a[data-format]")) {
      const formats = graph ? { csv: "turtle", tsv: "ntriples", json: "jsonld", xml: "rdfxml" } : null;
      const format = formats ? formats[a.dataset.format] : a.dataset.format;
      a.href = resultUrl(format);
      a.textContent = graph ? { turtle: "Turtle", ntriples: "N-Triples", jsonld: "JSON-LD", rdfxml: "RDF/XML" }[format]
        : a.dataset.format.toUpperCase();
    }
    downloads.hidden = false;
  }

  select.addEventListener("change", pick);
  form.addEventListener("submit", run);
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run(event);
  });
  if (select.value) {
    const q = byName.get(select.value);
    description.textContent = q ? q.description : "";
    showParams(q);
  }
})();
