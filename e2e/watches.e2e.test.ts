import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRunBrowserTests } from './browser.ts';
import { type DemoSite, startDemoSite } from './demo-site.ts';

const WATCHED_NAME = 'Trần Văn Ẩn';
const RECORDED_NAME = 'Tran Van An';

describe.skipIf(!hasChromium && !mustRunBrowserTests)('watches and the inbox in the browser', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('tells Đà Nẵng, watching a name, that Hưng Yên recorded a matching person, and marks it read once opened', async () => {
    const watcher = await site.openAs('lienlac.danang');
    await watcher.getByTestId('nav-watches').click();
    await watcher.getByTestId('watches-add-name').click();
    await watcher.getByTestId('watch-form-name').fill(WATCHED_NAME);
    await watcher.getByTestId('watch-form-birthYear').fill('1991');
    await watcher.getByTestId('watch-form-note').fill('Nghi vận chuyển qua tuyến Hưng Yên');
    await watcher.getByTestId('watch-form-submit').click();
    const row = watcher.getByTestId('watch-row').filter({ hasText: WATCHED_NAME });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.getByTestId('watch-name').textContent()).toBe(`${WATCHED_NAME} (sinh năm 1991)`);
    expect(await watcher.getByTestId('watch-form-silent').count()).toBe(0);
    await watcher.screenshot({ path: site.resultPath('watches-list.png'), fullPage: true });
    await watcher.close();

    const recorder = await site.openAs('lienlac.hungyen');
    await recorder.getByTestId('nav-persons').click();
    await recorder.getByTestId('persons-create').click();
    await recorder.getByTestId('person-form-fullName').fill(RECORDED_NAME);
    await recorder.getByTestId('person-form-sex').click();
    await recorder.getByRole('option', { name: 'Nam', exact: true }).click();
    await recorder.getByTestId('person-form-birthDate').fill('1991');
    await recorder.getByTestId('person-form-roles').click({ force: true });
    await recorder.getByRole('option', { name: 'Nghi phạm' }).click();
    await recorder.locator('.mantine-Modal-title').click();
    await recorder.getByTestId('person-form-reliability').click();
    await recorder.getByRole('option', { name: /^B · / }).click();
    await recorder.getByTestId('person-form-accuracy').click();
    await recorder.getByRole('option', { name: /^2 · / }).click();
    await recorder.getByTestId('person-form-submit').click();
    const title = recorder.getByTestId('person-title');
    await expect.poll(() => title.textContent(), { timeout: 15_000 }).toBe(RECORDED_NAME);
    await recorder.close();

    const reader = await site.openAs('lienlac.danang');
    const badge = reader.getByTestId('nav-inbox').getByTestId('inbox-unread-badge');
    await expect.poll(() => badge.textContent(), { timeout: 15_000 }).toBe('1');
    await reader.getByTestId('nav-inbox').click();
    await reader.getByTestId('inbox-tab-notifications').click();
    // The demo's past messages left (read) notifications too: this one is the watch hit.
    const notification = reader.getByTestId('inbox-notification').filter({ hasText: WATCHED_NAME });
    await expect.poll(() => notification.count(), { timeout: 15_000 }).toBe(1);
    expect(await notification.getAttribute('data-read')).toBe('false');
    const text = notification.getByTestId('inbox-notification-text');
    expect(await text.textContent()).toContain('Công an tỉnh Hưng Yên');
    expect(await text.textContent()).toContain(WATCHED_NAME);
    // The browser's own getComputedStyle (the server's type-check knows no DOM).
    type Styles = { getComputedStyle: (e: unknown) => { fontWeight: string } };
    expect(
      await text.evaluate(
        (element) => (globalThis as unknown as Styles).getComputedStyle(element).fontWeight,
      ),
    ).toBe('700');
    await reader.screenshot({ path: site.resultPath('inbox-unread.png'), fullPage: true });

    // Đà Nẵng does not read Hưng Yên's new record: the hit says whom to contact, and opening it marks it read.
    const contact = notification.getByTestId('inbox-contact');
    await expect.poll(() => contact.textContent(), { timeout: 15_000 }).toBe('Liên hệ Công an tỉnh Hưng Yên');
    await contact.click();
    await expect.poll(() => badge.count(), { timeout: 15_000 }).toBe(0);
    await reader.getByTestId('nav-inbox').click();
    await reader.getByTestId('inbox-tab-notifications').click();
    await expect.poll(() => notification.getAttribute('data-read'), { timeout: 15_000 }).toBe('true');
    expect(await notification.getByTestId('inbox-mark-read').count()).toBe(0);
    await reader.screenshot({ path: site.resultPath('inbox-read.png'), fullPage: true });
    await reader.close();
  });
});
