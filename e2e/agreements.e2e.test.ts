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

  // Runs last: it adds to the Hưng Yên - Hà Nội agreement (never removes), which the tests above only read.
  it('lets an administrator of Hưng Yên add a review, an obligation and a signed PDF to the Hà Nội agreement', async () => {
    const page = await openAs('quantri.hungyen');
    await page.goto(`${site.address}/#/agreements`);
    await page.getByTestId('agreements-table').waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: /Công an tỉnh Hưng Yên và Công an thành phố Hà Nội/ }).click();

    await page.getByTestId('agreement-reviews-edit').click();
    await page.getByTestId('reviews-form-add').click();
    await page.getByTestId('reviews-form-kind-0').click();
    await page.getByRole('option', { name: 'Giao ban hằng năm' }).click();
    await page.getByTestId('reviews-form-every-0').fill('12');
    await page.getByTestId('reviews-form-note-0').fill('Hội nghị giao ban thử nghiệm');
    await page.screenshot({ path: site.resultPath('agreement-reviews-form.png') });
    await page.getByTestId('reviews-form-submit').click();
    const reviews = page.getByTestId('agreement-reviews');
    await expect.poll(() => reviews.textContent(), { timeout: 15_000 }).toContain('Giao ban hằng năm');
    expect(await reviews.textContent()).toContain('1 năm một lần');
    expect(await reviews.textContent()).toContain('Hội nghị giao ban thử nghiệm');

    await page.getByTestId('agreement-obligations-edit').click();
    expect(await page.getByTestId('obligations-form-row').count()).toBe(2);
    await page.getByTestId('obligations-form-add').click();
    await page.getByTestId('obligations-form-kind-2').click();
    await page.getByRole('option', { name: 'Vụ án, vụ việc' }).click();
    await page.getByTestId('obligations-form-level-2').click();
    await page.getByRole('option', { name: 'Đầy đủ' }).click();
    await page.getByTestId('obligations-form-urgentHours').fill('24');
    await page.screenshot({ path: site.resultPath('agreement-obligations-form.png') });
    await page.getByTestId('obligations-form-submit').click();
    const obligations = page.getByTestId('agreement-obligations');
    await expect.poll(() => obligations.textContent(), { timeout: 15_000 }).toContain('Vụ án, vụ việc');
    expect(await obligations.textContent()).toContain('Đầy đủ');
    expect(await page.getByTestId('agreement-reply-deadlines').textContent()).toContain('Khẩn: 24 giờ');

    const documents = page.getByTestId('agreement-documents');
    await documents.locator('input[type=file]').setInputFiles({
      name: 'Biên bản ký kết.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    const row = page.getByTestId('agreement-document');
    await expect.poll(() => row.first().textContent(), { timeout: 15_000 }).toContain('Biên bản ký kết.pdf');
    const href = await row.first().getByRole('link').getAttribute('href');
    const download = await page.request.get(`${site.address}${href}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
    await page.screenshot({ path: site.resultPath('agreement-edited.png'), fullPage: true });

    // Newest first: the attachment, then (after the obligations) the review calendar, both by Hưng Yên.
    const history = page.getByTestId('agreement-history');
    const entries = page.getByTestId('agreement-history-item');
    await expect
      .poll(() => entries.first().textContent(), { timeout: 15_000 })
      .toContain('Đính kèm văn bản đã ký');
    expect(await entries.first().textContent()).toContain('Công an tỉnh Hưng Yên');
    const reviewsChange = entries.filter({ hasText: 'Cập nhật lịch sơ kết, tổng kết' }).first();
    expect(await reviewsChange.textContent()).toContain('Công an tỉnh Hưng Yên');
    expect(await history.textContent()).toContain('Cập nhật nghĩa vụ chia sẻ');
    await history.scrollIntoViewIfNeeded();
    await history.screenshot({ path: site.resultPath('agreement-history.png') });
    await page.close();
  });
});
