// The review page: articles with their claims highlighted, a claims table, a summary, and verdicts to export.
// Article text only ever reaches the page through textContent, never as markup.
'use strict';
const data = JSON.parse(document.getElementById('data').textContent);
const articles = data.articles, claims = data.claims;
const byId = new Map(claims.map((c, i) => [c.claim_id, i]));
const byArticle = articles.map(() => []);
claims.forEach((c, i) => byArticle[c.a].push(i));
const clusters = new Map();
claims.forEach((c, i) => { if (c.cluster_id) (clusters.get(c.cluster_id) || clusters.set(c.cluster_id, []).get(c.cluster_id)).push(i); });
const $ = id => document.getElementById(id);
const el = (tag, props, ...children) => {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) if (child != null) node.append(child);
  return node;
};
const ROW_FIELDS = [['kind', 'kind'], ['speaker', 'speaker'], ['speaker_role', 'role'], ['speaker_mention', 'as written'], ['cue', 'cue'],
  ['quantity', 'quantity'], ['quantity_high', 'up to'], ['unit', 'unit'], ['change', 'change'], ['subject', 'subject'],
  ['predicate', 'predicate'], ['time', 'time'], ['place', 'place'], ['confidence', 'confidence'], ['rule', 'rule'], ['claim_id', 'claim id']];

// Verdicts live in memory and in localStorage under this report's key, so a reload keeps them.
const storeKey = 'claims-review:' + data.key;
let verdicts = new Map();
try { verdicts = new Map(JSON.parse(localStorage.getItem(storeKey) || '[]')); } catch (e) { verdicts = new Map(); }
function saveVerdicts() { try { localStorage.setItem(storeKey, JSON.stringify([...verdicts])); } catch (e) { /* private mode: memory only */ } }

let view = 'articles', shownArticle = -1, current = -1;

function showCounts() {
  let accepted = 0, rejected = 0;
  for (const v of verdicts.values()) v === 'accept' ? accepted++ : rejected++;
  $('counts').textContent = `${articles.length} articles, ${claims.length} claims, ${clusters.size} cross-article clusters; ` +
    `${accepted} accepted, ${rejected} rejected`;
}

// ---- Views
function showView(name) {
  view = name;
  for (const v of ['articles', 'table', 'summary']) {
    $('view-' + v).hidden = v !== name;
    $('tab-' + v).setAttribute('aria-selected', String(v === name));
  }
  if (name === 'table') renderTable();
  if (name === 'summary') renderSummary();
}
const VIEWS = ['articles', 'table', 'summary'];
for (const v of VIEWS) $('tab-' + v).addEventListener('click', () => showView(v));
// The tabs as a tab list: arrow keys move between them.
document.querySelector('[role=tablist]').addEventListener('keydown', e => {
  const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
  if (!step) return;
  const next = VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length];
  showView(next);
  $('tab-' + next).focus();
  e.preventDefault();
});

// ---- Article view
// The list narrows to the articles whose id or title holds the search words.
$('article-search').addEventListener('input', () => {
  const words = $('article-search').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  for (const button of $('article-list').children) {
    const a = articles[Number(button.dataset.article)], text = `${a.id} ${a.title || ''}`.toLowerCase();
    button.hidden = !words.every(w => text.includes(w));
  }
});

function renderArticleList() {
  const list = $('article-list');
  articles.forEach((a, i) => {
    const button = el('button', { type: 'button', textContent: `${a.title || a.id} (${byArticle[i].length})` });
    button.dataset.article = i;
    button.addEventListener('click', () => showArticle(i));
    list.append(button);
  });
}

