// "Min enheds kompetencegab" as a person in a unit with needs: the nearest unit with needs chosen, today's gaps with
// their numbers and candidates, then with the met needs too, then a year ahead. argv: baseUrl, token, artifact folder, year.
import { run, viewports } from './browser.mjs';
import { overflow, pageText, redrawn, tooWide } from './practicesPage.mjs';

const [baseUrl, token, artifacts, year] = process.argv.slice(2);

/** What the page shows: the chosen unit, the horizons offered and each gap with its numbers, networks and candidates. */
const observe = (page) => page.evaluate(() => ({
  unit: document.getElementById('gap-unit')?.value,
  unitText: document.getElementById('gap-unit')?.selectedOptions[0]?.textContent,
  units: [...document.querySelectorAll('#gap-unit option')].map((o) => o.value),
  horizons: [...document.querySelectorAll('#gap-horizon option')].map((o) => o.value),
  gaps: [...document.querySelectorAll('.gap')].map((gap) => ({
    competence: gap.dataset.competence,
    needed: Number(gap.querySelector('[data-needed]').dataset.needed),
    have: Number(gap.querySelector('[data-have]').dataset.have),
    missing: Number(gap.querySelector('[data-missing]').dataset.missing),
    numbers: gap.querySelector('.gap-numbers').textContent,
    networks: gap.querySelector('.gap-networks')?.textContent ?? '',
    candidates: [...gap.querySelectorAll('.candidates > li')].map((c) => ({
      key: c.dataset.person,
      level: c.querySelector('.candidate-level').textContent,
      ways: [...c.querySelectorAll('.chip')].map((chip) => chip.textContent),
    })),
  })),
  text: document.body.innerText,
}));

run(baseUrl, async ({ open, steps, check, screenshot }) => {
  const page = await open('/praksis/kompetencegab', { token });
  steps.today = await observe(page);
  await check(page, 'gap desktop');
  await screenshot(page, `${artifacts}/find-gap-desktop.png`);

  await page.check('#gap-include-met');
  await redrawn(page, 'opfyldte=1');
  steps.withMet = await observe(page);

  await page.selectOption('#gap-horizon', year);
  await redrawn(page, `horisont=${year}`);
  steps.year = await observe(page);
  await check(page, 'gap a year ahead');

  const phone = await open('/praksis/kompetencegab', { token, viewport: viewports.phone });
  steps.phoneOverflow = await overflow(phone);
  steps.phoneTooWide = await tooWide(phone);
  steps.phoneText = await pageText(phone);
  await check(phone, 'gap phone');
});
