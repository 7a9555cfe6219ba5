// The course site in a real browser: Debian's Chromium, headless and offline, driven by playwright-core.
//
// Opens the site from disk (file://), as a reader on a plane would, and checks:
//   - the landing page, the syllabus and a lesson render, with no script error;
//   - every page of the site loads, and makes no request outside the site (any is a failure);
//   - every internal link resolves, anchors included, and every image loads;
//   - a quiz answer can be chosen and checked: the verdict and the explanation appear, the score counts;
//   - hints open one at a time;
// and saves screenshots (a lesson, its quiz after an answer, the landing page) with the test reports.
//
// Sites to test come from SITES: "name=siteDir=planFile;..." (run.sh sets it), REPORTS is where screenshots go.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const REPORTS = process.env.REPORTS || path.resolve('target/browser-test');
// Without these, Chromium phones home at start-up (and this machine's closed network refuses it).
const OFFLINE_FLAGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
  '--no-default-browser-check', '--metrics-recording-only', '--disable-features=Translate,OptimizationHints,MediaRouter'];

const sites = (process.env.SITES || '').split(';').filter(Boolean).map((entry) => {
  const [name, dir, plan] = entry.split('=');
  return { name, dir: path.resolve(dir), plan: JSON.parse(fs.readFileSync(plan, 'utf8')) };
});

let browser;

before(async () => {
  assert.ok(sites.length > 0, 'no site to test: set SITES (run.sh does)');
  assert.ok(fs.existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: run ./kata setup (it installs Debian's chromium)`);
  fs.mkdirSync(REPORTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: OFFLINE_FLAGS });
});

after(async () => {
  if (browser) await browser.close();
});

/**
 * A fresh page that records everything it asks for and every script error. Any request that is not a
 * file inside the site (or an inline data: URL) is refused and recorded: the site must work offline.
 */
async function openPage(site) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside = [];
  const errors = [];
  await context.route((url) => !url.protocol.startsWith('file') && url.protocol !== 'data:', (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10000); // a static page from disk: anything slower is a failure, not a wait
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('file:') && !fileURLToPath(url).startsWith(site.dir + path.sep)) outside.push(url);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return { context, page, outside, errors };
}

function urlOf(site, sitePath) {
  return pathToFileURL(path.join(site.dir, sitePath)).href;
}

function firstLesson(site) {
  for (const week of site.plan.weeks) {
    for (const lesson of week.lessons) if (lesson.page) return { week, lesson };
  }
  return null;
}

function lessonsWithQuiz(site) {
  const out = [];
  for (const week of site.plan.weeks) for (const lesson of week.lessons) if (lesson.page && lesson.quiz) out.push(lesson);
  return out;
}