// Claims overlap (a number inside a quote, a speaker inside a clause): the text is cut at every boundary, and each
// piece is marked with every layer covering it and belongs to the shortest claim covering it.
function showArticle(index) {
  if (shownArticle === index) return;
  shownArticle = index;
  const article = articles[index], text = article.text, ids = byArticle[index];
  for (const b of $('article-list').children) b.setAttribute('aria-current', String(Number(b.dataset.article) === index));
  $('article-title').textContent = article.title || article.id;
  $('article-meta').textContent = [article.id, article.source, article.published, article.url].filter(Boolean).join(' · ');
  const layers = [];
  for (const i of ids) {
    const c = claims[i];
    layers.push({ s: c.start, e: c.end, cls: 'k-' + c.kind, claim: i });
    if (c.speaker_start != null) layers.push({ s: c.speaker_start, e: c.speaker_end, cls: 'k-speaker', claim: i });
    if (c.cue_start != null) layers.push({ s: c.cue_start, e: c.cue_end, cls: 'k-cue', claim: i });
  }
  const cuts = new Set([0, text.length]);
  for (const l of layers) { cuts.add(l.s); cuts.add(l.e); }
  const points = [...cuts].sort((x, y) => x - y);
  const box = $('article-text');
  box.textContent = '';
  const fragment = document.createDocumentFragment();
  // A sweep over the cut points keeps the layers open at each piece, so an article with thousands of claims is
  // drawn in time proportional to its pieces, not pieces times claims.
  layers.sort((x, y) => x.s - y.s);
  let open = [], nextLayer = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p], to = points[p + 1];
    while (nextLayer < layers.length && layers[nextLayer].s <= from) open.push(layers[nextLayer++]);
    // Every open layer covers the whole piece: it began at or before `from` and ends at a cut point after it.
    open = open.filter(l => l.e > from);
    const covering = open;
    if (covering.length === 0) { fragment.append(text.slice(from, to)); continue; }
    const span = el('span', { className: 'hl ' + [...new Set(covering.map(l => l.cls))].join(' '), textContent: text.slice(from, to) });
    const owners = [...new Set(covering.map(l => l.claim))];
    let owner = owners[0];
    for (const o of owners) if (claims[o].end - claims[o].start < claims[owner].end - claims[owner].start) owner = o;
    span.dataset.claim = owner;
    span.dataset.claims = owners.join(' ');
    if (owners.some(o => claims[o].start === from)) span.tabIndex = -1;
    fragment.append(span);
  }
  box.append(fragment);
  markVerdicts();
}

function piecesOf(i) { return $('article-text').querySelectorAll(`[data-claims~="${i}"]`); }

function markVerdicts() {
  for (const span of $('article-text').querySelectorAll('[data-claim]')) {
    const v = verdicts.get(claims[Number(span.dataset.claim)].claim_id);
    span.classList.toggle('mark-accept', v === 'accept');
    span.classList.toggle('mark-reject', v === 'reject');
  }
}

// Focus one claim: its article is shown, its pieces outlined, its row in the card.
function focusClaim(i, scroll = true) {
  if (i < 0 || i >= claims.length) return;
  const c = claims[i];
  if (view !== 'articles') showView('articles');
  showArticle(c.a);
  for (const old of $('article-text').querySelectorAll('.cur')) old.classList.remove('cur');
  const pieces = piecesOf(i);
  for (const p of pieces) p.classList.add('cur');
  current = i;
  const first = pieces[0];
  if (first) {
    first.tabIndex = -1;
    first.dataset.focused = claims[i].claim_id;
    first.focus({ preventScroll: !scroll });
    if (scroll) first.scrollIntoView({ block: 'center' });
  }
  showCard(i);
}

function showCard(i) {
  const c = claims[i], card = $('card');
  card.textContent = '';
  card.dataset.claim = c.claim_id;
  card.append(el('h2', { textContent: `${c.kind} claim` }), el('p', { textContent: c.claim }));
  const list = el('dl');
  for (const [key, label] of ROW_FIELDS)
    if (c[key] != null && c[key] !== '') list.append(el('dt', { textContent: label }), el('dd', { textContent: String(c[key]) }));
  const verdict = verdicts.get(c.claim_id);
  list.append(el('dt', { textContent: 'verdict' }), el('dd', { textContent: verdict ? verdict + 'ed' : 'unmarked' }));
  card.append(list);
  const accept = el('button', { type: 'button', textContent: 'Accept (a)' }), reject = el('button', { type: 'button', textContent: 'Reject (r)' });
  accept.addEventListener('click', () => mark(i, 'accept'));
  reject.addEventListener('click', () => mark(i, 'reject'));
  card.append(el('p', null, accept, ' ', reject));
  if (c.cluster_id) {
    const siblings = clusters.get(c.cluster_id).filter(j => j !== i);
    card.append(el('h3', { textContent: `Same claim in ${siblings.length} other place${siblings.length === 1 ? '' : 's'}` }));
    const ul = el('ul', { className: 'siblings' });
    for (const j of siblings) {
      const link = el('button', { type: 'button', className: 'link', textContent: `${articles[claims[j].a].title || articles[claims[j].a].id}: ${shorten(claims[j].claim, 90)}` });
      link.addEventListener('click', () => focusClaim(j));
      ul.append(el('li', null, link));
    }
    card.append(ul);
    const inTable = el('button', { type: 'button', className: 'link', textContent: 'Show the cluster in the table' });
    inTable.addEventListener('click', () => { $('f-cluster').value = c.cluster_id; showView('table'); });
    card.append(el('p', null, inTable));
  }
}

function shorten(text, n) { return text.length <= n ? text : text.slice(0, n - 1) + '…'; }

$('article-text').addEventListener('mouseover', e => {
  const span = e.target.closest('[data-claim]');
  if (span) showCard(Number(span.dataset.claim));
});
$('article-text').addEventListener('click', e => {
  const span = e.target.closest('[data-claim]');
  if (span) focusClaim(Number(span.dataset.claim), false);
});
$('article-text').addEventListener('focusin', e => {
  const span = e.target.closest('[data-claim]');
  if (span && current < 0) showCard(Number(span.dataset.claim));
});

