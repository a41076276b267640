// Mozilla Readability over the same corpus pages, one thread, bytes in (jsdom sniffs the charset as a
// browser would), parse + extraction timed per page. Usage: node readability-bench.mjs <corpus dir> [rounds]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const dir = process.argv[2];
const rounds = Number(process.argv[3] ?? 1);
const pages = readFileSync(join(dir, 'annotations.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((line) => JSON.parse(line))
  .map((a) => ({ body: readFileSync(join(dir, a.file)), url: /^https?:\/\//.test(a.url) ? a.url.trim() : undefined }));
const quiet = new VirtualConsole();

function extract(page) {
  const dom = new JSDOM(page.body, { url: page.url, contentType: 'text/html', virtualConsole: quiet });
  try {
    return new Readability(dom.window.document).parse();
  } finally {
    dom.window.close();
  }
}

// jsdom releases a closed window only once the event loop turns, so yield between pages or the heap fills up.
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

async function run(subset, timings) {
  let failures = 0;
  for (const page of subset) {
    const t0 = process.hrtime.bigint();
    try {
      if (!extract(page)) failures++;
    } catch (e) {
      failures++;
    }
    if (timings) timings.push(Number(process.hrtime.bigint() - t0) / 1e6);
    await yieldToEventLoop();
  }
  return failures;
}

const WARMUP_PAGES = 100; // jsdom is slow: warm the JIT on a subset rather than a full extra pass
await run(pages.slice(0, WARMUP_PAGES), null);
const timings = [];
let failures = 0;
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) failures += await run(pages, timings);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
timings.sort((a, b) => a - b);
const pct = (q) => timings[Math.min(timings.length - 1, Math.floor(timings.length * q))].toFixed(2);
console.log(`readability pages=${pages.length} rounds=${rounds} failures=${failures} seconds=${seconds.toFixed(2)}`
  + ` pages_per_s=${(pages.length * rounds / seconds).toFixed(1)} p50_ms=${pct(0.5)} p99_ms=${pct(0.99)}`
  + ` peak_rss_mb=${(process.resourceUsage().maxRSS / 1024).toFixed(1)}`);
