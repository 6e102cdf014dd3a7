import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRunBrowserTests } from './browser.ts';
import { type DemoSite, startDemoSite } from './demo-site.ts';

describe.skipIf(!hasChromium && !mustRunBrowserTests)('the coordination agreements in the browser', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  const openAs = (username: string) => site.openAs(username);

  it('lists regulation 303/QCPH and shows its seven parties and its interim review every 2 years', async () => {
    const page = await openAs('lienlac.hungyen');
    await page.getByTestId('nav-agreements').click();
    const row = page.getByTestId('agreement-row-303/QCPH');
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('Quy chế phối hợp số 303/QCPH');
    expect(await row.textContent()).toContain('Đang có hiệu lực');
    await page.screenshot({ path: site.resultPath('agreements-list.png'), fullPage: true });

    await row.getByRole('link').click();
    await page.getByTestId('agreement-parties').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('agreement-party').count()).toBe(7);
    const parties = (await page.getByTestId('agreement-parties').textContent()) ?? '';
    expect(parties).toContain('Công an Thành phố Hồ Chí Minh');
    const reviews = (await page.getByTestId('agreement-reviews').textContent()) ?? '';
    expect(reviews).toContain('Sơ kết');
    expect(reviews).toContain('2 năm một lần');
    expect(reviews).toContain('12/09/2022');
    expect(await page.getByTestId('agreement-domains').textContent()).toContain('Ma túy');
    expect(await page.getByTestId('agreement-note').textContent()).toContain('lựa chọn của dữ liệu mẫu');
    await page.screenshot({ path: site.resultPath('agreement-303.png'), fullPage: true });
    await page.close();
  });

  it('draws the Hưng Yên - Hà Nội agreement zone on the map', async () => {
    const page = await openAs('lienlac.hungyen');
    await page.goto(`${site.address}/#/agreements`);
    await page.getByTestId('agreements-table').waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: /Công an tỉnh Hưng Yên và Công an thành phố Hà Nội/ }).click();
    await page.getByTestId('agreement-zones-map').waitFor({ timeout: 30_000 });
    await expect
      .poll(
        () =>
          page.evaluate(`(() => {
            const map = window.giapranhMaps && window.giapranhMaps['agreement-zones-map'];
            if (!map || !map.getLayer('zone-fill')) return 0;
            return map.queryRenderedFeatures({ layers: ['zone-fill'] }).length;
          })()`),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    await page.screenshot({
      path: site.resultPath('agreement-hung-yen-ha-noi.png'),
      fullPage: true,
    });
    await page.close();
  });
  it('lets a commander draft an agreement with Hà Nội, then sign it', async () => {
    const page = await openAs('chihuy.hungyen');
    await page.goto(`${site.address}/#/agreements`);
    await page.getByTestId('agreements-create').click();
    await page.getByTestId('agreement-form-title').fill('Bản ghi nhớ thử nghiệm về trao đổi thông tin');
    await page.getByText('Thêm bên').click();
    await page.getByTestId('agreement-form-party-1').fill('ha noi');
    await page.getByRole('option', { name: /Công an thành phố Hà Nội/ }).click();
    await page.getByTestId('agreement-form-submit').click();
    await expect
      .poll(() => page.getByTestId('agreement-title').textContent(), { timeout: 15_000 })
      .toBe('Bản ghi nhớ thử nghiệm về trao đổi thông tin');
    expect(await page.getByTestId('agreement-status').first().textContent()).toBe('Dự thảo');
    await page.getByTestId('agreement-sign-open').click();
    await page.getByTestId('agreement-sign-submit').click();
    await expect
      .poll(() => page.getByTestId('agreement-status').first().textContent(), { timeout: 15_000 })
      .toBe('Đã ký');
    await page.screenshot({ path: site.resultPath('agreement-signed.png'), fullPage: true });
    await page.close();
  });
});
