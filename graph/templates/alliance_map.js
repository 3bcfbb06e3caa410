(function () {
  "use strict";
  // Every piece of text from the graph reaches the screen through textContent
  // or an <option> value, never as markup.
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var container = document.getElementById("map");
  var tooltip = document.getElementById("tooltip");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  if (data.centre !== null) network.selectNodes([data.centre]);
  var position = {};
  data.nodes.forEach(function (node, i) { position[node.id] = i; });
  var state = window.actorgraphMap = { network: network, nodes: nodes, edges: edges, data: data, drawn: false, settled: false };
  network.once("afterDrawing", function () { state.drawn = true; });
  if (data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () { state.settled = true; });
  } else {
    state.settled = true;
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined && text !== null) made.textContent = String(text);
    return made;
  }

  function nodeTip(id) {
    var about = data.nodeDetails[position[id]];
    var parts = [element("div", "head", about.name), element("div", "row", about.kind), element("div", "row", about.bloc),
                 element("div", "row", about.relations + " relations · centrality " + about.centrality)];
    if (about.aliases.length) parts.push(element("div", "row", "also: " + about.aliases.join(", ")));
    return parts;
  }

  function edgeTip(id) {
    var about = data.edgeDetails[id];
    var seen = about.first ? (about.first === about.last ? about.first : about.first + " to " + about.last) : "undated";
    var parts = [element("div", "head", about.relation),
                 element("div", "row", about.polarity + " · " + about.count + (about.count === 1 ? " mention" : " mentions") +
                         " · " + seen + " · confidence " + about.confidence)];
    about.evidence.forEach(function (evidence) {
      var quote = element("blockquote", null, evidence.sentence);
      quote.appendChild(element("span", "source", "— " + evidence.source + (evidence.date ? ", " + evidence.date : "")));
      parts.push(quote);
    });
    return parts;
  }

  function show(parts, pointer) {
    tooltip.replaceChildren.apply(tooltip, parts);
    tooltip.style.display = "block";
    var left = pointer.DOM.x + 14, top = pointer.DOM.y + 14;
    var width = tooltip.offsetWidth, height = tooltip.offsetHeight;
    if (left + width > container.clientWidth) left = Math.max(0, pointer.DOM.x - width - 14);
    if (top + height > container.clientHeight) top = Math.max(0, pointer.DOM.y - height - 14);
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  function hide() { tooltip.style.display = "none"; }

  network.on("hoverNode", function (event) { show(nodeTip(event.node), event.pointer); });
  network.on("hoverEdge", function (event) { show(edgeTip(event.edge), event.pointer); });
  network.on("blurNode", hide);
  network.on("blurEdge", hide);
  network.on("dragStart", hide);
  network.on("zoom", hide);
  network.on("click", function (event) {
    if (event.nodes.length) show(nodeTip(event.nodes[0]), event.pointer);
    else if (event.edges.length) show(edgeTip(event.edges[0]), event.pointer);
    else hide();
  });

  // Search: exact name, alias or id first (any case), then the first name containing the text.
  var search = document.getElementById("search");
  var status = document.getElementById("search-status");
  var names = document.getElementById("actor-names");
  search.addEventListener("focus", function fill() {
    search.removeEventListener("focus", fill);
    var options = document.createDocumentFragment();
    data.nodes.forEach(function (node) {
      var option = document.createElement("option");
      option.value = node.label;
      options.appendChild(option);
    });
    names.appendChild(options);
  });

  function find(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) return null;
    var i, about;
    for (i = 0; i < data.nodes.length; i++) {
      about = data.nodeDetails[i];
      if (data.nodes[i].id.toLowerCase() === wanted || about.name.toLowerCase() === wanted ||
          about.aliases.some(function (alias) { return alias.toLowerCase() === wanted; })) return data.nodes[i].id;
    }
    for (i = 0; i < data.nodes.length; i++) {
      if (data.nodeDetails[i].name.toLowerCase().indexOf(wanted) !== -1) return data.nodes[i].id;
    }
    return null;
  }

  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var id = find(search.value);
    if (id === null) {
      status.textContent = search.value.trim() ? "no actor named " + search.value.trim() : "";
      return;
    }
    status.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
  });
})();
