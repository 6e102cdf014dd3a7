import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRunBrowserTests } from './browser.ts';
import { type DemoSite, startDemoSite } from './demo-site.ts';

/** Distinct province codes drawn on the map's province layer (the hook exists only under automation). */
const DRAWN_PROVINCES = `(() => {
  const map = window.giapranhMaps && window.giapranhMaps['geo-map'];
  if (!map || !map.getLayer('province-fill')) return 0;
  const features = map.queryRenderedFeatures({ layers: ['province-fill'] });
  return new Set(features.map((feature) => feature.properties.code)).size;
})()`;

describe.skipIf(!hasChromium && !mustRunBrowserTests)('the map, agencies and clusters in the browser', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  const openAs = (username: string) => site.openAs(username);

  it('draws the 34 provinces, then the former 63, and looks up a clicked point', async () => {
    const page = await openAs('lienlac.hungyen');
    await page.getByTestId('nav-map').click();
    await expect.poll(() => page.evaluate(DRAWN_PROVINCES), { timeout: 30_000 }).toBeGreaterThanOrEqual(34);
    await page.screenshot({ path: site.resultPath('map-current.png') });

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
    await page.screenshot({ path: site.resultPath('map-hung-yen.png') });

    await page.getByText('Trước 01/7/2025 (63 tỉnh, thành)').click();
    await expect.poll(() => page.evaluate(DRAWN_PROVINCES), { timeout: 30_000 }).toBeGreaterThanOrEqual(63);
    await page.screenshot({ path: site.resultPath('map-pre2025.png') });
    await page.close();
  });

  it('lists Công an tỉnh Hưng Yên, found without diacritics', async () => {
    const page = await openAs('lienlac.hungyen');
    await page.goto(`${site.address}/#/agencies`);
    await page.getByTestId('agencies-search').fill('hung yen');
    await expect
      .poll(() => page.getByTestId('agency-row-CA-HYN').textContent(), { timeout: 15_000 })
      .toContain('Công an tỉnh Hưng Yên');
    await page.getByTestId('agency-row-CA-HYN').getByRole('link').click();
    await expect
      .poll(() => page.getByTestId('agency-name').textContent(), { timeout: 15_000 })
      .toBe('Công an tỉnh Hưng Yên');
    await expect.poll(() => page.getByTestId('agency-jurisdiction').textContent()).toContain('Hưng Yên');
    await page.screenshot({ path: site.resultPath('agency-hung-yen.png') });
    await page.close();
  });

  it('shows the chair history of cluster 303: Hồ Chí Minh City, then Bà Rịa - Vũng Tàu from 2022-09-12', async () => {
    const page = await openAs('lienlac.hungyen');
    await page.goto(`${site.address}/#/groups`);
    await page.getByTestId('group-row-CUM-303').getByRole('link').click();
    const history = page.getByTestId('chair-history');
    await history.waitFor({ timeout: 15_000 });
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('Công an Thành phố Hồ Chí Minh');
    expect(text).toContain('Bà Rịa - Vũng Tàu');
    expect(text).toContain('Từ 12/09/2022 đến nay');
    expect(text).toContain('Hội nghị sơ kết 2 năm thực hiện Quy chế phối hợp số 303/QCPH');
    await page.screenshot({ path: site.resultPath('cluster-303.png') });
    await page.close();
  });
});
