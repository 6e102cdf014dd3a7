import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { startTestApp, type TestApp } from '../src/test/app.ts';
import { hasChromium, launchChromium, mustRunBrowserTests } from './browser.ts';

/** Kept by CI as an artifact: screenshots of what the browser tests saw. */
const RESULTS_DIR = new URL('../test-results/', import.meta.url);

/** Distinct province codes drawn on the map's province layer (the hook exists only under automation). */
const DRAWN_PROVINCES = `(() => {
  const map = window.giapranhMaps && window.giapranhMaps['geo-map'];
  if (!map || !map.getLayer('province-fill')) return 0;
  const features = map.queryRenderedFeatures({ layers: ['province-fill'] });
  return new Set(features.map((feature) => feature.properties.code)).size;
})()`;

describe.skipIf(!hasChromium && !mustRunBrowserTests)('the map, agencies and clusters in the browser', () => {
  let browser: Browser;
  let test: TestApp;
  let address: string;

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    // Reference data first, so the demo forces' jurisdictions name real units.
    test = await startTestApp('pglite', { demoMode: true, refData: true });
    await seedDemo(test.deps);
    address = await test.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await test?.close();
  });

  const openAs = async (username: string): Promise<Page> => {
    const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
    await page.goto(address);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill('GiapRanh-demo-2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('app-header').waitFor({ timeout: 15_000 });
    return page;
  };

  it('draws the 34 provinces, then the former 63, and looks up a clicked point', async () => {
    const page = await openAs('lienlac.hungyen');
    await page.getByTestId('nav-map').click();
    await expect.poll(() => page.evaluate(DRAWN_PROVINCES), { timeout: 30_000 }).toBeGreaterThanOrEqual(34);
    await page.screenshot({ path: new URL('map-current.png', RESULTS_DIR).pathname });

    const map = page.getByTestId('geo-map');
    const box = await map.boundingBox();
    const hungYen = await page.evaluate(`(() => {
      const point = window.giapranhMaps['geo-map'].project([106.05, 20.8]);
      return { x: point.x, y: point.y };
    })()`);
    expect(box).not.toBeNull();
    const { x, y } = hungYen as { x: number; y: number };
    await page.mouse.click((box?.x ?? 0) + x, (box?.y ?? 0) + y);
    await expect
      .poll(() => page.getByTestId('province-name').textContent(), { timeout: 15_000 })
      .toBe('Tỉnh Hưng Yên');
    await expect
      .poll(() => page.getByTestId('locate-result').textContent(), { timeout: 15_000 })
      .toContain('Tỉnh Hưng Yên');
    expect(await page.getByTestId('unit-neighbours').textContent()).toContain('Thành phố Hà Nội');
    await page.screenshot({ path: new URL('map-hung-yen.png', RESULTS_DIR).pathname });

    await page.getByText('Trước 01/7/2025 (63 tỉnh, thành)').click();
    await expect.poll(() => page.evaluate(DRAWN_PROVINCES), { timeout: 30_000 }).toBeGreaterThanOrEqual(63);
    await page.screenshot({ path: new URL('map-pre2025.png', RESULTS_DIR).pathname });
    await page.close();
  });

  it('lists Công an tỉnh Hưng Yên, found without diacritics', async () => {
    const page = await openAs('lienlac.hungyen');
    await page.goto(`${address}/#/agencies`);
    await page.getByTestId('agencies-search').fill('hung yen');
    await expect
      .poll(() => page.getByTestId('agency-row-CA-HYN').textContent(), { timeout: 15_000 })
      .toContain('Công an tỉnh Hưng Yên');
    await page.getByTestId('agency-row-CA-HYN').getByRole('link').click();
    await expect
      .poll(() => page.getByTestId('agency-name').textContent(), { timeout: 15_000 })
      .toBe('Công an tỉnh Hưng Yên');
    await expect.poll(() => page.getByTestId('agency-jurisdiction').textContent()).toContain('Hưng Yên');
    await page.screenshot({ path: new URL('agency-hung-yen.png', RESULTS_DIR).pathname });
    await page.close();
  });

  it('shows the chair history of cluster 303: Hồ Chí Minh City, then Bà Rịa - Vũng Tàu from 2022-09-12', async () => {
    const page = await openAs('lienlac.hungyen');
    await page.goto(`${address}/#/groups`);
    await page.getByTestId('group-row-CUM-303').getByRole('link').click();
    const history = page.getByTestId('chair-history');
    await history.waitFor({ timeout: 15_000 });
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('Công an Thành phố Hồ Chí Minh');
    expect(text).toContain('Bà Rịa - Vũng Tàu');
    expect(text).toContain('Từ 12/09/2022 đến nay');
    expect(text).toContain('Hội nghị sơ kết 2 năm thực hiện Quy chế phối hợp số 303/QCPH');
    await page.screenshot({ path: new URL('cluster-303.png', RESULTS_DIR).pathname });
    await page.close();
  });
});
