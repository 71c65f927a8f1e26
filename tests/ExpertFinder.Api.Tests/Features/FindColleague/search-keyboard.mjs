// The results page with the keyboard and for everyone: Tab from the search box to the first hit, arrow keys between
// hits, "Vis flere" moving focus to the first new hit, Enter on a name opening the person; axe-core (WCAG 2.1 AA) on the
// results and with the suggestions open, at desktop and phone widths, with screenshots and no sideways scrolling on a
// phone. argv[3] is the employee's bearer token, argv[4] a query with more than one page of hits, argv[5] and argv[6]
// the desktop and phone screenshots.
import { run, viewports } from './browser.mjs';
import { drawnSearches, nextSearch } from './searchPage.mjs';

const [baseUrl, token, broadQuery, desktopShot, phoneShot] = process.argv.slice(2);

const focused = (page) => page.evaluate(() => {
  const active = document.activeElement;
  const hit = active?.closest('.hits > li');
  return {
    tag: active?.tagName, text: active?.innerText ?? '', id: active?.id ?? '',
    hitIndex: hit ? [...hit.parentElement.children].indexOf(hit) : -1,
    hitName: Boolean(active?.matches('.person-name a')),
  };
});

await run(baseUrl, async ({ open, steps, check, screenshot }) => {
  // The home page before a search: the box, whom to search among, and examples to start from.
  const page = await open('/', { token });
  steps.home = await page.evaluate(() => ({
    h1: document.querySelector('main h1')?.textContent,
    examples: [...document.querySelectorAll('.intro a')].map((a) => a.getAttribute('href')),
    focusableBox: document.getElementById('search-q')?.getAttribute('role'),
  }));
  steps.axeHome = await check(page, 'home');
  await page.goto(new URL('/?q=vidensdeling', baseUrl).toString());
  await nextSearch(page, 0);
  steps.axeDesktop = await check(page, 'results, desktop');
  await screenshot(page, desktopShot);
  await page.locator('#search-q').focus();
  await page.fill('#search-q', '');
  await page.locator('#search-q').pressSequentially('perso', { delay: 40 });
  await page.waitForSelector('#search-suggestions [role="option"]');
  await page.press('#search-q', 'ArrowDown');
  steps.axeSuggestionsDesktop = await check(page, 'suggestions open, desktop');
  await page.press('#search-q', 'Escape');

  // Tab from the box to the first hit's name, and Shift+Tab back.
  await page.goto(new URL('/?q=' + encodeURIComponent(broadQuery), baseUrl).toString());
  const broad = await nextSearch(page, 0);
  steps.broad = { total: broad.total, hits: broad.hits.map((h) => h.key) };
  await page.locator('#search-q').focus();
  let tabs = 0;
  while (tabs < 40 && !(await focused(page)).hitName) { await page.keyboard.press('Tab'); tabs++; }
  steps.tabToFirstHit = { tabs, ...(await focused(page)) };
  await page.keyboard.press('ArrowDown');
  steps.arrowDown = await focused(page);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+Tab');
  steps.shiftTab = await focused(page);
  // On through the hits to "Vis flere", which loads the next page and puts focus on its first hit.
  let presses = 0;
  while (presses < 300 && (await focused(page)).text !== 'Vis flere') { await page.keyboard.press('Tab'); presses++; }
  steps.moreButton = { presses, ...(await focused(page)) };
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) => document.querySelectorAll('.hits > li').length > count, broad.hits.length);
  await page.waitForFunction(() => document.activeElement?.matches('.person-name a'));
  steps.afterMore = { ...(await focused(page)), hits: await page.$$eval('.hits > li', (items) => items.map((i) => i.dataset.person)) };
  // Enter on a hit's name opens the person's page.
  const key = steps.afterMore.hits[steps.afterMore.hitIndex];
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.pathname.startsWith('/personer/'));
  steps.openedPerson = { path: await page.evaluate(() => location.pathname), expected: '/personer/' + encodeURIComponent(key) };

  const phone = await open('/?q=vidensdeling', { token, viewport: viewports.phone });
  await nextSearch(phone, 0);
  steps.axePhone = await check(phone, 'results, phone');
  steps.phoneWidth = await phone.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  await screenshot(phone, phoneShot);
  await phone.fill('#search-q', '');
  await phone.locator('#search-q').pressSequentially('perso', { delay: 40 });
  await phone.waitForSelector('#search-suggestions [role="option"]');
  steps.axeSuggestionsPhone = await check(phone, 'suggestions open, phone');
  steps.phoneWidthSuggestions = await phone.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  steps.drawn = await drawnSearches(phone);
});
