import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRunBrowserTests } from './browser.ts';
import { type DemoSite, startDemoSite } from './demo-site.ts';

describe.skipIf(!hasChromium && !mustRunBrowserTests)('cases and seizures in the browser', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('shows Hưng Yên its seizure results per unit, and refuses an absurd quantity on the field before recording a sane one', async () => {
    const page = await site.openAs('lienlac.hungyen');
    await page.getByTestId('nav-seizures').click();
    const rows = page.getByTestId('totals-rows').getByTestId('totals-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const texts = await rows.allTextContents();
    expect(texts.some((text) => text.includes('kg'))).toBe(true);
    expect(texts.some((text) => text.includes('viên'))).toBe(true);
    await page.screenshot({ path: site.resultPath('seizure-totals.png') });

    await page.getByTestId('nav-cases').click();
    const caseRow = page.getByTestId('case-row').filter({ hasText: 'chung cư giáp ranh' });
    await expect.poll(() => caseRow.count(), { timeout: 15_000 }).toBe(1);
    await caseRow.getByRole('link').first().click();
    await expect
      .poll(() => page.getByTestId('record-title').textContent(), { timeout: 15_000 })
      .toContain('chung cư');
    const seizureRows = page.getByTestId('case-seizures').getByTestId('seizure-row');
    await expect.poll(() => seizureRows.count(), { timeout: 15_000 }).toBe(2);

    await page.getByTestId('case-add-seizure').click();
    await page.getByTestId('seizure-form-substance').click();
    await page.getByRole('option', { name: 'Heroin' }).click();
    await page.getByTestId('seizure-form-quantity').fill('1000000000');
    await page.getByTestId('seizure-form-unit').click();
    await page.getByRole('option', { name: 'kg', exact: true }).click();
    await page.getByTestId('seizure-form-submit').click();
    const quantity = page.getByTestId('seizure-form-quantity');
    await expect.poll(() => quantity.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    await page.screenshot({ path: site.resultPath('seizure-form-error.png') });
    await quantity.fill('0.5');
    await page.getByTestId('seizure-form-submit').click();
    await expect.poll(() => seizureRows.count(), { timeout: 15_000 }).toBe(3);
  });
});