for (const site of sites) {
  test(`${site.name}: the landing page renders, offline`, async () => {
    const { context, page, outside, errors } = await openPage(site);
    await page.goto(urlOf(site, 'index.html'));
    assert.equal(await page.title(), 'Tick to Trade');
    assert.ok(await page.locator('header.kata-bar').isVisible(), 'the course bar is shown');
    assert.ok(await page.locator('#toc').isVisible(), 'the table of contents is shown');
    assert.ok((await page.locator('h2').allTextContents()).includes('How the grader works'));
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('kata-js')), true, 'the site script ran');
    await page.screenshot({ path: path.join(REPORTS, `${site.name}-landing.png`) });
    assert.deepEqual(errors, [], 'script errors');
    assert.deepEqual(outside, [], 'requests outside the site');
    await context.close();
  });

  test(`${site.name}: the syllabus shows all eight modules, linking only those that exist`, async () => {
    const { context, page, outside } = await openPage(site);
    await page.goto(urlOf(site, 'syllabus.html'));
    const modules = page.locator('.kata-module');
    assert.equal(await modules.count(), 8);
    assert.equal(await page.locator('.kata-module.kata-coming a').count(), 0, 'a coming module links nowhere');
    assert.equal(await page.locator('.kata-module.kata-available').count(), site.plan.weeks.filter((w) =>
      ['week-01', 'week-02', 'week-03', 'week-04', 'week-05', 'week-06', 'week-07', 'capstone'].includes(w.id)).length);
    assert.deepEqual(outside, []);
    await context.close();
  });

  test(`${site.name}: a lesson renders with its code, navigation and quiz`, async (t) => {
    const first = firstLesson(site);
    if (!first) {
      t.skip('no lesson written yet in this site');
      return;
    }
    const { context, page, outside, errors } = await openPage(site);
    await page.goto(urlOf(site, first.lesson.page));
    assert.ok((await page.locator('h1').textContent()).length > 0, 'the lesson has a title');
    assert.ok(await page.locator('#toc').isVisible(), 'the table of contents is shown');
    assert.ok(await page.locator('.kata-week-nav').isVisible(), "the week's navigation is shown");
    assert.ok(await page.locator('.kata-pager a[rel="prev"]').count() === 1, 'a previous link');
    assert.ok(await page.locator('pre.rouge').count() > 0, 'code is highlighted (Rouge, at build time)');
    await page.screenshot({ path: path.join(REPORTS, `${site.name}-lesson.png`) });
    await page.screenshot({ path: path.join(REPORTS, `${site.name}-lesson-full.png`), fullPage: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
    await context.close();
  });

  test(`${site.name}: clicking a quiz answer shows its verdict and explanation`, async (t) => {
    const lessons = lessonsWithQuiz(site);
    if (lessons.length === 0) {
      t.skip('no lesson with a quiz yet in this site');
      return;
    }
    for (const lesson of lessons) {
      const { context, page, errors } = await openPage(site);
      await page.goto(urlOf(site, lesson.page));
      const questions = page.locator('.kata-quiz .kata-question');
      const count = await questions.count();
      assert.ok(count > 0, `${lesson.page}: its quiz shows no question`);
      for (let i = 0; i < count; i++) {
        const q = questions.nth(i);
        const context = q.locator('.kata-context');
        assert.equal(await context.isVisible(), false, `${lesson.page} question ${i + 1}: the explanation waits for an answer`);
        const choice = q.locator('.kata-choice').first();
        if (await choice.count() > 0) {
          await q.scrollIntoViewIfNeeded();
          await choice.click();
        } else {
          await q.locator('input.kata-short').fill('an answer');
        }
        await q.locator('button.kata-check').click();
        await context.waitFor({ state: 'visible', timeout: 5000 });
        const verdict = await q.locator('.kata-verdict').textContent();
        assert.match(verdict, /^(Right|Not quite)\.$/, `${lesson.page} question ${i + 1}: a verdict`);
        assert.ok((await context.textContent()).trim().length > 5, `${lesson.page} question ${i + 1}: an explanation`);
      }
      const score = await page.locator('.kata-quiz .kata-score-text').first().textContent();
      assert.match(score, new RegExp(`^Finished: \\d+ of ${count} right`), `${lesson.page}: the running score`);
      if (lesson === lessons[0]) {
        await page.locator('.kata-quiz .kata-question').first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(REPORTS, `${site.name}-quiz.png`) });
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test(`${site.name}: every page loads offline, and every internal link, anchor and image resolves`, async () => {
    const { context, page, outside, errors } = await openPage(site);
    const idsByPage = new Map();
    const links = [];
    for (const planned of site.plan.pages) {
      const url = urlOf(site, planned.path);
      await page.goto(url);
      idsByPage.set(url, new Set(await page.evaluate(() =>
        Array.from(document.querySelectorAll('[id], a[name]')).map((e) => e.id || e.getAttribute('name')))));
      const broken = await page.evaluate(() => Array.from(document.images).filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
      assert.deepEqual(broken, [], `${planned.path}: images that did not load`);
      for (const href of await page.evaluate(() => Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src]'))
        .map((e) => e.href || e.src))) {
        links.push({ from: planned.path, href });
      }
    }
    const problems = [];
    let internal = 0;
    for (const { from, href } of links) {
      if (!href.startsWith('file:')) continue; // a link to the web: the reader's to follow, never loaded
      internal++;
      const [file, fragment] = href.split('#');
      const target = fileURLToPath(file);
      if (!target.startsWith(site.dir + path.sep) || !fs.existsSync(target)) {
        problems.push(`${from}: broken link ${href}`);
        continue;
      }
      if (fragment && target.endsWith('.html')) {
        if (!idsByPage.has(file)) {
          await page.goto(file);
          idsByPage.set(file, new Set(await page.evaluate(() => Array.from(document.querySelectorAll('[id], a[name]')).map((e) => e.id || e.getAttribute('name')))));
        }
        if (!idsByPage.get(file).has(decodeURIComponent(fragment))) problems.push(`${from}: broken anchor ${href}`);
      }
    }
    assert.deepEqual(problems, [], 'broken internal links');
    assert.ok(internal > site.plan.pages.length, 'the pages link to each other');
    assert.deepEqual(errors, [], 'script errors');
    assert.deepEqual(outside, [], 'requests outside the site');
    await context.close();
  });
}

// What only the fixture course has: one of every question type with a known answer, and hints.
const fixture = sites.find((s) => s.plan.weeks.some((w) => w.id === 'week-99'));
if (fixture) {
  test('fixture: right answers score as right, with the grader\'s normalisation rules', async () => {
    const { context, page, errors } = await openPage(fixture);
    await page.goto(urlOf(fixture, 'week-99-fixture/lessons/lesson-01-fixture.html'));
    const q = (id) => page.locator(`#quiz-lesson-01-quiz-${id}`);
    await q('release-store').locator('.kata-choice', { hasText: 'release' }).first().click();
    await q('release-store').locator('button.kata-check').click();
    await q('orderings').locator('.kata-choice', { hasText: 'getAcquire' }).click();
    await q('orderings').locator('.kata-choice', { hasText: 'getVolatile' }).click();
    await q('orderings').locator('button.kata-check').click();
    await q('mask').locator('input.kata-short').fill('  0X3FF ');
    await q('mask').locator('button.kata-check').click();
    await q('prints').locator('textarea.kata-stdout').fill('33\n');
    await q('prints').locator('button.kata-check').click();
    await q('final-reassigned').locator('.kata-choice', { hasText: 'does not compile' }).click();
    await q('final-reassigned').locator('button.kata-check').click();
    for (const id of ['release-store', 'orderings', 'mask', 'prints', 'final-reassigned']) {
      assert.equal(await q(id).locator('.kata-verdict').textContent(), 'Right.', `${id} is right`);
      assert.ok(await q(id).locator('.kata-context').isVisible(), `${id} shows its explanation`);
    }
    assert.match(await page.locator('.kata-score-text').textContent(), /^Finished: 5 of 5 right \(100%\)\./);
    await page.locator('.kata-retry').click();
    assert.equal(await q('mask').locator('.kata-context').isVisible(), false, 'start again hides the explanations');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('fixture: a wrong answer is marked wrong and shows the right one', async () => {
    const { context, page } = await openPage(fixture);
    await page.goto(urlOf(fixture, 'week-99-fixture/lessons/lesson-01-fixture.html'));
    const q = page.locator('#quiz-lesson-01-quiz-prints');
    await q.locator('textarea.kata-stdout').fill('123');
    await q.locator('button.kata-check').click();
    assert.equal(await q.locator('.kata-verdict').textContent(), 'Not quite.');
    assert.match(await q.locator('.kata-answer').textContent(), /prints:\n33/);
    await context.close();
  });

  test('fixture: hints open one at a time', async () => {
    const { context, page } = await openPage(fixture);
    await page.goto(urlOf(fixture, 'week-99-fixture/project.html'));
    const hints = page.locator('.kata-hints details');
    assert.equal(await hints.count(), 3);
    assert.equal(await hints.nth(1).isVisible(), false, 'the second hint waits');
    await hints.nth(0).locator('summary').click();
    await hints.nth(1).waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await hints.nth(2).isVisible(), false, 'the third hint still waits');
    await context.close();
  });
}
