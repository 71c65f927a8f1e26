// "Inviter en ukendt kollega på frokost": this week's suggestions for an opted-in person, and for a person who has not
// opted in, the explanation and the opt-in that brings the suggestions. argv: baseUrl, opted-in token, other token, artifacts.
import { run, viewports } from './browser.mjs';
import { overflow, pageText, peopleIn, tooWide } from './practicesPage.mjs';

const [baseUrl, optedInToken, notOptedInToken, artifacts] = process.argv.slice(2);

const suggestions = (page) => page.$$eval('.lunch-suggestion', (items) => items.map((item) => ({
  key: item.dataset.person,
  kind: item.querySelector('.suggestion-kind').textContent,
  reason: item.querySelector('.reason').textContent,
  invite: item.querySelector('a.invite')?.getAttribute('href') ?? null,
  text: item.innerText,
})));

run(baseUrl, async ({ open, steps, check, screenshot }) => {
  const page = await open('/praksis/frokost', { token: optedInToken });
  steps.week = await page.textContent('#week-heading');
  steps.optedIn = { suggestions: await suggestions(page), text: await pageText(page) };
  await check(page, 'lunch desktop');
  await screenshot(page, `${artifacts}/find-lunch-desktop.png`);
  const phone = await open('/praksis/frokost', { token: optedInToken, viewport: viewports.phone });
  steps.phoneOverflow = await overflow(phone);
  steps.phoneTooWide = await tooWide(phone);
  await check(phone, 'lunch phone');
  await phone.context().close();

  const other = await open('/praksis/frokost', { token: notOptedInToken });
  steps.offer = { text: await other.textContent('.opt-in'), button: await other.textContent('#opt-in') };
  await check(other, 'lunch opt-in offer');
  await other.click('#opt-in');
  await other.waitForSelector('#week-heading');
  steps.afterOptIn = { suggestions: await suggestions(other), people: await peopleIn(other, '.lunch-suggestions'), text: await pageText(other) };
  await check(other, 'lunch after opting in');
});