// ---- Verdicts
function mark(i, verdict) {
  const id = claims[i].claim_id;
  if (verdict) verdicts.set(id, verdict); else verdicts.delete(id);
  saveVerdicts();
  showCounts();
  markVerdicts();
  if (view === 'table') updateRowVerdict(i); else showCard(i);
}

$('export').addEventListener('click', () => {
  const lines = ['claim_id,verdict'];
  for (const [id, verdict] of verdicts) lines.push(`${id},${verdict}`);
  const blob = new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' });
  const link = el('a', { href: URL.createObjectURL(blob), download: 'review-verdicts.csv' });
  document.body.append(link);
  link.click();
  link.remove();
});

// ---- Table
const COLUMNS = [['article', 'article'], ['kind', 'kind'], ['speaker', 'speaker'], ['claim', 'claim'], ['confidence', 'confidence'],
  ['cluster_size', 'cluster'], ['verdict', 'verdict']];
const PAGE = 200;
let sortKey = null, sortDescending = false, visible = [], shownRows = 0;

function cell(i, key) {
  const c = claims[i];
  if (key === 'article') return articles[c.a].id;
  if (key === 'verdict') return verdicts.get(c.claim_id) || '';
  return c[key];
}

function renderHeader() {
  const row = $('claims').tHead.rows[0];
  for (const [key, label] of COLUMNS) {
    const button = el('button', { type: 'button', textContent: label });
    button.addEventListener('click', () => {
      sortDescending = sortKey === key ? !sortDescending : false;
      sortKey = key;
      renderTable();
    });
    const th = el('th', { scope: 'col' }, button);
    th.dataset.key = key;
    row.append(th);
  }
}

function filtered() {
  const article = $('f-article').value, kind = $('f-kind').value, speaker = $('f-speaker').value.trim().toLowerCase();
  const minimum = Number($('f-confidence').value) || 0, verdict = $('f-verdict').value, cluster = $('f-cluster').value.trim();
  const out = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (article !== '' && c.a !== Number(article)) continue;
    if (kind && c.kind !== kind) continue;
    if (speaker && !(c.speaker || '').toLowerCase().includes(speaker)) continue;
    if (c.confidence < minimum) continue;
    if (verdict && (verdicts.get(c.claim_id) || 'none') !== verdict) continue;
    if (cluster && c.cluster_id !== cluster) continue;
    out.push(i);
  }
  if (sortKey) {
    const sign = sortDescending ? -1 : 1;
    out.sort((x, y) => {
      const a = cell(x, sortKey), b = cell(y, sortKey);
      if (a == null || a === '') return b == null || b === '' ? x - y : 1;
      if (b == null || b === '') return -1;
      const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
      return order === 0 ? x - y : sign * order;
    });
  }
  return out;
}

function renderTable() {
  visible = filtered();
  for (const th of $('claims').tHead.rows[0].cells)
    th.setAttribute('aria-sort', th.dataset.key === sortKey ? (sortDescending ? 'descending' : 'ascending') : 'none');
  $('claims').tBodies[0].textContent = '';
  shownRows = 0;
  renderMoreRows();
  $('f-count').textContent = `${visible.length} of ${claims.length} claims`;
}

// Rows are added a page at a time, so that a batch of thousands of articles filters without freezing.
function renderMoreRows() {
  const body = $('claims').tBodies[0], fragment = document.createDocumentFragment();
  const end = Math.min(visible.length, shownRows + PAGE);
  for (let r = shownRows; r < end; r++) {
    const i = visible[r], tr = el('tr', { tabIndex: -1 });
    tr.dataset.claim = i;
    for (const [key] of COLUMNS) {
      const value = cell(i, key);
      const td = el('td', { textContent: key === 'claim' ? shorten(value, 200) : key === 'confidence' ? value.toFixed(3) : value ?? '' });
      if (key === 'cluster_size' && claims[i].cluster_id) { td.className = 'cluster'; td.title = 'Show this cluster'; }
      tr.append(td);
    }
    const v = verdicts.get(claims[i].claim_id);
    if (v) tr.classList.add('verdict-' + v);
    fragment.append(tr);
  }
  body.append(fragment);
  shownRows = end;
  $('more').hidden = shownRows >= visible.length;
}

function updateRowVerdict(i) {
  const tr = $('claims').tBodies[0].querySelector(`tr[data-claim="${i}"]`);
  if (!tr) return;
  const v = verdicts.get(claims[i].claim_id);
  tr.classList.toggle('verdict-accept', v === 'accept');
  tr.classList.toggle('verdict-reject', v === 'reject');
  tr.cells[tr.cells.length - 1].textContent = v || '';
}

