/* The citing-articles table of a document page: sort by a column, filter, page by 100 rows. Text only. */
(function () {
  "use strict";
  const ROWS = JSON.parse(document.getElementById("trichdan-table").textContent);
  const PAGE = 100;
  const body = document.querySelector("#citing tbody");
  const fold = s => (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  const state = {key: "date", dir: -1, page: 0, filter: ""};
  const cell = (text) => { const td = document.createElement("td"); td.textContent = text || ""; return td; };
  function rows() {
    const q = fold(state.filter);
    const out = q ? ROWS.filter(r => fold([r.date, r.site, r.title, r.how, r.sentence].join(" ")).includes(q)) : ROWS.slice();
    out.sort((a, b) => state.dir * String(a[state.key] || "").localeCompare(String(b[state.key] || ""), "vi") || a.id.localeCompare(b.id));
    return out;
  }
  function draw() {
    const all = rows(), pages = Math.max(1, Math.ceil(all.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    body.replaceChildren();
    for (const r of all.slice(state.page * PAGE, (state.page + 1) * PAGE)) {
      const tr = document.createElement("tr");
      tr.dataset.id = r.id;
      const title = document.createElement("td");
      const a = document.createElement("a");
      a.textContent = r.title;
      if (r.url && /^https?:\/\//i.test(r.url)) { a.href = r.url; a.rel = "noopener noreferrer"; a.target = "_blank"; }
      title.append(a);
      const show = document.createElement("button");
      show.type = "button"; show.className = "link"; show.textContent = "đồ thị / graph"; show.title = "Xem trên đồ thị / show in the graph";
      show.addEventListener("click", () => { window.trichdanSelect(r.id); document.getElementById("graph").scrollIntoView(); });
      title.append(show);
      tr.append(cell(r.date), cell(r.site), title, cell(r.how), cell(r.sentence));
      body.append(tr);
    }
    document.getElementById("t-page").textContent = `${all.length ? state.page * PAGE + 1 : 0}–${Math.min(all.length, (state.page + 1) * PAGE)} / ${all.length}`;
    for (const th of document.querySelectorAll("#citing th[data-sort]"))
      th.setAttribute("aria-sort", th.dataset.sort === state.key ? (state.dir > 0 ? "ascending" : "descending") : "none");
  }
  for (const th of document.querySelectorAll("#citing th[data-sort]")) th.addEventListener("click", () => {
    state.dir = state.key === th.dataset.sort ? -state.dir : (th.dataset.sort === "date" ? -1 : 1);
    state.key = th.dataset.sort; draw();
  });
  document.getElementById("t-filter").addEventListener("input", ev => { state.filter = ev.target.value; state.page = 0; draw(); });
  document.getElementById("t-prev").addEventListener("click", () => { state.page = Math.max(0, state.page - 1); draw(); });
  document.getElementById("t-next").addEventListener("click", () => { state.page += 1; draw(); });
  draw();
})();
