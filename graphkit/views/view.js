// The view's behaviour. Every text from the data goes in with textContent
// (or vis-network's innerText for plain strings): nothing is parsed as HTML.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const GLYPHS = {
    dot: "\u25CF", square: "\u25A0", diamond: "\u25C6",
    triangle: "\u25B2", star: "\u2605", triangleDown: "\u25BC",
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  const nodesById = new Map(data.nodes.map((node) => [node.id, node]));

  function nodeTip(node) {
    const tip = el("div", "tip");
    tip.append(el("div", "name", node.label));
    tip.append(el("div", "meta", node.group + " \u00B7 " + node.key));
    if (node.aliases && node.aliases.length) {
      tip.append(el("div", "aliases", "Also: " + node.aliases.join("; ")));
    }
    return tip;
  }

  function edgeTip(edge) {
    const tip = el("div", "tip");
    const source = nodesById.get(edge.from);
    const target = nodesById.get(edge.to);
    tip.append(el("div", "name",
      (source ? source.label : edge.from) + " \u2014" + edge.label + "\u2192 " +
      (target ? target.label : edge.to)));
    const facts = [edge.count + (edge.count === 1 ? " post" : " posts")];
    if (edge.confidence !== null && edge.confidence !== undefined) {
      facts.push("confidence " + Number(edge.confidence).toFixed(2));
    }
    // Without first_seen/last_seen the evidence holds every date.
    const dates = (edge.evidence || []).map((row) => row[0]).filter(Boolean).sort();
    const first = edge.first_seen || dates[0];
    const last = edge.last_seen || dates[dates.length - 1];
    if (first || last) facts.push(first === last ? first : (first || "?") + " to " + (last || "?"));
    if (edge.modality && edge.modality !== "asserted") facts.push(edge.modality);
    tip.append(el("div", "meta", facts.join(" \u00B7 ")));
    const list = el("ol");
    for (const [date, post, sentence] of edge.evidence || []) {
      const item = el("li");
      item.append(el("div", "sentence", sentence));
      item.append(el("div", "source", (date || "undated") + " \u00B7 post " + post));
      list.append(item);
    }
    tip.append(list);
    const shown = (edge.evidence || []).length;
    if (edge.count > shown) {
      tip.append(el("div", "meta", "and " + (edge.count - shown) + " more posts (all in the store)"));
    }
    return tip;
  }

  document.getElementById("footer").textContent = data.footer;

  for (const node of data.nodes) node.title = nodeTip(node);
  for (const edge of data.edges) edge.title = edgeTip(edge);
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);

  const visibleTypes = new Set(data.types.map((t) => t.name));
  const visibleRelations = new Set(data.relations);
  const nodesView = new vis.DataView(nodes, { filter: (n) => visibleTypes.has(n.group) });
  const edgesView = new vis.DataView(edges, { filter: (e) => visibleRelations.has(e.label) });

  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);
  network.once("afterDrawing", () => { window.__drawnAt = performance.now(); });
  network.fit({ animation: false });

  // Legend with the filters: one checkbox per entity type and per relation.
  function filterItem(list, glyph, colour, name, count, visible, view) {
    const item = el("li");
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", () => {
      if (box.checked) visible.add(name); else visible.delete(name);
      view.refresh();
    });
    const mark = el("span", "glyph", glyph);
    mark.style.color = colour;
    label.append(box, mark, el("span", "label", name), el("span", "count", count));
    item.append(label);
    list.append(item);
  }
  const typeList = document.getElementById("legend-types");
  for (const type of data.types) {
    filterItem(typeList, GLYPHS[type.shape] || GLYPHS.dot, type.color, type.name, type.count,
      visibleTypes, nodesView);
  }
  const relationCounts = new Map();
  for (const edge of data.edges) {
    relationCounts.set(edge.label, (relationCounts.get(edge.label) || 0) + 1);
  }
  const relationList = document.getElementById("legend-relations");
  for (const relation of data.relations) {
    filterItem(relationList, "\u2192", "#555", relation, relationCounts.get(relation),
      visibleRelations, edgesView);
  }

  // Details of the clicked actor or relation, kept until the next click.
  const details = document.getElementById("details");
  function showDetails(tip) { details.replaceChildren(tip); }
  network.on("click", (params) => {
    if (params.nodes.length) showDetails(nodeTip(nodes.get(params.nodes[0])));
    else if (params.edges.length) showDetails(edgeTip(edges.get(params.edges[0])));
  });

  // Search by name, alias or key: exact match first, then the first containing it.
  const datalist = document.getElementById("actor-names");
  const byName = new Map();
  for (const node of data.nodes) {
    for (const name of [node.label, node.key, ...(node.aliases || [])]) {
      const key = String(name).toLowerCase();
      if (!byName.has(key)) byName.set(key, node.id);
    }
    const option = el("option");
    option.value = node.label;
    datalist.append(option);
  }
  const status = document.getElementById("search-status");
  function find(query) {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return null;
    if (byName.has(wanted)) return byName.get(wanted);
    for (const [name, id] of byName) if (name.includes(wanted)) return id;
    return null;
  }
  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    const query = document.getElementById("search-input").value;
    const id = find(query);
    if (id === null) {
      status.textContent = query.trim() ? "No actor matches \u201C" + query.trim() + "\u201D" : "";
      return;
    }
    const node = nodes.get(id);
    status.textContent = visibleTypes.has(node.group) ? "" : node.group + " is hidden by the filter";
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
    showDetails(nodeTip(node));
  });

  document.getElementById("physics").addEventListener("change", (event) => {
    const on = event.target.checked;
    network.setOptions({ physics: { enabled: on } });
    if (on) network.startSimulation(); else network.stopSimulation();
  });
  document.getElementById("fit").addEventListener("click", () => network.fit());

  window.graphkitView = { network, nodes, edges, find };
})();