$('more').addEventListener('click', renderMoreRows);
$('filters').addEventListener('input', renderTable);
$('filters').addEventListener('submit', e => e.preventDefault());
$('claims').tBodies[0].addEventListener('click', e => {
  const tr = e.target.closest('tr');
  if (!tr) return;
  const c = claims[Number(tr.dataset.claim)];
  // A click on a cluster's size shows the cluster; anywhere else opens the claim in its article.
  if (e.target.closest('td') === tr.cells[COLUMNS.findIndex(([key]) => key === 'cluster_size')] && c.cluster_id) {
    $('f-cluster').value = c.cluster_id;
    renderTable();
  } else focusClaim(Number(tr.dataset.claim));
});

// ---- Keyboard: j/k move through the claims of the view (the article's, or the table's visible rows).
function rowOf(element) { return element && element.closest ? element.closest('tbody tr') : null; }
document.addEventListener('keydown', e => {
  if (e.altKey || e.ctrlKey || e.metaKey || e.target.matches('input, select, textarea')) return;
  const step = e.key === 'j' || e.key === 'n' ? 1 : e.key === 'k' || e.key === 'p' ? -1 : 0;
  if (view === 'table') {
    const rows = $('claims').tBodies[0].rows, row = rowOf(document.activeElement);
    if (step) {
      let r = row ? row.sectionRowIndex + step : 0;
      if (r >= rows.length && shownRows < visible.length) renderMoreRows();
      r = Math.max(0, Math.min(rows.length - 1, r));
      if (rows[r]) { rows[r].focus(); current = Number(rows[r].dataset.claim); }
      e.preventDefault();
    } else if (e.key === 'Enter' && row) { focusClaim(Number(row.dataset.claim)); e.preventDefault(); }
    else if (row && (e.key === 'a' || e.key === 'r' || e.key === 'u')) mark(Number(row.dataset.claim), { a: 'accept', r: 'reject', u: null }[e.key]);
    return;
  }
  if (view !== 'articles') return;
  if (step) {
    const order = [...byArticle[Math.max(shownArticle, 0)]];
    const at = order.indexOf(current);
    let next;
    if (at < 0) next = step > 0 ? order[0] : order[order.length - 1];
    else if (at + step >= 0 && at + step < order.length) next = order[at + step];
    else {
      // Past the article's last (or first) claim: on to the next article that has claims.
      let a = shownArticle;
      do a += step; while (a >= 0 && a < articles.length && byArticle[a].length === 0);
      if (a >= 0 && a < articles.length) next = step > 0 ? byArticle[a][0] : byArticle[a][byArticle[a].length - 1];
    }
    if (next != null) focusClaim(next);
    e.preventDefault();
  } else if (current >= 0 && (e.key === 'a' || e.key === 'r' || e.key === 'u')) mark(current, { a: 'accept', r: 'reject', u: null }[e.key]);
});

// ---- Summary
function countBy(indices, key) {
  const counts = new Map();
  for (const i of indices) { const k = key(i); if (k != null && k !== '') counts.set(k, (counts.get(k) || 0) + 1); }
  return [...counts].sort((x, y) => y[1] - x[1] || String(x[0]).localeCompare(String(y[0])));
}

function summaryTable(caption, headers, rows) {
  const table = el('table', null, el('caption', { textContent: caption }));
  table.append(el('thead', null, el('tr', null, ...headers.map(h => el('th', { scope: 'col', textContent: h })))));
  const body = el('tbody');
  for (const row of rows) body.append(el('tr', null, ...row.map(v => el('td', null, v))));
  table.append(body);
  return table;
}

let summaryDone = false;
function renderSummary() {
  if (summaryDone) return;
  summaryDone = true;
  const all = claims.map((_, i) => i), box = $('view-summary');
  box.append(summaryTable('Claims per kind', ['kind', 'claims'], countBy(all, i => claims[i].kind).map(([k, n]) => [k, String(n)])));
  box.append(summaryTable('Top speakers', ['speaker', 'claims'], countBy(all, i => claims[i].speaker).slice(0, 20).map(([k, n]) => [k, String(n)])));
  const perArticle = articles.map((a, i) => [i, byArticle[i].length]).sort((x, y) => y[1] - x[1]);
  box.append(summaryTable(`Claims per article (${articles.length})`, ['article', 'claims'], perArticle.map(([i, n]) => {
    const link = el('button', { type: 'button', className: 'link', textContent: articles[i].title || articles[i].id });
    link.addEventListener('click', () => { showView('articles'); showArticle(i); });
    return [link, String(n)];
  })));
}

// ---- Start
articles.forEach((a, i) => $('f-article').append(el('option', { value: String(i), textContent: a.id })));
renderArticleList();
renderHeader();
showCounts();
if (articles.length > 0) showArticle(0);
performance.mark('review-ready');
