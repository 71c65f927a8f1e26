// The app's shell in Chromium: argv[2] the server, argv[3] a bearer token for an employee, argv[4] a screenshot folder.
// Keyboard (the skip link, the header's menu moving focus to the new view's heading and marking where you are, the
// back button), the not-found page with axe at desktop and phone widths, and the header on a phone.
import { run, viewports } from './browser.mjs';

const [server, token, artifacts] = process.argv.slice(2);

// Where the visitor is: the view, its heading and whether focus is on it, the menu's aria-current, the title.
const observe = (page) => page.evaluate(() => ({
  address: location.pathname + location.search,
  view: document.body.dataset.view,
  h1: document.querySelector('main h1')?.textContent ?? null,
  h1Focused: document.activeElement === document.querySelector('main h1'),
  current: Object.fromEntries([...document.querySelectorAll('[data-nav]')].map((a) => [a.textContent, a.getAttribute('aria-current')])),
  title: document.title,
}));

// Sideways scrolling and the header's shape on a narrow window.
const layout = (page) => page.evaluate(() => {
  const rect = (selector) => document.querySelector(selector).getBoundingClientRect();
  return {
    pageWidth: document.documentElement.scrollWidth,
    windowWidth: window.innerWidth,
    headerRight: Math.round(rect('.site-header').right),
    sessionTop: Math.round(rect('#session').top),
    brandTop: Math.round(rect('.brand').top),
    menuHeights: [...document.querySelectorAll('.site-nav a')].map((a) => Math.round(a.getBoundingClientRect().height)),
  };
});

const ready = (page, view) => page.waitForFunction((v) => document.body.dataset.view === v && document.body.dataset.state === 'ready', view);

await run(server, async ({ open, steps, problems, check, screenshot }) => {
  // The not-found page, answered with 404 by the server: the one HTTP error this scenario expects (and Chromium's
  // console line about it, which names no address; any other 404 is still reported by its address), taken off the list.
  async function openNotFound(path, viewport) {
    const page = await open(path, { viewport });
    for (const expected of [`HTTP 404: ${new URL(path, server)}`, 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)']) {
      const index = problems.indexOf(expected);
      if (index < 0) throw new Error(`the server did not answer ${path} with 404 (${expected}): ${problems.join('; ')}`);
      problems.splice(index, 1);
    }
    return page;
  }

  const notFound = await openNotFound('/noget');
  steps.notFound = await observe(notFound);
  steps.notFound.links = await notFound.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await check(notFound, 'not found, desktop');
  const notFoundPhone = await openNotFound('/praksis/ukendt', viewports.phone);
  steps.notFoundPhone = { ...(await observe(notFoundPhone)), ...(await layout(notFoundPhone)) };
  await check(notFoundPhone, 'not found, phone');
  await screenshot(notFoundPhone, `${artifacts}/find-not-found-phone.png`);

  const page = await open('/', { token });
  steps.start = await observe(page);
  // The first Tab reaches the skip link; Enter moves focus to the content, without changing the address.
  await page.keyboard.press('Tab');
  steps.firstTab = await page.evaluate(() => document.activeElement.className);
  await page.keyboard.press('Enter');
  steps.afterSkip = await page.evaluate(() => ({ focused: document.activeElement.id, address: location.pathname + location.search + location.hash }));

  await page.locator('.site-nav').getByRole('link', { name: 'Videndeling' }).press('Enter');
  await ready(page, 'practices');
  steps.practices = await observe(page);
  await page.locator('.site-nav').getByRole('link', { name: 'Mig' }).press('Enter');
  await ready(page, 'me');
  steps.me = await observe(page);
  await page.goBack();
  await ready(page, 'practices');
  steps.back = await observe(page);
  await page.evaluate(() => window.findApp.app.navigate('/personer/p-mette-lund'));
  await ready(page, 'person');
  steps.person = await observe(page);
  await page.goBack();
  await ready(page, 'practices');
  await page.goBack();
  await ready(page, 'search');
  steps.backToStart = await observe(page);
  // An address that is not valid percent-encoding is no page here, not a page error.
  await page.evaluate(() => window.findApp.app.navigate('/personer/%E0'));
  await ready(page, 'notFound');

  const phone = await open('/', { token, viewport: viewports.phone });
  steps.phone = await layout(phone);
  await check(phone, 'search signed in, phone');
  await screenshot(phone, `${artifacts}/find-shell-phone.png`);
});
