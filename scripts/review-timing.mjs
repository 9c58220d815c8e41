// Load and filter times of a claims review page in headless Chromium (docs/review.md).
// Usage: node scripts/review-timing.mjs report.html [runs]   (needs `npm install playwright-core` and Debian's chromium)
import { chromium } from 'playwright-core';
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const browser = await chromium.launch({ executablePath: process.env.CLAIMS_CHROMIUM || '/usr/lib/chromium/chromium', args: ['--no-sandbox'] });
const results = [];
for (let run = 0; run < runs; run++) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const ready = performance.getEntriesByName('review-ready')[0];
    return { loadEvent: nav.loadEventEnd, ready: ready ? ready.startTime : NaN };
  });
  // Each step is synchronous in the page, so the time around it is what a user waits for.
  const steps = await page.evaluate(() => {
    const time = action => { const t = performance.now(); action(); return performance.now() - t; };
    const set = (id, value) => { const e = document.getElementById(id); e.value = value; e.dispatchEvent(new Event('input', { bubbles: true })); };
    const rows = () => document.querySelectorAll('#claims tbody tr').length;
    const out = {};
    out.table = time(() => document.getElementById('tab-table').click());
    out.kind = time(() => set('f-kind', 'quote'));
    out.speaker = time(() => set('f-speaker', 'bank'));
    out.speakerRows = rows();
    out.confidence = time(() => { set('f-speaker', ''); set('f-kind', ''); set('f-confidence', '0.9'); });
    out.sort = time(() => document.querySelector('th[data-key=speaker] button').click());
    out.article = time(() => { set('f-confidence', '0'); set('f-article', '250'); });
    out.open = time(() => document.querySelector('#claims tbody tr').click());
    out.summary = time(() => document.getElementById('tab-summary').click());
    return out;
  });
  results.push({ ...load, ...steps, errors: errors.length });
  await page.close();
}
await browser.close();
const median = key => { const v = results.map(r => r[key]).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
console.log(`${file}: ${(statSync(file).size / 1e6).toFixed(1)} MB, ${runs} runs, medians in ms`);
for (const key of ['loadEvent', 'ready', 'table', 'kind', 'speaker', 'confidence', 'sort', 'article', 'open', 'summary'])
  console.log(`  ${key.padEnd(11)} ${median(key).toFixed(0)}`);
console.log(`  rows for speaker "bank": ${results[0].speakerRows}; console errors: ${results.reduce((s, r) => s + r.errors, 0)}`);
