// Every practices view as a person from another municipality, and as an anonymous visitor: what each shows (for the
// checks that no hidden or out-of-scope person appears), axe at desktop and phone widths, no horizontal scrolling.
// argv: baseUrl, token.
import { run, viewports } from './browser.mjs';
import { overflow, pageText, peopleIn, tooWide } from './practicesPage.mjs';

const [baseUrl, token] = process.argv.slice(2);
const paths = ['/praksis', '/praksis/forslag', '/praksis/kompetencegab', '/praksis/frokost'];

run(baseUrl, async ({ open, steps, check }) => {
  steps.views = {};
  for (const path of paths) {
    const view = {};
    for (const [width, viewport] of Object.entries(viewports)) {
      const page = await open(path, { token, viewport });
      view[width] = { text: await pageText(page), overflow: await overflow(page), tooWide: await tooWide(page), h1: await page.$$eval('h1', (hs) => hs.map((h) => h.textContent)) };
      await check(page, `${path} ${width}`);
      if (width === 'desktop') {
        view.gapUnit = await page.$eval('#gap-unit', (s) => s.value).catch(() => null);
        view.candidates = await peopleIn(page, '.candidates');
        view.lunch = await peopleIn(page, '.lunch-suggestions');
        view.unitChoices = await page.$$eval('.unit-tree input[type=checkbox]', (boxes) => boxes.map((b) => b.dataset.unit));
      }
      await page.context().close();
    }
    steps.views[path] = view;
  }
  steps.anonymous = {};
  for (const path of paths) {
    const page = await open(path);
    steps.anonymous[path] = await pageText(page);
    await check(page, `${path} anonymous`);
    await page.context().close();
  }
});
