import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRunBrowserTests } from './browser.ts';
import { type DemoSite, startDemoSite } from './demo-site.ts';

// A name no demo seed uses, so the test finds its own person whatever persons the seed holds.
const FULL_NAME = 'Lò Văn Thử Nghiệm';
const PURPOSE = 'Phối hợp xác minh đối tượng theo tuyến Hưng Yên - Hà Nội';

describe.skipIf(!hasChromium && !mustRunBrowserTests)('persons of interest in the browser', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('lets Hưng Yên record a person and share a summary with Hà Nội, who reads it without documents, then revoke it', async () => {
    const page = await site.openAs('lienlac.hungyen');
    await page.getByTestId('nav-persons').click();
    await page.getByTestId('persons-create').click();
    await page.getByTestId('person-form-fullName').fill(FULL_NAME);
    await page.getByTestId('person-form-aliases').fill('Thử');
    await page.keyboard.press('Enter');
    await page.getByTestId('person-form-sex').click();
    await page.getByRole('option', { name: 'Nam', exact: true }).click();
    await page.getByTestId('person-form-birthDate').fill('1990');
    await page.getByTestId('person-form-document-add').click();
    await page.getByTestId('person-form-document-number-0').fill('033088001234');
    await page.getByTestId('person-form-roles').click({ force: true });
    await page.getByRole('option', { name: 'Nghi phạm' }).click();
    await page.locator('.mantine-Modal-title').click();
    await page.getByTestId('person-form-reliability').click();
    await page.getByRole('option', { name: /^B · / }).click();
    await page.getByTestId('person-form-accuracy').click();
    await page.getByRole('option', { name: /^2 · / }).click();
    await page.getByTestId('person-form-submit').click();

    // The CCCD says born in 1988: the server names `identityDocuments.0.number`, shown on that row.
    const numberField = page.getByTestId('person-form-document-number-0');
    await expect.poll(() => numberField.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await page.getByTestId('person-form-error').count()).toBe(0);
    await page.screenshot({ path: site.resultPath('person-form-error.png') });
    await page.getByTestId('person-form-birthDate').fill('1988-04-12');
    await page.getByTestId('person-form-submit').click();

    const title = page.getByTestId('person-title');
    await expect.poll(() => title.textContent(), { timeout: 15_000 }).toBe(FULL_NAME);
    const personId = new URL(page.url()).hash.replace('#/persons/', '');
    expect(personId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.getByTestId('person-level').first().textContent()).toBe('Đầy đủ');
    expect(await page.getByTestId('person-grading').first().textContent()).toBe('B2');
    expect(await page.getByTestId('person-documents').textContent()).toContain('CCCD: 033088001234');

    await page.getByTestId('person-share-open').click();
    await page.getByTestId('share-form-recipient').fill('ha noi');
    await page.getByRole('option', { name: /Công an thành phố Hà Nội/ }).click();
    await page.getByTestId('share-form-level').click();
    await page.getByRole('option', { name: 'Tóm tắt' }).click();
    await page.getByTestId('share-form-purpose').fill(PURPOSE);
    await page.getByTestId('share-form-submit').click();
    const hanoi = page.getByTestId('person-audience-row').filter({ hasText: 'Công an thành phố Hà Nội' });
    await expect.poll(() => hanoi.count(), { timeout: 15_000 }).toBe(1);
    expect(await hanoi.textContent()).toContain(`Chia sẻ: ${PURPOSE}`);
    expect(await hanoi.getByTestId('person-level').textContent()).toBe('Tóm tắt');
    expect(await page.getByTestId('person-share-row').first().textContent()).toContain('Đang hiệu lực');
    await page.screenshot({ path: site.resultPath('person-shared.png'), fullPage: true });

    await page.getByTestId('nav-persons').click();
    await page.getByTestId('persons-search').fill('thu nghiem');
    const row = page.getByTestId('person-row').filter({ hasText: FULL_NAME });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.textContent()).toContain('Nghi phạm');
    await page.screenshot({ path: site.resultPath('persons-list.png'), fullPage: true });
    await page.close();

    const hanoiPage = await site.openAs('trinhsat.hanoi');
    await hanoiPage.goto(`${site.address}/#/persons/${personId}`);
    const hanoiTitle = hanoiPage.getByTestId('person-title');
    await expect.poll(() => hanoiTitle.textContent(), { timeout: 15_000 }).toBe(FULL_NAME);
    expect(await hanoiPage.getByTestId('person-level').first().textContent()).toBe('Tóm tắt');
    expect(await hanoiPage.getByTestId('person-identity').textContent()).toContain('12/04/1988');
    expect(await hanoiPage.getByTestId('person-documents').count()).toBe(0);
    expect(await hanoiPage.getByText('033088001234').count()).toBe(0);
    expect(await hanoiPage.getByTestId('person-shared-with').count()).toBe(0);
    await hanoiPage.screenshot({ path: site.resultPath('person-summary-hanoi.png'), fullPage: true });
    await hanoiPage.close();

    const ownerPage = await site.openAs('lienlac.hungyen');
    await ownerPage.goto(`${site.address}/#/persons/${personId}`);
    await ownerPage.getByTestId('person-share-revoke').click();
    await ownerPage.getByTestId('revoke-form-submit').click();
    const reason = ownerPage.getByTestId('revoke-form-reason');
    await expect.poll(() => reason.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    await reason.fill('Đã xác minh xong');
    await ownerPage.getByTestId('revoke-form-submit').click();
    const shareRow = ownerPage.getByTestId('person-share-row').first();
    await expect.poll(() => shareRow.textContent(), { timeout: 15_000 }).toContain('Đã xác minh xong');
    expect(await shareRow.textContent()).toContain('Đã thu hồi');
    // A past recipient stays in the audience, now without access.
    const hanoiAfter = ownerPage
      .getByTestId('person-audience-row')
      .filter({ hasText: 'Công an thành phố Hà Nội' });
    expect(await hanoiAfter.textContent()).toContain('Không được xem');
    await ownerPage.screenshot({ path: site.resultPath('person-share-revoked.png'), fullPage: true });
    await ownerPage.close();
  });
  it('finds Vũ Văn Khải typed without diacritics and lets Hà Nội confirm its record names the same man', async () => {
    const page = await site.openAs('trinhsat.hanoi');
    await page.getByTestId('nav-persons').click();
    await page.getByTestId('persons-search').fill('Vu Van Khai');
    const results = page.getByTestId('persons-search-results');
    const hungYen = results.getByTestId('person-row').filter({ hasText: 'Vũ Văn Khải' });
    const hanoi = results
      .getByTestId('person-row')
      .filter({ has: page.getByText('Vu Van Khai', { exact: true }) });
    await expect.poll(() => hungYen.count(), { timeout: 15_000 }).toBe(1);
    expect(await hanoi.count()).toBe(1);
    expect(await hungYen.getByTestId('match-score').textContent()).toMatch(/^\d+%$/);
    expect(await hanoi.getByTestId('match-score').textContent()).toMatch(/^\d+%$/);
    expect(await hungYen.getByTestId('match-reason').count()).toBeGreaterThan(0);
    await page.screenshot({ path: site.resultPath('persons-search-ranked.png'), fullPage: true });

    await hanoi.getByTestId('person-link').click();
    const identity = page.getByTestId('person-identity');
    await expect.poll(() => identity.textContent(), { timeout: 15_000 }).toContain('HNI-2024-117');
    const match = page.getByTestId('person-match').filter({ hasText: 'Vũ Văn Khải' });
    await expect.poll(() => match.count(), { timeout: 15_000 }).toBe(1);
    expect(await match.getByTestId('match-other-name').textContent()).toBe('Vũ Văn Khải');
    expect(await match.getByTestId('match-field-birth-date').getByTestId('match-verdict').textContent()).toBe(
      'Khớp',
    );
    expect(await match.getByTestId('match-status').textContent()).toBe('Chờ xem xét');
    await page.screenshot({ path: site.resultPath('person-possible-matches.png'), fullPage: true });

    await match.getByTestId('match-confirm').click();
    await page.getByTestId('match-decision-note').fill('Cùng CCCD theo xác minh của Công an Hưng Yên');
    await page.getByTestId('match-decision-form-submit').click();
    const status = match.getByTestId('match-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Đã xác nhận cùng một người');
    expect(await match.getByTestId('match-note').textContent()).toContain('Cùng CCCD');
    expect(await match.getByTestId('match-confirm').count()).toBe(0);
    await page.screenshot({ path: site.resultPath('person-match-confirmed.png'), fullPage: true });
    await page.close();
  });
});
