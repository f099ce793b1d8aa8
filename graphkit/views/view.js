// The view's behaviour. Every text from the data goes in with textContent
// (or vis-network's innerText for plain strings): nothing is parsed as HTML.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const GLYPHS = {
    dot: "\u25CF", square: "\u25A0", diamond: "\u25C6",
    triangle: "\u25B2", star: "\u2605", triangleDown: "\u25BC",
  };
  // Labels: their size on screen, how many at most, and the zoom from which
  // every visible relation is labelled (below it, only the hovered one).
  const LABEL_PX = 13;
  const LABEL_FONT = LABEL_PX + "px system-ui, sans-serif";
  const FOCUS_FONT = "bold " + LABEL_FONT;
  const MAX_LABELS = 600;
  const EDGE_LABEL_SCALE = 1.5;
  const MAX_EDGE_LABELS = 300;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function plural(count, word) {
    return count.toLocaleString("en") + " " + word + (count === 1 ? "" : "s");
  }

  const nodesById = new Map(data.nodes.map((node) => [node.id, node]));
  const edgesById = new Map(data.edges.map((edge) => [edge.id, edge]));
  const edgesOf = new Map(data.nodes.map((node) => [node.id, []]));
  for (const edge of data.edges) {
    edgesOf.get(edge.from).push(edge);
    if (edge.to !== edge.from) edgesOf.get(edge.to).push(edge);
  }
  const nameOf = (id) => (nodesById.has(id) ? nodesById.get(id).name : String(id));

  // --- Filters: types, relations, dates -------------------------------------------
  const visibleTypes = new Set(data.types.map((t) => t.name));
  const visibleRelations = new Set(data.relations);
  // Each edge's dated posts come as [day, posts, ...], each day counted from the
  // one before (the first from 1970-01-01); decoded once into [[day, posts], ...].
  const DAY_MS = 86400000;
  const dayOf = (iso) => Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS);
  const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  for (const edge of data.edges) {
    const runs = [];
    let day = 0;
    for (let i = 0; i + 1 < edge.days.length; i += 2) {
      day += edge.days[i];
      runs.push([day, edge.days[i + 1]]);
    }
    edge.runs = runs;
    delete edge.days;
  }
  const range = { from: "", to: "", fromDay: -Infinity, toDay: Infinity };
  function setRangeValues(from, to) {
    range.from = from || "";
    range.to = to || "";
    range.fromDay = range.from ? dayOf(range.from) : -Infinity;
    range.toDay = range.to ? dayOf(range.to) : Infinity;
  }
  setRangeValues(data.dates.since, data.dates.until);
  const timeActive = () => Boolean(range.from || range.to);
  const inRange = (date) =>
    Boolean(date) && (!range.from || date >= range.from) && (!range.to || date <= range.to);

  function postsInRange(edge) {
    if (!timeActive()) return edge.count;
    let posts = 0;
    for (const [day, count] of edge.runs) {
      if (day >= range.fromDay && day <= range.toDay) posts += count;
    }
    return posts;
  }
  function evidenceInRange(edge) {
    return edge.evidence.filter(([date]) => !timeActive() || inRange(date));
  }
  function edgeDates(edge) {
    const inside = edge.runs.map(([day]) => day)
      .filter((day) => day >= range.fromDay && day <= range.toDay);
    // first_seen/last_seen travel only when the runs were cut short.
    const whole = !timeActive() && (edge.first_seen || edge.last_seen);
    const first = whole ? edge.first_seen : inside.length ? isoOf(inside[0]) : "";
    const last = whole ? edge.last_seen : inside.length ? isoOf(inside[inside.length - 1]) : "";
    if (!first && !last) return "undated";
    return first === last ? first : (first || "?") + " to " + (last || "?");
  }

  let visibleEdgeIds = new Set();
  let visibleNodeIds = new Set();
  function computeVisible() {
    const degree = new Map();
    const edgesShown = new Set();
    for (const edge of data.edges) {
      if (!visibleRelations.has(edge.relation)) continue;
      if (!visibleTypes.has(nodesById.get(edge.from).group)) continue;
      if (!visibleTypes.has(nodesById.get(edge.to).group)) continue;
      if (timeActive() && postsInRange(edge) === 0) continue;
      edgesShown.add(edge.id);
      degree.set(edge.from, (degree.get(edge.from) || 0) + 1);
      degree.set(edge.to, (degree.get(edge.to) || 0) + 1);
    }
    const nodesShown = new Set();
    for (const node of data.nodes) {
      if (!visibleTypes.has(node.group)) continue;
      // Under a date range, an actor left without a relation in it goes too.
      if (timeActive() && !degree.get(node.id)) continue;
      nodesShown.add(node.id);
    }
    visibleEdgeIds = edgesShown;
    visibleNodeIds = nodesShown;
  }
  computeVisible();

  // --- Tooltips and the details panel ---------------------------------------------
  function nodeTip(node) {
    const tip = el("div", "tip");
    tip.append(el("div", "name", node.name));
    tip.append(el("div", "meta", node.group + " \u00B7 " + node.key));
    if (node.aliases && node.aliases.length) {
      tip.append(el("div", "aliases", "Also: " + node.aliases.join("; ")));
    }
    tip.append(el("div", "meta", plural(node.weight, "post") + " on its relations"));
    return tip;
  }

  function evidenceList(edge) {
    const list = el("ol");
    for (const [date, post, sentence] of evidenceInRange(edge)) {
      const item = el("li");
      item.append(el("div", "sentence", sentence));
      item.append(el("div", "source", (date || "undated") + " \u00B7 post " + post));
      list.append(item);
    }
    return list;
  }
  function moreNote(edge) {
    const more = postsInRange(edge) - evidenceInRange(edge).length;
    return more > 0 ? el("div", "meta", "and " + plural(more, "more post") + " (all in the store)") : null;
  }

  function edgeTip(edge) {
    const tip = el("div", "tip");
    tip.append(el("div", "name",
      nameOf(edge.from) + " \u2014" + edge.relation + "\u2192 " + nameOf(edge.to)));
    const posts = postsInRange(edge);
    const facts = [plural(posts, "post") + (timeActive() ? " in the date range" : "")];
    if (edge.confidence !== null && edge.confidence !== undefined) {
      facts.push("confidence " + Number(edge.confidence).toFixed(2));
    }
    facts.push(edgeDates(edge));
    if (edge.modality && edge.modality !== "asserted") facts.push(edge.modality);
    tip.append(el("div", "meta", facts.join(" \u00B7 ")));
    tip.append(evidenceList(edge));
    const more = moreNote(edge);
    if (more) tip.append(more);
    return tip;
  }

  const details = document.getElementById("details");
  let shownActor = null;
  let shownEdge = null;

  function actorButton(id) {
    const button = el("button", "actor", nameOf(id));
    button.type = "button";
    button.addEventListener("click", () => showActor(id, true));
    return button;
  }

  function actorPanel(node) {
    const panel = el("div", "tip");
    panel.append(el("h3", "name", node.name));
    panel.append(el("div", "meta", node.group + " \u00B7 " + node.key +
      (node.focus ? " \u00B7 the focus of this view" : "")));
    if (node.aliases && node.aliases.length) {
      panel.append(el("div", "aliases", "Also: " + node.aliases.join("; ")));
    }
    if (node.left_out) {
      panel.append(el("div", "meta", plural(node.left_out, "related actor") +
        " not drawn in this overview"));
    }
    const mine = edgesOf.get(node.id).filter((edge) => visibleEdgeIds.has(edge.id));
    const hiddenHere = edgesOf.get(node.id).length - mine.length;
    const groups = new Map();
    for (const edge of mine) {
      const symmetric = edge.arrows && edge.arrows.to && edge.arrows.to.enabled === false;
      const direction = symmetric ? "with" : edge.from === node.id ? "to" : "from";
      const key = edge.relation + " " + direction;
      if (!groups.has(key)) groups.set(key, { relation: edge.relation, direction, edges: [], posts: 0 });
      const group = groups.get(key);
      group.edges.push(edge);
      group.posts += postsInRange(edge);
    }
    const relations = el("div", "relations");
    relations.append(el("h4", null, "Relations" + (timeActive() ? " in the date range" : "")));
    for (const group of [...groups.values()].sort((a, b) => b.posts - a.posts)) {
      const section = el("section", "group");
      const arrow = group.direction === "to" ? "\u2192" : group.direction === "from" ? "\u2190" : "\u2194";
      section.append(el("h4", null, arrow + " " + group.relation + " " + group.direction + " \u00B7 " +
        plural(group.edges.length, "actor") + ", " + plural(group.posts, "post")));
      group.edges.sort((a, b) => postsInRange(b) - postsInRange(a) || a.id - b.id);
      for (const edge of group.edges) {
        const other = edge.from === node.id ? edge.to : edge.from;
        const item = el("div", "relation");
        item.dataset.edge = String(edge.id);
        const button = el("button", null, nameOf(other) + " \u00B7 " +
          plural(postsInRange(edge), "post") + " \u00B7 " + edgeDates(edge));
        button.type = "button";
        button.title = "Select this relation in the graph";
        button.addEventListener("click", () => selectRelation(edge.id));
        item.append(button, evidenceList(edge));
        const more = moreNote(edge);
        if (more) item.append(more);
        section.append(item);
      }
      relations.append(section);
    }
    if (!mine.length) relations.append(el("div", "meta", "No relation passes the filters."));
    if (hiddenHere) {
      relations.append(el("div", "meta", plural(hiddenHere, "relation") + " hidden by the filters"));
    }
    panel.append(relations);
    if (node.co && node.co.length) {
      const co = el("section", "group");
      co.append(el("h4", null, "Most often mentioned with"));
      const list = el("ul");
      for (const [name, posts] of node.co) {
        const item = el("li");
        const id = byName.get(String(name).toLowerCase());
        if (id !== undefined && id !== node.id) item.append(actorButton(id));
        else item.append(el("span", null, name));
        item.append(el("span", "meta", " \u00B7 " + plural(posts, "post")));
        list.append(item);
      }
      co.append(list);
      panel.append(co);
    }
    return panel;
  }

  function showActor(id, select) {
    shownActor = id;
    shownEdge = null;
    details.replaceChildren(actorPanel(nodesById.get(id)));
    if (select) {
      network.selectNodes([id]);
      if (visibleNodeIds.has(id)) {
        network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
      }
    }
  }
  function showEdge(id) {
    shownActor = null;
    shownEdge = id;
    const edge = edgesById.get(id);
    const tip = edgeTip(edge);
    const ends = el("div", "meta", "Actors: ");
    ends.append(actorButton(edge.from), el("span", null, " \u00B7 "), actorButton(edge.to));
    tip.append(ends);
    details.replaceChildren(tip);
  }
  function selectRelation(id) {
    network.selectEdges([id]);
    for (const item of details.querySelectorAll(".relation")) {
      item.classList.toggle("chosen", item.dataset.edge === String(id));
    }
    network.redraw();
  }
  function refreshDetails() {
    if (shownActor !== null) showActor(shownActor, false);
    else if (shownEdge !== null) showEdge(shownEdge);
  }

  // --- The network ---------------------------------------------------------------
  // vis-network gets only what it draws: with the evidence, dates and panels'
  // data on its items too, building the network took several times as long.
  const pick = (record, keys) => {
    const slim = {};
    for (const key of keys) if (record[key] !== undefined) slim[key] = record[key];
    return slim;
  };
  const nodes = new vis.DataSet(data.nodes.map((node) =>
    pick(node, ["id", "group", "size", "x", "y", "borderWidth", "shadow"])));
  const edges = new vis.DataSet(data.edges.map((edge) =>
    pick(edge, ["id", "from", "to", "width", "arrows", "smooth"])));
  const nodesView = new vis.DataView(nodes, { filter: (n) => visibleNodeIds.has(n.id) });
  const edgesView = new vis.DataView(edges, { filter: (e) => visibleEdgeIds.has(e.id) });

  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);

  // --- Labels: by importance, never two overlapping ---------------------------------
  const measure = document.createElement("canvas").getContext("2d");
  const widths = new Map();
  function textWidth(text, bold) {
    const key = (bold ? "b" : "") + text;
    if (!widths.has(key)) {
      measure.font = bold ? FOCUS_FONT : LABEL_FONT;
      widths.set(key, measure.measureText(text).width);
    }
    return widths.get(key);
  }
  const byImportance = data.nodes.slice()
    .sort((a, b) => (b.focus ? 1 : 0) - (a.focus ? 1 : 0) || b.weight - a.weight || a.id - b.id)
    .map((node) => node.id);
  let labelBoxes = [];
  let hoveredEdge = null;

  function drawLabels(ctx) {
    const scale = network.getScale();
    const ratio = network.canvas.pixelRatio || window.devicePixelRatio || 1;
    const width = container.clientWidth;
    const height = container.clientHeight;
    const CELL = 64;
    const grid = new Map();
    const boxes = [];
    const cells = (box, visit) => {
      for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++) {
        for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++) {
          if (visit(cx + "," + cy)) return true;
        }
      }
      return false;
    };
    const overlaps = (box) => cells(box, (cell) => (grid.get(cell) || []).some((other) =>
      box.x < other.x + other.w && other.x < box.x + box.w &&
      box.y < other.y + other.h && other.y < box.y + box.h));
    // Only whole labels: one cut by the border could be taken for another name.
    const offScreen = (box) =>
      box.x < 0 || box.x + box.w > width || box.y < 0 || box.y + box.h > height;
    function place(box, bold, colour) {
      if (offScreen(box) || overlaps(box)) return false;
      cells(box, (cell) => { if (!grid.has(cell)) grid.set(cell, []); grid.get(cell).push(box); });
      boxes.push(box);
      ctx.font = bold ? FOCUS_FONT : LABEL_FONT;
      ctx.strokeText(box.text, box.x + 2, box.y + 2);
      ctx.fillStyle = colour;
      ctx.fillText(box.text, box.x + 2, box.y + 2);
      return true;
    }
    function edgeBox(id) {
      const body = network.body.edges[id];
      if (!body || !body.edgeType) return null;
      const p = network.canvasToDOM(body.edgeType.getPoint(0.5));
      const text = edgesById.get(id).relation;
      const w = textWidth(text, false) + 4;
      return { x: p.x - w / 2, y: p.y - LABEL_PX / 2 - 2, w, h: LABEL_PX + 4, text, edge: id };
    }

    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textBaseline = "top";
    ctx.textAlign = "left";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    if (hoveredEdge !== null && visibleEdgeIds.has(hoveredEdge)) {
      const box = edgeBox(hoveredEdge);
      if (box) place(box, true, "#333");
    }
    for (const id of byImportance) {
      if (boxes.length >= MAX_LABELS) break;
      if (!visibleNodeIds.has(id)) continue;
      const body = network.body.nodes[id];
      if (!body) continue;
      const node = nodesById.get(id);
      const p = network.canvasToDOM({ x: body.x, y: body.y });
      const w = textWidth(node.short, node.focus) + 4;
      const h = LABEL_PX + 4;
      const gap = (node.size || 10) * scale + 2;
      // Below the actor, else above it, else to its right.
      for (const [x, y] of [[p.x - w / 2, p.y + gap], [p.x - w / 2, p.y - gap - h],
        [p.x + gap, p.y - h / 2]]) {
        if (place({ x, y, w, h, text: node.short, node: id }, node.focus,
          node.focus ? "#b00" : "#222")) break;
      }
    }
    if (scale >= EDGE_LABEL_SCALE) {
      let placed = 0;
      for (const id of visibleEdgeIds) {
        if (placed >= MAX_EDGE_LABELS) break;
        const box = edgeBox(id);
        if (box && place(box, false, "#555")) placed += 1;
      }
    }
    ctx.restore();
    labelBoxes = boxes;
  }
  network.on("afterDrawing", drawLabels);
  // Tooltips are made when hovered, before vis-network's delay shows them: building
  // thousands up front held up the first frame, and they count posts in the range.
  network.on("hoverNode", (params) => {
    nodes.update({ id: params.node, title: nodeTip(nodesById.get(params.node)) });
  });
  network.on("hoverEdge", (params) => {
    edges.update({ id: params.edge, title: edgeTip(edgesById.get(params.edge)) });
    hoveredEdge = params.edge;
    network.redraw();
  });
  network.on("blurEdge", () => { hoveredEdge = null; network.redraw(); });
  network.once("afterDrawing", () => { window.__drawnAt = performance.now(); });
  network.fit({ animation: false });

  // --- Footer and notes ---------------------------------------------------------------
  const footer = document.getElementById("footer");
  function updateFooter() {
    const parts = [
      "Showing " + visibleNodeIds.size.toLocaleString("en") + " of " +
      plural(data.nodes.length, "actor") + " and " + visibleEdgeIds.size.toLocaleString("en") +
      " of " + plural(data.edges.length, "relation"),
    ];
    if (data.whole.actors !== data.nodes.length || data.whole.relations !== data.edges.length) {
      parts[0] += " (the graph has " + plural(data.whole.actors, "actor") + " and " +
        plural(data.whole.relations, "relation") + ")";
    }
    const filters = [];
    if (timeActive()) filters.push("dates: " + (range.from || "start") + " to " + (range.to || "end"));
    const hiddenTypes = data.types.map((t) => t.name).filter((t) => !visibleTypes.has(t));
    if (hiddenTypes.length) filters.push("hidden types: " + hiddenTypes.join(", "));
    const hiddenRelations = data.relations.filter((r) => !visibleRelations.has(r));
    if (hiddenRelations.length) filters.push("hidden relations: " + hiddenRelations.join(", "));
    for (const [name, value] of data.filters) filters.push(name + ": " + value);
    parts.push(...(filters.length ? filters : ["no filters"]));
    parts.push(data.made);
    footer.textContent = parts.join(" \u00B7 ");
  }
  document.getElementById("notes").textContent = data.notes.join(" ");

  function refresh() {
    computeVisible();

    nodesView.refresh();
    edgesView.refresh();
    updateFooter();
    refreshDetails();
  }
  updateFooter();

  // --- Legend with the filters: one checkbox per entity type and per relation -------
  function filterItem(list, glyph, colour, name, count, visible) {
    const item = el("li");
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", () => {
      if (box.checked) visible.add(name); else visible.delete(name);
      refresh();
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
      visibleTypes);
  }
  const relationCounts = new Map();
  for (const edge of data.edges) {
    relationCounts.set(edge.relation, (relationCounts.get(edge.relation) || 0) + 1);
  }
  const relationList = document.getElementById("legend-relations");
  for (const relation of data.relations) {
    filterItem(relationList, "\u2192", "#555", relation, relationCounts.get(relation),
      visibleRelations);
  }

  // --- Dates ---------------------------------------------------------------------------
  const dateFrom = document.getElementById("date-from");
  const dateTo = document.getElementById("date-to");
  for (const input of [dateFrom, dateTo]) {
    if (data.dates.first) input.min = data.dates.first;
    if (data.dates.last) input.max = data.dates.last;
  }
  dateFrom.value = range.from;
  dateTo.value = range.to;
  function setRange(from, to) {
    setRangeValues(from, to);
    dateFrom.value = range.from;
    dateTo.value = range.to;
    refresh();
  }
  dateFrom.addEventListener("change", () => setRange(dateFrom.value, dateTo.value));
  dateTo.addEventListener("change", () => setRange(dateFrom.value, dateTo.value));
  document.getElementById("date-all").addEventListener("click", () => setRange("", ""));
  if (!data.dates.first) document.getElementById("dates").disabled = true;

  // --- Clicks and search -------------------------------------------------------------
  network.on("click", (params) => {
    if (params.nodes.length) showActor(params.nodes[0], false);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // Search by name, alias or key: exact match first, then the first containing it.
  const datalist = document.getElementById("actor-names");
  const byName = new Map();
  for (const node of data.nodes) {
    for (const name of [node.name, node.key, ...(node.aliases || [])]) {
      const key = String(name).toLowerCase();
      if (!byName.has(key)) byName.set(key, node.id);
    }
    const option = el("option");
    option.value = node.name;
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
    const node = nodesById.get(id);
    status.textContent = visibleNodeIds.has(id) ? "" : node.name + " is hidden by the filters";
    showActor(id, true);
    details.focus();
  });

  document.getElementById("physics").addEventListener("change", (event) => {
    const on = event.target.checked;
    network.setOptions({ physics: { enabled: on } });
    if (on) network.startSimulation(); else network.stopSimulation();
  });
  document.getElementById("fit").addEventListener("click", () => network.fit());

  // --- Export: the picture as PNG, the visible relations as CSV or JSON ---------------
  function visibleRelationRows() {
    return data.edges.filter((edge) => visibleEdgeIds.has(edge.id)).map((edge) => ({
      source: nameOf(edge.from),
      source_key: nodesById.get(edge.from).key,
      relation: edge.relation,
      target: nameOf(edge.to),
      target_key: nodesById.get(edge.to).key,
      posts: postsInRange(edge),
      dates: edgeDates(edge),
      evidence: evidenceInRange(edge).map(([date, post, sentence]) => ({ date, post, sentence })),
    }));
  }
  // A cell a spreadsheet would take for a formula starts with a quote instead.
  function csvCell(value) {
    let text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return "\"" + text.replace(/"/g, "\"\"") + "\"";
  }
  function exportCSV() {
    const header = ["source", "source_key", "relation", "target", "target_key", "posts", "dates",
      "date", "post", "evidence"];
    const lines = [header.join(",")];
    for (const row of visibleRelationRows()) {
      const base = [row.source, row.source_key, row.relation, row.target, row.target_key,
        row.posts, row.dates];
      const items = row.evidence.length ? row.evidence : [{ date: "", post: "", sentence: "" }];
      for (const item of items) {
        lines.push([...base, item.date, item.post, item.sentence].map(csvCell).join(","));
      }
    }
    return lines.join("\r\n") + "\r\n";
  }
  function exportJSON() {
    return JSON.stringify({
      title: document.title,
      shown: footer.textContent,
      relations: visibleRelationRows(),
    }, null, 2);
  }
  function pictureCanvas() {
    const source = container.querySelector("canvas");
    const picture = document.createElement("canvas");
    picture.width = source.width;
    picture.height = source.height;
    const ctx = picture.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, picture.width, picture.height);
    ctx.drawImage(source, 0, 0);
    return picture;
  }
  function save(name, blob) {
    const link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  }
  document.getElementById("save-png").addEventListener("click", () => {
    pictureCanvas().toBlob((blob) => save("graphkit-view.png", blob), "image/png");
  });
  document.getElementById("save-csv").addEventListener("click", () => {
    save("graphkit-relations.csv", new Blob([exportCSV()], { type: "text/csv;charset=utf-8" }));
  });
  document.getElementById("save-json").addEventListener("click", () => {
    save("graphkit-relations.json", new Blob([exportJSON()], { type: "application/json" }));
  });

  window.graphkitView = {
    network, nodes, edges, find, setRange, showActor, selectRelation, exportCSV, exportJSON,
    records: { nodes: data.nodes, edges: data.edges },
    labelBoxes: () => labelBoxes,
    pngDataURL: () => pictureCanvas().toDataURL("image/png"),
    visibleEdgeIds: () => [...visibleEdgeIds],
    visibleNodeIds: () => [...visibleNodeIds],
  };
})();
