import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.ts';
import { ENGINES } from '../test/db.ts';
import { logInAs } from '../test/factories.ts';
import { DEMO_PASSWORD } from './demo-data.ts';
import { seedDemo } from './seed-demo.ts';

describe.each(ENGINES)('the demo persons on %s', (engine) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(engine, { seedDemo: true, refData: true, demoMode: true });
  });
  afterAll(async () => {
    await test.close();
  });

  const namesSeenBy = async (username: string) => {
    const { api } = await logInAs(test, username, { password: DEMO_PASSWORD });
    const list = (await api.get('/api/persons?limit=200')).json() as {
      items: { fullName: string; level: string }[];
    };
    return Object.fromEntries(list.items.map((p) => [p.fullName, p.level]));
  };

  it('show each force what the agreements and shares give it, and no more', async () => {
    expect(await namesSeenBy('trinhsat.hanoi')).toEqual({
      'Vũ Văn Khải': 'summary',
      'Đào Thị Hạnh': 'summary',
      'Vu Van Khai': 'full',
      'Kiều Minh Tuấn': 'full',
    });
    expect(await namesSeenBy('lienlac.xekong')).toEqual({ 'Hồ Văn Tâm': 'summary' });
    const hungYen = await namesSeenBy('lienlac.hungyen');
    expect(hungYen['Tạ Quang Lộc']).toBeUndefined();
    expect(hungYen['Vu Van Khai']).toBe('summary');
    expect((await namesSeenBy('chihuy.hungyen'))['Tạ Quang Lộc']).toBe('full');
    expect(await namesSeenBy('lienlac.danang')).toEqual({ 'Hồ Văn Tâm': 'full' });
  });

  it('link the two records of Vũ Văn Khải as a possible same person for each force', async () => {
    const { api } = await logInAs(test, 'trinhsat.hanoi', { password: DEMO_PASSWORD });
    const [mine] = (await api.get('/api/persons/search?q=Vu Van Khai'))
      .json()
      .items.filter(
        (hit: { person?: { externalRef: string } }) => hit.person?.externalRef === 'HNI-2024-117',
      );
    const matches = (await api.get(`/api/persons/${mine.person.id}/matches`)).json().items;
    expect(matches.map((m: { other: { fullName: string } }) => m.other.fullName)).toEqual(['Vũ Văn Khải']);
  });

  it('are recorded once: a second seed changes nothing', async () => {
    expect((await seedDemo(test.deps)).created).toBe(false);
  });
});
