// Logs in to the pages at argv[2] in headless Chromium through the provider they send it to, as the person argv[3] names,
// then asks the server who it is: argv[4] is a GraphQL query the page sends with its cookie. Prints what happened as JSON
// ({ navigations, finalUrl, title, answer }); exits 1 when a step could not finish.
// playwright-core comes from the GraphQL tests' node folder (one lock file for the suite's Node tools).
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../Http/node/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [url, loginHint, query] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const timeout = 20_000;

// Chromium's sandbox needs a user namespace that root in a container rarely has.
const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const browser = await chromium.launch({ executablePath, headless: true, args, timeout });
const result = { navigations: [], finalUrl: null, title: null, answer: null };
let exitCode = 0;
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('response', (response) => {
    if (response.request().isNavigationRequest()) {
      result.navigations.push({ method: response.request().method(), url: response.url().split('?')[0], status: response.status() });
    }
  });
  // The server's challenge, unfollowed, in the browser's own cookie jar: the provider signs in only whom login_hint names,
  // and the server's handler cannot know whom to name, so the test adds it to the address the server redirects to.
  const challenge = await context.request.get(url, { headers: { accept: 'text/html' }, maxRedirects: 0 });
  const location = challenge.headers().location;
  if (challenge.status() !== 302 || !location) throw new Error(`no challenge: ${challenge.status()}`);
  result.navigations.push({ method: 'GET', url, status: challenge.status() });
  // From here the browser is on its own: the provider's form posts the code back, the server redirects to the page.
  await page.goto(`${location}&login_hint=${encodeURIComponent(loginHint)}`);
  await page.waitForURL(url, { waitUntil: 'load' }).catch(() => {});
  await page.waitForLoadState('networkidle').catch(() => {});
  result.finalUrl = page.url();
  result.title = await page.title().catch(() => null);
  if (result.finalUrl === url) {
    result.answer = await page.evaluate(async (q) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: q }),
      });
      return { status: response.status, body: await response.text() };
    }, query);
  }
} catch (error) {
  result.error = String(error?.message ?? error).split('\n')[0];
  exitCode = 1;
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(exitCode);
