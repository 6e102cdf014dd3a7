import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRunBrowserTests } from './browser.ts';
import { type DemoSite, startDemoSite } from './demo-site.ts';

// A 1×1 PNG: the server checks the bytes are the image type they are sent as.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** How many address shapes the person's map draws (the hook exists only under automation). */
const DRAWN_ADDRESSES = `(() => {
  const map = window.giapranhMaps && window.giapranhMaps['person-addresses-map'];
  if (!map || !map.getLayer('address-fill')) return 0;
  return map.queryRenderedFeatures({ layers: ['address-fill'] }).length;
})()`;

describe.skipIf(!hasChromium && !mustRunBrowserTests)('the person page in the browser', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('lets Hưng Yên link Vũ Văn Khải to a person found by search, see it in the graph and the history, and set his photo', async () => {
    const page = await site.openAs('lienlac.hungyen');
    await page.getByTestId('nav-persons').click();
    await page.getByTestId('persons-search').fill('Vu Van Khai');
    const row = page.getByTestId('person-row').filter({ hasText: 'Vũ Văn Khải' });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await row.getByTestId('person-link').click();
    const title = page.getByTestId('person-title');
    await expect.poll(() => title.textContent(), { timeout: 15_000 }).toBe('Vũ Văn Khải');

    // His current address (a commune on the Hà Nội boundary) is outlined; the demo hotspot names him.
    await expect.poll(() => page.evaluate(DRAWN_ADDRESSES), { timeout: 30_000 }).toBeGreaterThan(0);
    const hotspot = page.getByTestId('person-hotspot-row');
    await expect.poll(() => hotspot.count(), { timeout: 15_000 }).toBe(1);
    expect(await hotspot.textContent()).toContain('Tụ điểm nhà trọ ven đê xã Văn Giang');
    expect(await hotspot.getByTestId('hotspot-status').textContent()).toBe('Đang theo dõi');

    expect(await page.getByTestId('person-links').textContent()).toContain('Chưa ghi nhận quan hệ nào.');
    await page.getByTestId('person-link-add').click();
    await page.getByTestId('link-form-person').fill('Dao Thi Hanh');
    await page.getByRole('option', { name: /^Đào Thị Hạnh · 1995/ }).click();
    await page.getByTestId('link-form-kind').click();
    await page.getByRole('option', { name: 'nguồn cung cấp' }).click();
    await page.getByTestId('link-form-note').fill('Cung cấp ma túy đá theo lời khai ngày 02/3');
    await page.getByTestId('link-form-submit').click();

    const graph = page.getByTestId('person-links-graph');
    await expect.poll(() => graph.count(), { timeout: 15_000 }).toBe(1);
    const nodes = graph.getByTestId('person-graph-node');
    expect(await nodes.count()).toBe(2);
    expect(await graph.getByRole('link', { name: 'Đào Thị Hạnh' }).count()).toBe(1);
    expect(await graph.getByTestId('person-graph-edge').textContent()).toBe('nguồn cung cấp');
    const link = page.getByTestId('person-link-row');
    expect(await link.textContent()).toContain('Đào Thị Hạnh');
    expect(await link.textContent()).toContain('Cung cấp ma túy đá');
    const linked = page.getByTestId('person-history-item').filter({ hasText: 'Thêm quan hệ' });
    await expect.poll(() => linked.count(), { timeout: 15_000 }).toBe(1);
    expect(await linked.textContent()).toContain('Công an tỉnh Hưng Yên');

    expect(await page.getByTestId('person-photo').textContent()).toContain('Chưa có ảnh.');
    await page
      .locator('#person-photo-input')
      .setInputFiles({ name: 'khai.png', mimeType: 'image/png', buffer: PNG });
    const image = page.getByTestId('person-photo-image');
    await expect.poll(() => image.count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), {
        timeout: 15_000,
      })
      .toBe(1);
    const photoSet = page.getByTestId('person-history-item').filter({ hasText: 'Cập nhật ảnh' });
    await expect.poll(() => photoSet.count(), { timeout: 15_000 }).toBe(1);
    await page.screenshot({ path: site.resultPath('person-page-linked.png'), fullPage: true });

    // The graph's node opens the linked person, whose graph shows the link from the other side.
    await graph.getByRole('link', { name: 'Đào Thị Hạnh' }).click();
    await expect.poll(() => title.textContent(), { timeout: 15_000 }).toBe('Đào Thị Hạnh');
    const back = page.getByTestId('person-links-graph').getByRole('link', { name: 'Vũ Văn Khải' });
    await expect.poll(() => back.count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });
});
