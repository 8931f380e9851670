// Opens slant's HTML report in headless chromium (Debian's, driven by playwright-core) and
// prints what the page shows, as JSON, for HtmlReportBrowserTest to compare with the JSON
// report: console errors, failed requests (the page must need no network), the highlighted
// findings (rule and file offsets), whether a finding's tooltip appears on keyboard focus,
// and whether sorting the summary table works. Writes a screenshot.
//
// Usage: node check-report.mjs REPORT.html SCREENSHOT.png [CHROMIUM]
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [report, screenshot, executable = '/usr/bin/chromium'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
  const consoleErrors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
  const findings = await page.$$eval('[data-finding]', (els) => els.map((e) => ({
    article: e.closest('article').id,
    rule: e.dataset.rule,
    start: Number(e.dataset.start),
    end: Number(e.dataset.end),
    highlighted: e.classList.contains('hl'),
  })));
  // keyboard: the first highlighted finding takes focus, and its tooltip shows
  await page.keyboard.press('Tab');
  let tabs = 0;
  while (tabs < 50 && !(await page.evaluate(() => document.activeElement?.classList.contains('hl')))) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  const tooltip = await page.evaluate(() => {
    const el = document.activeElement;
    return el && el.classList.contains('hl') ? getComputedStyle(el, '::after').content : '';
  });
  let sorted = null;
  if (await page.$('table.sortable')) {
    await page.click('table.sortable th:nth-child(3) button');
    await page.click('table.sortable th:nth-child(3) button');
    sorted = await page.$$eval('table.sortable tbody tr', (rows) => rows.map((r) => Number(r.cells[2].dataset.value)));
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ title: await page.title(), consoleErrors, requests, findings, tooltip, sorted }));
} finally {
  await browser.close();
}
