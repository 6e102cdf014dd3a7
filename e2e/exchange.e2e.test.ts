import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRunBrowserTests } from './browser.ts';
import { type DemoSite, startDemoSite } from './demo-site.ts';

const SUBJECT = 'Đề nghị xác minh đối tượng Lê Văn Hòa';

describe.skipIf(!hasChromium && !mustRunBrowserTests)('the live inbox in the browser', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('shows Hưng Yên a message Hà Nội just sent, in its open inbox, without a reload', async () => {
    const reader = await site.openAs('lienlac.hungyen');
    await reader.getByTestId('nav-inbox').click();
    await reader.getByTestId('inbox-tab-received').click();
    const subjects = reader.getByTestId('message-subject');
    const before = await subjects.count();
    // The page must not reload: a marker set on the window survives only if it does not.
    await reader.evaluate(() => {
      (globalThis as unknown as { keptAlive: boolean }).keptAlive = true;
    });

    const writer = await site.openAs('trinhsat.hanoi');
    await writer.getByTestId('nav-inbox').click();
    await writer.getByTestId('inbox-compose').click();
    await writer.getByTestId('compose-to').click();
    await writer.getByRole('option', { name: 'Công an tỉnh Hưng Yên' }).click();
    await writer.getByTestId('compose-subject').fill(SUBJECT);
    await writer
      .getByTestId('compose-body')
      .fill('Đề nghị Công an tỉnh Hưng Yên xác minh nơi cư trú của đối tượng.');
    await writer.getByTestId('compose-send').click();
    await writer.getByTestId('thread-message').first().waitFor({ timeout: 15_000 });
    await writer.screenshot({ path: site.resultPath('exchange-sent.png'), fullPage: true });

    const arrived = reader.getByTestId('message-subject').filter({ hasText: SUBJECT });
    await expect.poll(() => arrived.count(), { timeout: 15_000 }).toBe(1);
    expect(await subjects.count()).toBe(before + 1);
    expect(await reader.evaluate(() => (globalThis as unknown as { keptAlive?: boolean }).keptAlive)).toBe(
      true,
    );
    const badge = reader.getByTestId('nav-inbox').getByTestId('inbox-unread-badge');
    await expect.poll(async () => Number(await badge.textContent()), { timeout: 15_000 }).toBeGreaterThan(0);
    await reader.screenshot({ path: site.resultPath('exchange-live-inbox.png'), fullPage: true });

    await arrived.click();
    const body = reader.getByTestId('thread-message-body');
    await expect.poll(() => body.first().textContent(), { timeout: 15_000 }).toContain('nơi cư trú');
    await reader.getByTestId('thread-reply-body').fill('Đã tiếp nhận, sẽ trả lời trước hạn.');
    await reader.getByTestId('thread-reply-send').click();
    await expect.poll(() => reader.getByTestId('thread-message').count(), { timeout: 15_000 }).toBe(2);
    await reader.screenshot({ path: site.resultPath('exchange-thread.png'), fullPage: true });
    await reader.close();
    await writer.close();
  });
});
