// What every browser test of "Find en kollega" shares: Debian's Chromium driven by playwright-core, a page that
// collects every problem (page errors, console errors and warnings, failed requests, HTTP errors, and any request to
// another origin: no request may leave the server), an axe-core check (WCAG 2.1 AA), screenshots at desktop and phone
// widths, and the JSON report the xunit test reads from standard output ({ problems, steps }).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(new URL('../../Http/node/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const timeout = 30_000;

/**
 * Runs `scenario({ open, steps, problems, check, screenshot })` and prints the report; exits 1 when the scenario threw.
 * open(path, { token, viewport, prepare }) gives a page of the server at baseUrl, signed in with the bearer token when
 * given; prepare(page) runs before the page is opened (to route requests). `otherOrigins` are the only other places
 * a page may go (the identity provider of a login test).
 */
export async function run(baseUrl, scenario, { otherOrigins = [] } = {}) {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  // Chromium's sandbox needs a user namespace that root in a container rarely has.
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const browser = await chromium.launch({ executablePath, headless: true, args, timeout });
  const problems = [];
  const steps = {};
  const origin = new URL(baseUrl).origin;
  let failed = null;

  async function open(path, { token, viewport = viewports.desktop, prepare } = {}) {
    const context = await browser.newContext({
      viewport,
      locale: 'da-DK',
      extraHTTPHeaders: token ? { Authorization: 'Bearer ' + token } : {},
    });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !otherOrigins.some((other) => url.startsWith(other + '/'))) {
        problems.push(`request left the server: ${url}`);
      }
    });
    page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
    page.on('requestfailed', (request) => {
      // A search typed over by the next keystroke is aborted on purpose.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    });
    await prepare?.(page);
    await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'load' });
    await settled(page);
    return page;
  }

  /** axe-core's WCAG 2.1 A and AA rules on the page as it is now; every violation becomes a problem named by `where`. */
  async function check(page, where) {
    // Evaluated through the DevTools protocol, which the page's content security policy does not govern.
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    for (const violation of result.violations) {
      problems.push(`axe (${where}): ${violation.id}: ${violation.help} at ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
    }
    return result.violations.length;
  }

  async function screenshot(page, file) {
    await page.screenshot({ path: file, fullPage: true });
  }

  try {
    await scenario({ open, steps, problems, check, screenshot, settled });
  } catch (error) {
    failed = error;
    problems.push(`scenario stopped: ${error.stack ?? error.message}`);
  } finally {
    await browser.close();
  }
  // Exit once the report is flushed: a pipe takes 64 KiB at a time, and process.exit() would cut a longer report.
  process.stdout.write(JSON.stringify({ problems, steps }), () => process.exit(failed ? 1 : 0));
}

/** Waits until the app has drawn its current view (body[data-state] ready or error). */
export async function settled(page) {
  await page.waitForFunction(() => window.findApp && ['ready', 'error'].includes(document.body.dataset.state));
}
