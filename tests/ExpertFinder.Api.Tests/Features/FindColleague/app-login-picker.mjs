// The Development "log ind som" picker in Chromium: argv[2] the server, argv[3] the mode, argv[4] a screenshot folder.
// - "name" (anonymous reads on): open the picker, type "Mette", choose Mette Lund, then "Log ud"; the picker open is
//   checked with axe at desktop and phone widths.
// - "key" (no anonymous reads): the page shows the way in and reads nothing; the picker takes a person's key.
import { run, viewports } from './browser.mjs';

const [server, mode, artifacts] = process.argv.slice(2);

const observe = (page) => page.evaluate(async () => ({
  address: location.pathname + location.search,
  view: document.body.dataset.view,
  header: document.getElementById('session').innerText.replace(/\s+/g, ' ').trim(),
  h1: document.querySelector('main h1')?.textContent ?? null,
  focused: document.activeElement === document.querySelector('main h1') ? 'h1' : document.activeElement?.id || document.activeElement?.tagName,
  session: await (await fetch('/session')).json(),
}));

const signedIn = (page) => page.waitForFunction(() => window.findApp.app.session?.person && document.body.dataset.state === 'ready');
const anonymous = (page) => page.waitForFunction(() => window.findApp.app.session?.kind === 'anonymous' && document.body.dataset.state === 'ready');

// Whether anything sticks out sideways: the page wider than the window, or the open picker outside it.
const fits = (page) => page.evaluate(() => {
  const picker = document.querySelector('.dev-login .picker')?.getBoundingClientRect();
  return {
    pageWidth: document.documentElement.scrollWidth,
    windowWidth: window.innerWidth,
    picker: picker ? { left: Math.round(picker.left), right: Math.round(picker.right) } : null,
  };
});

await run(server, async ({ open, steps, check, screenshot }) => {
  if (mode === 'name') {
    const page = await open('/');
    steps.anonymous = await observe(page);
    await page.getByText('Log ind som … (udvikling)').click();
    await check(page, 'picker open, desktop');
    await page.locator('#dev-login-name').fill('Mette');
    await page.locator('#dev-login-results button').first().waitFor();
    steps.choices = await page.locator('#dev-login-results button').allInnerTexts();
    steps.status = await page.locator('#dev-login-status').innerText();
    await check(page, 'picker with people, desktop');
    await screenshot(page, `${artifacts}/find-login-picker-desktop.png`);
    await page.locator('#dev-login-results button[data-person="p-mette-lund"]').click();
    await signedIn(page);
    steps.signedIn = await observe(page);
    steps.signedIn.announced = await page.waitForFunction(() => document.getElementById('announcer').textContent).then((h) => h.jsonValue());

    await page.getByRole('button', { name: 'Log ud' }).click();
    await anonymous(page);
    steps.loggedOut = await observe(page);

    const phone = await open('/', { viewport: viewports.phone });
    await phone.getByText('Log ind som … (udvikling)').click();
    await phone.locator('#dev-login-name').fill('Mette');
    await phone.locator('#dev-login-results button').first().waitFor();
    steps.phone = await fits(phone);
    await check(phone, 'picker with people, phone');
    await screenshot(phone, `${artifacts}/find-login-picker-phone.png`);
    // Escape closes the picker and gives focus back to where it opens.
    await phone.locator('#dev-login-name').press('Escape');
    steps.phone.afterEscape = await phone.evaluate(() => ({
      open: document.querySelector('.dev-login').open,
      focused: document.activeElement?.tagName,
    }));
  } else {
    const page = await open('/?q=vidensdeling');
    steps.closed = await observe(page);
    await check(page, 'the way in, Development without anonymous reads');
    await page.getByText('Log ind som … (udvikling)').click();
    steps.fields = await page.locator('.dev-login label').allInnerTexts();
    await check(page, 'picker by key open');
    await page.locator('#dev-login-key').fill('p-mette-lund');
    await page.locator('.dev-login').getByRole('button', { name: 'Log ind' }).click();
    await signedIn(page);
    steps.signedIn = await observe(page);

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForFunction(() => document.body.dataset.view === 'login' && document.body.dataset.state === 'ready');
    steps.loggedOut = await observe(page);
  }
});
