// The app's real OpenID Connect login in Chromium: argv[2] the server, argv[3] the mode, argv[4] the provider's authority,
// argv[5] whom the provider signs in (its login_hint).
// - "required" (no anonymous reads): opening /?q=vidensdeling goes to the provider at once, comes back to that search
//   signed in; "Log ud" then shows the way in.
// - "link" (anonymous reads): the page opens anonymously at / and moves to the search; the header's "Log ind" does the same.
// The pages are opened as http://localhost:PORT while the provider is http://127.0.0.1:PORT: two sites, as a
// municipality's provider and ExpertFinder are, so the provider posting the code back is a cross-site request.
import { run } from './browser.mjs';

const [server, mode, authority, loginHint] = process.argv.slice(2);
const pages = new URL(server);
pages.hostname = 'localhost';
const provider = new URL(authority).origin;
const start = '/?q=vidensdeling';

// What the header and the view say now, and who the server says the page is.
const observe = (page) => page.evaluate(async () => ({
  address: location.pathname + location.search,
  view: document.body.dataset.view,
  header: document.getElementById('session').innerText.replace(/\s+/g, ' ').trim(),
  h1: document.querySelector('main h1')?.textContent ?? null,
  loginLinks: [...document.querySelectorAll('a[href^="/login"]')].map((a) => a.getAttribute('href')),
  session: await (await fetch('/session')).json(),
}));

await run(pages.toString(), async ({ open, steps, check }) => {
  const navigations = [];
  // The test provider signs in only whom login_hint names (its test-only consent); the server cannot know whom to
  // name, so the test adds it to the server's redirect to the provider. The server's answer is fetched in the browser
  // context's own cookie jar (its correlation and nonce cookies must come back with the code), then handed to the page.
  // (Routing the provider's request instead made the callback fail with 500 here: those cookies did not come back.)
  const prepare = async (page) => {
    await page.route((url) => url.origin === pages.origin && url.pathname === '/login', async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      const location = response.headers().location;
      if (response.status() !== 302 || !location?.startsWith(provider + '/')) throw new Error(`no challenge: ${response.status()} ${location}`);
      await route.fulfill({ status: 302, headers: { location: `${location}&login_hint=${encodeURIComponent(loginHint)}` } });
    });
    page.on('response', (response) => {
      if (response.request().isNavigationRequest() && response.request().frame() === page.mainFrame()) {
        const url = new URL(response.url());
        navigations.push(`${response.request().method()} ${url.origin === provider ? 'provider ' : ''}${url.pathname} ${response.status()}`);
      }
    });
  };

  if (mode === 'required') {
    const page = await open(start, { prepare });
    steps.navigations = navigations;
    steps.arrived = await observe(page);
    await check(page, 'signed in after the provider');

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForFunction(() => document.body.dataset.view === 'login' && document.body.dataset.state === 'ready');
    steps.loggedOut = await observe(page);
    steps.loggedOut.focused = await page.evaluate(() => document.activeElement?.tagName);
    steps.loggedOut.announced = await page.waitForFunction(() => document.getElementById('announcer').textContent).then((h) => h.jsonValue());
    await check(page, 'logged out, the way in');
  } else {
    // Opened at / and moved to the search within the page: the header, drawn once, must log in back to where you are now.
    const page = await open('/', { prepare });
    await page.evaluate((address) => window.findApp.app.navigate(address), start);
    steps.anonymous = await observe(page);
    await check(page, 'anonymous with a login link');

    await page.locator('#session').getByRole('link', { name: 'Log ind' }).click();
    await page.waitForURL((url) => url.origin === pages.origin && url.pathname === '/' && url.search === '?q=vidensdeling'
      && navigations.some((n) => n.startsWith('POST /signin-oidc')));
    await page.waitForFunction(() => window.findApp?.app.session?.person && document.body.dataset.state === 'ready');
    steps.navigations = navigations;
    steps.arrived = await observe(page);
  }
}, { otherOrigins: [provider] });
