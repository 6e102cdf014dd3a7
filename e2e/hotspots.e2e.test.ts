import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRunBrowserTests } from './browser.ts';
import { type DemoSite, startDemoSite } from './demo-site.ts';

// A name no demo seed uses, so the test finds its own hotspot whatever the seed holds.
const NAME = 'Tụ điểm thử nghiệm trình duyệt';

describe.skipIf(!hasChromium && !mustRunBrowserTests)('drug points and hotspots in the browser', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('lets Hưng Yên record a hotspot (refused abroad), see it placed in the border zone, and verify it on the timeline', async () => {
    const page = await site.openAs('lienlac.hungyen');
    await page.getByTestId('nav-hotspots').click();
    await expect.poll(() => page.getByTestId('hotspot-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByTestId('hotspots-create').click();
    await page.getByTestId('hotspot-form-name').fill(NAME);
    await page.getByTestId('hotspot-form-lat').fill('15.4');
    await page.getByTestId('hotspot-form-lon').fill('107.55');
    await page.getByTestId('hotspot-form-submit').click();

    // A point in Sekong (Laos): the server names `lat`, shown on that field in Vietnamese.
    const lat = page.getByTestId('hotspot-form-lat');
    await expect.poll(() => lat.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await page.getByText('Vị trí nằm ngoài lãnh thổ Việt Nam.').count()).toBeGreaterThan(0);
    await page.screenshot({ path: site.resultPath('hotspot-form-error.png') });
    await lat.fill('20.93');
    await page.getByTestId('hotspot-form-lon').fill('105.93');
    await page.getByTestId('hotspot-form-submit').click();

    const title = page.getByTestId('hotspot-name');
    await expect.poll(() => title.textContent(), { timeout: 15_000 }).toBe(NAME);
    expect(await page.getByTestId('hotspot-zone').textContent()).toBe('Địa bàn giáp ranh Hà Nội - Hưng Yên');
    expect(await page.getByTestId('hotspot-to-boundary').textContent()).toContain('Hà Nội');
    expect(await page.getByTestId('hotspot-status').first().textContent()).toBe('Tiếp nhận tin báo');

    await page.getByTestId('hotspot-transition').click();
    await page.getByTestId('transition-form-to').click();
    await page.getByRole('option', { name: 'Đã xác minh' }).click();
    await page.getByTestId('transition-form-reason').fill('Trinh sát xác minh có tụ tập sử dụng ma túy');
    await page.getByTestId('transition-form-submit').click();
    const timeline = page.getByTestId('hotspot-timeline');
    await expect
      .poll(() => timeline.textContent(), { timeout: 15_000 })
      .toContain('Trinh sát xác minh có tụ tập sử dụng ma túy');
    expect(await page.getByTestId('hotspot-status').first().textContent()).toBe('Đã xác minh');
    await page.screenshot({ path: site.resultPath('hotspot-detail.png'), fullPage: true });

    await page.getByTestId('nav-hotspots').click();
    await page.getByTestId('hotspots-search').fill('thu nghiem trinh duyet');
    const row = page.getByTestId('hotspot-row').filter({ hasText: NAME });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.textContent()).toContain('Đã xác minh');
    await page.close();
  });
});
