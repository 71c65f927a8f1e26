// Drives the explore page at argv[2] in headless Chromium: waits for the drawn graph, writes a screenshot to argv[3],
// clicks the busiest node, switches to people, searches for argv[4], narrows to the municipality key argv[5].
// Prints what the page showed at each step as JSON ({ problems, steps }); exits 1 when a step could not finish.
// playwright-core comes from the GraphQL tests' node folder (one lock file for the suite's Node tools).
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../Http/node/package.json', import.meta.url));
const { chromium } = require('playwright-core');

// argv[6], when given, is a bearer token the page's requests carry: the analyst the page is opened as.
const [url, screenshot, searchText, municipality, token] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const timeout = 30_000;

// Chromium's sandbox needs a user namespace that root in a container rarely has.
const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const browser = await chromium.launch({ executablePath, headless: true, args, timeout });
const problems = [];
const steps = {};
let finished = false;

// What the page shows now: drawn nodes, their labels and the whole page text (panels, legend, table, status).
const observe = (page) => page.evaluate(() => {
  document.querySelector('.table-box').open = true;
  return {
    state: document.body.dataset.state,
    level: window.explore.graph?.level,
    nodeCount: window.explore.cy.nodes().length,
    edgeCount: window.explore.cy.edges().length,
    labels: window.explore.cy.nodes().map((n) => n.data('label')),
    status: document.getElementById('status').textContent,
    text: document.body.innerText,
  };
});

// Waits until the page has drawn the graph at this level (or stopped on an error, which fails the run with its message).
async function settled(page, level) {
  await page.waitForFunction((wanted) => window.explore && (document.body.dataset.state === 'error'
    || (['ready', 'empty'].includes(document.body.dataset.state) && window.explore.graph?.level === wanted)), level);
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state === 'error') throw new Error(await page.locator('#status').innerText());
}

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, extraHTTPHeaders: token ? { Authorization: 'Bearer ' + token } : {} });
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));

  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.explore);
  await page.evaluate(() => window.explore.ready);
  await settled(page, 'DEPARTMENT');
  steps.initial = await observe(page);
  steps.municipalityOptions = await page.$$eval('#municipality option', (options) => options.map((o) => ({ value: o.value, text: o.textContent })));
  steps.competenceOptions = await page.$$eval('#competence option', (options) => options.map((o) => o.textContent));
  await page.screenshot({ path: screenshot, fullPage: true });

  // A real click on the canvas, where the busiest node is drawn.
  const target = await page.evaluate(() => {
    const { cy } = window.explore;
    cy.fit(undefined, 30);
    const node = cy.nodes().max((n) => n.degree()).ele;
    const box = cy.container().getBoundingClientRect();
    const at = node.renderedPosition();
    return { id: node.id(), label: node.data('label'), x: box.left + at.x, y: box.top + at.y };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((id) => document.body.dataset.selected === id, target.id);
  steps.details = { ...target, text: await page.locator('#details-body').innerText() };

  await page.selectOption('#level', 'PERSON');
  await settled(page, 'PERSON');
  steps.person = await observe(page);

  await page.fill('#search-text', searchText);
  await page.press('#search-text', 'Enter');
  await page.waitForFunction(() => window.explore.cy.$('node.match').length === 1);
  await page.waitForFunction(() => document.body.dataset.selected === window.explore.cy.$('node.match').id());
  steps.search = await page.evaluate(() => {
    const node = window.explore.cy.$('node.match');
    return { id: node.id(), label: node.data('label'), status: document.getElementById('status').textContent, details: document.getElementById('details-body').innerText };
  });

  await page.selectOption('#municipality', municipality);
  await page.waitForFunction((key) => document.getElementById('export-graphml').href.includes(`municipality=${key}`), municipality);
  await settled(page, 'PERSON');
  steps.municipality = { ...(await observe(page)), exportUrl: await page.getAttribute('#export-graphml', 'href') };
  // The export links as the browser would follow them, with the filters now chosen.
  steps.exports = await page.evaluate(() => Promise.all(['export-graphml', 'export-gexf', 'export-cytoscape'].map(async (id) => {
    const response = await fetch(document.getElementById(id).href);
    return { id, status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
  })));
  finished = true;
} catch (error) {
  problems.push(`${error.name}: ${error.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify({ problems, steps }));
process.exitCode = finished ? 0 : 1;
