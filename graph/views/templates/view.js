/* trichdan view: draws the nodes Python laid out, opens groups and neighbours on click, searches and
   filters. Text from the store is only ever written with textContent (never as HTML). No network. */
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("trichdan-data").textContent);
  const META = DATA.meta;
  const POOL = new Map(DATA.nodes.map(n => [n.id, n]));
  const drawn = new Set(DATA.drawn);
  const opened = new Map();  // node id → ids it drew when opened
  const state = {types: new Set(Object.keys(DATA.kindNames)), province: "", doctype: "", kind: "", from: "", to: ""};
  const $ = id => document.getElementById(id);
  const fold = s => (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
  const fmt = n => n.toLocaleString("vi-VN");
  const kindOf = m => m.kind === "document" && m.focus ? "focus" : m.kind;

  // -- filters ------------------------------------------------------------------------------------
  function articlePasses(m) {
    if (state.province && m.province !== state.province) return false;
    if (state.from && (!m.date || m.date < state.from)) return false;
    if (state.to && (!m.date || m.date > state.to)) return false;
    if (state.kind && !m.cites.some(c => c[1].includes(state.kind))) return false;
    return true;
  }
  function groupCount(m) { return m.members.filter(a => articlePasses(META[a])).length; }
  function passes(id) {
    const m = META[id];
    if (!state.types.has(kindOf(m)) && !(m.kind === "group" && state.types.has("article"))) return false;
    if (m.kind === "article") return articlePasses(m);
    if (m.kind === "group") return groupCount(m) > 0;
    if (m.kind === "document") {
      if (m.focus) return true;
      if (state.doctype && m.type !== state.doctype) return false;
      if (state.kind && !m.kinds[state.kind]) return false;
      if (state.province && m.province && m.province !== state.province) return false;
      return true;
    }
    if (state.province && m.province && m.province !== state.province) return false;
    return true;
  }
  const visible = id => drawn.has(id) && passes(id);

  // -- vis-network --------------------------------------------------------------------------------
  const nodes = new vis.DataSet(DATA.nodes);
  const view = new vis.DataView(nodes, {filter: n => visible(n.id)});
  const edges = new vis.DataSet();
  const container = $("graph-canvas");
  const network = new vis.Network(container, {nodes: view, edges: edges}, DATA.options);
  window.network = network;

  function edgeList() {
    const out = [], seen = new Set();
    const add = (from, to, kind, label, extra) => {
      const id = from + ">" + to;
      if (seen.has(id) || !visible(from) || !visible(to)) return;
      seen.add(id);
      out.push(Object.assign({id, from, to, title: label || "", kind}, extra));
    };
    for (const id of drawn) {
      if (!visible(id)) continue;
      const m = META[id];
      if (m.kind === "article") {
        for (const [d, kinds] of m.cites) {
          if (state.kind && !kinds.includes(state.kind)) continue;
          const k = state.kind || kinds.find(x => x !== "cites") || "cites";
          const label = kinds.filter(x => x !== "cites" || kinds.length === 1).map(x => DATA.kindLabels[x][0]).join(", ");
          add(id, d, k, label, {color: {color: DATA.kindColours[k]}, width: 1.2});
        }
        for (const key of ["people", "organizations", "places"]) for (const x of m[key]) add(id, x, "mentions", "nhắc đến / mentions", {color: {color: "#cbd5e1"}, dashes: true, arrows: {to: {enabled: false}}});
      } else if (m.kind === "group" && !opened.has(id)) {
        const counts = new Map();
        for (const a of m.members) {
          const am = META[a];
          if (!articlePasses(am)) continue;
          for (const [d, kinds] of am.cites) if (!state.kind || kinds.includes(state.kind)) counts.set(d, (counts.get(d) || 0) + 1);
        }
        for (const [d, n] of counts) add(id, d, "group", fmt(n) + " bài", {width: Math.min(8, 1 + Math.log2(n)), color: {color: "#d6a456", opacity: 0.35}});
      } else if (m.kind === "document") {
        if (m.issuerNode) add(id, m.issuerNode, "issuer", "ban hành / issued by", {color: {color: "#a78bfa"}, dashes: true});
        for (const b of m.basedOn) add(id, b, "basedOn", "căn cứ / based on", {color: {color: DATA.kindColours.citesAsAuthority}, dashes: [6, 3], width: 2});
        for (const b of m.amends) add(id, b, "amends", "sửa đổi / amends", {color: {color: DATA.kindColours.updates}, dashes: [6, 3], width: 2});
        for (const b of m.replaces) add(id, b, "replaces", "thay thế / replaces", {color: {color: DATA.kindColours.replaces}, dashes: [6, 3], width: 2});
      } else if (m.kind === "person") {
        for (const [role, org] of m.posts) if (org) add(id, org, "post", role, {color: {color: "#93c5fd"}, dashes: true});
      }
    }
    const labelled = out.length <= 250;
    for (const e of out) if (labelled && e.kind !== "mentions" && e.kind !== "issuer") e.label = e.title;
    return out;
  }

  function groupLabels() {
    const updates = [];
    for (const id of drawn) {
      const m = META[id];
      if (m.kind !== "group") continue;
      const n = groupCount(m), total = m.members.length;
      updates.push({id, label: m.name + "\n" + (n === total ? fmt(total) : fmt(n) + "/" + fmt(total)) + " bài" + (opened.has(id) ? " ▾" : "")});
    }
    if (updates.length) nodes.update(updates);
  }

  function refresh() {
    groupLabels();
    view.refresh();
    edges.clear();
    edges.add(edgeList());
    const shown = view.length;
    $("status").textContent = fmt(shown) + " nút đang vẽ / nodes drawn";
  }

  // -- drawing more: open a group, a node's neighbours ------------------------------------------------
  function place(ids, around) {
    const centre = network.getPositions([around])[around] || {x: 0, y: 0};
    const fresh = ids.filter(i => POOL.get(i) && POOL.get(i).x === undefined && !drawn.has(i));
    const updates = fresh.map((i, k) => {
      const r = 90 + 26 * Math.sqrt(k + 1), a = k * 2.39996;
      const p = {id: i, x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a)};
      Object.assign(POOL.get(i), {x: p.x, y: p.y});
      return p;
    });
    if (updates.length) nodes.update(updates);
  }
  function neighbours(id) {
    const m = META[id];
    switch (m.kind) {
      case "group": return m.members;
      case "article": return [...m.cites.map(c => c[0]), ...m.people, ...m.organizations, ...m.places, ...m.posts.map(p => p[2]).filter(Boolean)];
      case "document": return [...(m.issuerNode ? [m.issuerNode] : []), ...m.basedOn, ...m.basisOf, ...m.amends,
        ...m.amendedBy, ...m.replaces, ...m.replacedBy, ...m.articles];
      case "person": return [...m.posts.map(p => p[1]).filter(Boolean), ...m.articles];
      case "organization": return [...m.issued, ...m.members, ...m.articles];
      case "place": return m.articles;
    }
    return [];
  }
  function open(id) {
    if (opened.has(id)) return;
    const m = META[id];
    let add = neighbours(id).filter(i => META[i] && !drawn.has(i));
    if (m.kind !== "group") add = add.filter(i => !(META[i].kind === "article" && META[i].group && !opened.has(META[i].group)));
    add = add.slice(0, DATA.expandBudget);
    place(add, id);
    add.forEach(i => drawn.add(i));
    opened.set(id, add);
    refresh();
  }
  function close(id) {
    const added = opened.get(id) || [];
    opened.delete(id);
    for (const i of added) { if (opened.has(i)) close(i); if (!DATA.drawn.includes(i)) drawn.delete(i); }
    refresh();
  }

  // -- search -------------------------------------------------------------------------------------
  const index = DATA.nodes.map(n => {
    const m = META[n.id];
    const words = [n.label, m.name, m.symbol, m.title, m.heading, m.file, m.site, ...(m.aliases || [])];
    return {id: n.id, text: fold(words.filter(Boolean).join(" ")), label: (n.label || "").split("\n")[0]};
  });
  function search(query) {
    const q = fold(query.trim());
    if (!q) return [];
    const hits = [];
    for (const item of index) {
      const at = item.text.indexOf(q);
      if (at >= 0) hits.push([at === 0 ? 0 : 1, META[item.id].kind === "document" ? 0 : 1, item.label.length, item]);
    }
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    return hits.slice(0, 15).map(h => h[3]);
  }
  let hits = [], active = 0;
  function showResults() {
    const list = $("results");
    list.replaceChildren();
    hits.forEach((h, k) => {
      const li = el("li", null, k === active ? "active" : "");
      li.append(el("span", h.label), " ", el("span", DATA.kindNames[kindOf(META[h.id])].join(" / "), "kind"));
      li.addEventListener("mousedown", ev => { ev.preventDefault(); choose(h.id); });
      list.append(li);
    });
    if (!hits.length && $("search").value.trim()) list.append(el("li", "Không tìm thấy / nothing found", "muted"));
    list.hidden = !$("search").value.trim();
  }
  $("search").addEventListener("input", () => { hits = search($("search").value); active = 0; showResults(); });
  $("search").addEventListener("keydown", ev => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") { active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % Math.max(1, hits.length); showResults(); ev.preventDefault(); }
    else if (ev.key === "Enter" && hits.length) { choose(hits[active].id); ev.preventDefault(); }
    else if (ev.key === "Escape") { $("results").hidden = true; }
  });
  $("search").addEventListener("blur", () => { $("results").hidden = true; });
  function choose(id) {
    $("results").hidden = true;
    select(id);
  }

  // -- reveal, select, centre ---------------------------------------------------------------------
  function reveal(id) {
    if (drawn.has(id)) return;
    const m = META[id];
    if (m.kind === "article" && m.group) { if (!opened.has(m.group)) open(m.group); if (drawn.has(id)) return; }
    let anchor = neighbours(id).find(i => drawn.has(i));
    if (!anchor && m.articles && m.articles.length) { reveal(m.articles[0]); anchor = m.articles[0]; }
    if (POOL.get(id).x === undefined) place([id], anchor || DATA.drawn[0]);
    drawn.add(id);
    if (anchor) opened.set(anchor, [...(opened.get(anchor) || []), id]);
  }
  function select(id) {
    if (!META[id]) return;
    reveal(id);
    if (!passes(id)) resetFilters();
    refresh();
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: false});
    details(id);
  }
  window.trichdanSelect = select;

  // -- details panel ------------------------------------------------------------------------------
  function nameOf(id) {
    const m = META[id];
    if (m.kind === "document") return m.label;
    if (m.kind === "article") return (m.title || m.heading || m.file) + (m.date ? " (" + m.date + ")" : "");
    return m.name || POOL.get(id).label.split("\n")[0];
  }
  function link(id, text) {
    const b = el("button", text || nameOf(id), "link");
    b.type = "button";
    b.addEventListener("click", () => select(id));
    return b;
  }
  function row(dl, term, value) {
    if (value == null || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.append(el("dt", term));
    const dd = el("dd");
    if (value instanceof Node) dd.append(value); else dd.textContent = String(value);
    dl.append(dd);
  }
  function list(box, title, ids, render) {
    if (!ids.length) return;
    box.append(el("h3", title + " (" + fmt(ids.length) + ")"));
    const ul = el("ul");
    for (const i of ids.slice(0, 60)) { const li = el("li"); render ? render(li, i) : li.append(link(i)); ul.append(li); }
    if (ids.length > 60) ul.append(el("li", "… " + fmt(ids.length - 60) + " nữa / more (tìm kiếm / use search)", "muted"));
    box.append(ul);
  }
  function webLink(url) {
    const a = el("a", url);
    if (/^https?:\/\//i.test(url)) { a.href = url; a.rel = "noopener noreferrer"; a.target = "_blank"; }
    return a;
  }
  function kindTags(kinds) {
    const span = el("span");
    for (const k of kinds) { const t = el("span", DATA.kindLabels[k][0], "kindtag"); t.style.background = DATA.kindColours[k]; t.title = DATA.kindLabels[k][1]; span.append(t); }
    return span;
  }
  function details(id) {
    const m = META[id], box = $("details");
    box.replaceChildren();
    const names = DATA.kindNames[kindOf(m)];
    box.append(el("div", names[0] + " / " + names[1], "muted"));
    const dl = el("dl");
    if (m.kind === "document") {
      box.append(el("h2", m.label));
      row(dl, "Loại / type", m.type); row(dl, "Số / number", m.number); row(dl, "Ký hiệu / symbol", m.symbol);
      row(dl, "Ngày ban hành / date", m.date || m.year); row(dl, "Cơ quan ban hành / issuer", m.issuerNode ? link(m.issuerNode, m.issuer || undefined) : m.issuer);
      row(dl, "Địa phương / scope", m.scope); row(dl, "Khóa / term", m.term); row(dl, "Trích yếu / title", m.title);
      row(dl, "Tên khác / aliases", (m.aliases || []).join("; "));
      row(dl, "Được trích dẫn / cited by", fmt(m.cited) + " bài trong kho / articles in the store; " + fmt(m.inPage) + " trong trang / in this page");
      row(dl, "Cách trích dẫn / how", Object.entries(m.kinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => DATA.kindLabels[k][0] + " " + fmt(n)).join(", "));
      row(dl, "IRI", m.iri);
      box.append(dl);
      list(box, "Căn cứ / based on", m.basedOn);
      list(box, "Là căn cứ của / basis of", m.basisOf);
      list(box, "Sửa đổi, bổ sung / amends", m.amends);
      list(box, "Được sửa đổi bởi / amended by", m.amendedBy);
      list(box, "Thay thế / replaces", m.replaces);
      list(box, "Bị thay thế bởi / replaced by", m.replacedBy);
      list(box, "Bài báo trích dẫn / citing articles", m.articles);
    } else if (m.kind === "article") {
      box.append(el("h2", m.title || m.heading || m.file));
      if (!m.title && m.heading) box.append(el("div", "Tiêu đề lấy từ dòng đầu / title from the first heading line", "muted"));
      row(dl, "Ngày / date", m.date); row(dl, "Trang / site", m.site); row(dl, "URL", m.url ? webLink(m.url) : null);
      row(dl, "Tệp / file", m.file); row(dl, "Tỉnh, thành / province", m.province);
      box.append(dl);
      list(box, "Trích dẫn / citations", m.cites.map(c => c[0]), (li, d) => {
        const c = m.cites.find(x => x[0] === d);
        li.append(link(d), " ", kindTags(c[1]));
        for (const s of c[2]) li.append(el("blockquote", s));
      });
      list(box, "Người / people", [...new Set([...m.people, ...m.posts.map(p => p[0])])], (li, p) => {
        li.append(link(p));
        const posts = m.posts.filter(x => x[0] === p);
        for (const [, role, org] of posts) { li.append(" — " + role + (org ? " " : "")); if (org) li.append(link(org)); }
      });
      list(box, "Tổ chức / organisations", m.organizations);
      list(box, "Địa bàn / places", m.places);
    } else if (m.kind === "group") {
      const n = groupCount(m);
      box.append(el("h2", m.name));
      row(dl, "Nhóm theo / grouped by", DATA.groupings[m.by].join(" / "));
      row(dl, "Bài báo / articles", n === m.members.length ? fmt(n) : fmt(n) + " / " + fmt(m.members.length) + " (lọc / filtered)");
      box.append(dl);
    } else if (m.kind === "person") {
      box.append(el("h2", m.name));
      row(dl, "Tỉnh, thành / province", m.province);
      box.append(dl);
      list(box, "Chức vụ / posts", m.posts.map((p, k) => k), (li, k) => { const [role, org] = m.posts[k]; li.append(role + (org ? ", " : "")); if (org) li.append(link(org)); });
      list(box, "Bài báo / articles", m.articles);
    } else if (m.kind === "organization") {
      box.append(el("h2", m.name));
      row(dl, "Loại / kind", m.orgKind); row(dl, "Trực thuộc / part of", m.parent); row(dl, "Địa bàn / place", m.place); row(dl, "IRI", m.iri);
      box.append(dl);
      list(box, "Ban hành / issued", m.issued);
      list(box, "Thành viên / members", m.members);
      list(box, "Bài báo / articles", m.articles);
    } else if (m.kind === "place") {
      box.append(el("h2", m.name));
      row(dl, "Cấp / level", m.level); row(dl, "Thuộc / within", m.parent); row(dl, "IRI", m.iri);
      box.append(dl);
      list(box, "Bài báo / articles", m.articles);
    }
    const more = neighbours(id).filter(i => META[i] && !drawn.has(i));
    if (opened.has(id)) {
      const b = el("button", m.kind === "group" ? "Thu gọn nhóm / close group" : "Ẩn các nút đã mở / hide what was opened");
      b.type = "button"; b.id = "collapse";
      b.addEventListener("click", () => { close(id); details(id); });
      box.append(b);
    }
    if (more.length && (!opened.has(id) || m.kind === "group")) {
      const n = Math.min(more.length, DATA.expandBudget);
      const b = el("button", (m.kind === "group" ? "Mở nhóm: vẽ " : "Vẽ các nút lân cận: ") + fmt(n) + (more.length > n ? " / " + fmt(more.length) : "") + (m.kind === "group" ? " bài / open group" : " / draw neighbours"));
      b.type = "button"; b.id = "expand";
      b.addEventListener("click", () => { if (opened.has(id)) { const extra = more.slice(0, n); place(extra, id); extra.forEach(i => drawn.add(i)); opened.get(id).push(...extra); refresh(); } else open(id); details(id); });
      box.append(b);
    }
    $("panel").hidden = false;
  }
  $("panel-close").addEventListener("click", () => { $("panel").hidden = true; network.unselectAll(); });

  network.on("click", params => {
    if (!params.nodes.length) return;
    const id = params.nodes[0];
    if (META[id].kind === "group" && !opened.has(id)) open(id);
    details(id);
  });
  network.on("doubleClick", params => { if (params.nodes.length && !opened.has(params.nodes[0])) { open(params.nodes[0]); details(params.nodes[0]); } });

  // -- filter controls ----------------------------------------------------------------------------
  for (const p of DATA.provinces) $("f-province").append(new Option(p, p));
  for (const t of DATA.doctypes) $("f-doctype").append(new Option(t, t));
  const controls = {province: "f-province", doctype: "f-doctype", kind: "f-kind", from: "f-from", to: "f-to"};
  for (const [key, id] of Object.entries(controls)) $(id).addEventListener("change", () => { state[key] = $(id).value; refresh(); });
  for (const box of document.querySelectorAll(".f-type")) box.addEventListener("change", () => {
    if (box.checked) state.types.add(box.value); else state.types.delete(box.value);
    refresh();
  });
  function resetFilters() {
    for (const [key, id] of Object.entries(controls)) { state[key] = ""; $(id).value = ""; }
    for (const box of document.querySelectorAll(".f-type")) { box.checked = true; state.types.add(box.value); }
  }
  $("f-reset").addEventListener("click", () => { resetFilters(); refresh(); });

  refresh();
  network.fit({animation: false});
  if (DATA.focus.length) { network.selectNodes(DATA.focus.slice(0, 1)); }
  document.body.dataset.ready = "1";
})();
