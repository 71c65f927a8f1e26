// What the practices scenarios (proposal.mjs, gap.mjs, lunch.mjs, practices.mjs) read off a page.

/** The visible text of the whole page, for the checks that no hidden or out-of-scope person shows anywhere. */
export const pageText = (page) => page.evaluate(() => document.body.innerText);

/** How far the page is wider than the window (0 when there is no horizontal scrolling). */
export const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The elements reaching past the window's right edge, to say what makes a page scroll sideways. */
export const tooWide = (page) => page.evaluate(() => [...document.querySelectorAll('main *')]
  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
  .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`));

/** Waits until the view has drawn again after a control moved the address (app.navigate with replace). */
export async function redrawn(page, urlPart) {
  await page.waitForFunction((part) => location.href.includes(part) && document.body.dataset.state === 'ready', urlPart);
}

/** The people a list shows, by key, in order. */
export const peopleIn = (page, selector) => page.$$eval(`${selector} [data-person]`, (items) => items.map((item) => item.dataset.person));
