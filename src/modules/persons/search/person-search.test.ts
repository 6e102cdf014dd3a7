import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildAgency, buildUser, logInAs } from '../../../test/factories.ts';

type Hit = {
  level: string;
  score: number;
  reasons?: string[];
  person?: { fullName: string; externalRef: string };
  ownerAgency?: unknown;
};

describe.each(ENGINES)('person search on %s', (engine) => {
  let test: TestApp;
  let owner: ApiClient;
  let other: ApiClient;
  beforeAll(async () => {
    test = await startTestApp(engine);
    const agency = await buildAgency(test.deps);
    owner = (await logInAs(test, (await buildUser(test.deps, { agency })).user.username)).api;
    const otherAgency = await buildAgency(test.deps);
    other = (await logInAs(test, (await buildUser(test.deps, { agency: otherAgency })).user.username)).api;
    const people = [
      {
        externalRef: 'T-1',
        fullName: 'Nguyễn Văn Đức',
        aliases: ['Đức Lùn'],
        sex: 'male',
        birthDate: '1990-05-12',
        identityDocuments: [{ kind: 'cccd', number: '001090012345' }],
      },
      { externalRef: 'T-2', fullName: 'Nguyễn Văn Hùng', sex: 'male', birthDate: '1991' },
      { externalRef: 'T-3', fullName: 'Nguyễn Thị Đào', sex: 'female', birthDate: '1990' },
      { externalRef: 'T-4', fullName: 'Giàng A Páo', sex: 'male', birthDate: '1988' },
      { externalRef: 'T-5', fullName: 'Lò Văn Đức', sex: 'male', birthDate: '1990' },
    ];
    for (const person of people) {
      const response = await owner.post('/api/persons', { ...person, dataSubjectCategory: 'suspect' });
      if (response.statusCode !== 201) throw new Error(response.body);
    }
    const hidden = await other.post('/api/persons', {
      fullName: 'Nguyễn Văn Đức',
      dataSubjectCategory: 'suspect',
      birthDate: '1990',
    });
    await other.post(`/api/sharing/persons/${hidden.json().id}/shares`, {
      recipientAgencyId: agency.id,
      level: 'pointer',
      purpose: 'Cho biết đơn vị đang nắm đối tượng',
    });
  });
  afterAll(async () => {
    await test.close();
  });

  const search = async (query: string) => {
    const response = await owner.get(`/api/persons/search?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as Hit[];
  };
  const top = async (query: string) => (await search(query)).find((hit) => hit.person)?.person?.externalRef;

  it.each([
    ['without diacritics', 'q=Nguyen Van Duc'],
    ['đ typed as d, upper case', 'q=NGUYEN VAN DUC'],
    ['decomposed Unicode', `q=${encodeURIComponent('Nguyễn Văn Đức'.normalize('NFD'))}`],
    ['given name first', 'q=Đức Nguyễn Văn'],
    ['with a typo', 'q=Nguyen Van Dcu'],
    ['without the middle name', 'q=Nguyễn Đức'],
    ['by nickname', 'q=Duc Lun'],
    ['by identity number', 'q=001 090 012 345'],
  ])('finds Nguyễn Văn Đức first %s', async (_label, query) => {
    expect(await top(query)).toBe('T-1');
  });

  it('ranks by the rare parts of a name: a shared common surname and middle name weigh little', async () => {
    const hits = await search('q=Nguyễn Văn Hùng');
    expect(hits[0]?.person?.externalRef).toBe('T-2');
    const duc = hits.find((hit) => hit.person?.externalRef === 'T-1');
    expect(duc?.score ?? 0).toBeLessThan(0.6);
    const loDuc = (await search('q=Nguyễn Văn Đức')).find((hit) => hit.person?.externalRef === 'T-5');
    expect(loDuc?.score ?? 0).toBeLessThan(0.8);
  });

  it('narrows by birth year, sex and province, and says why a hit matches', async () => {
    const hits = await search('q=Nguyen Duc&birthYear=1990&sex=male');
    const first = hits.find((hit) => hit.person);
    expect(first?.person?.externalRef).toBe('T-1');
    expect(first?.reasons).toEqual(
      expect.arrayContaining(['missing_middle_name', 'birth_year_agrees', 'sex_agrees']),
    );
    expect((await search('q=Nguyen Thi Dao&sex=male')).some((hit) => hit.person?.externalRef === 'T-3')).toBe(
      false,
    );
  });

  it('shows a record shared only as a pointer as "another agency holds a record", with no personal field', async () => {
    const pointers = (await search('q=Nguyen Van Duc')).filter((hit) => hit.level === 'pointer');
    expect(pointers).toHaveLength(1);
    expect(Object.keys(pointers[0] ?? {}).sort()).toEqual(['id', 'level', 'ownerAgency', 'score']);
    const foreign = (await other.get('/api/persons/search?q=Giang A Pao')).json().items as Hit[];
    expect(foreign).toEqual([]);
  });

  it('refuses an empty query and an inverted year range with the field at fault', async () => {
    const empty = await owner.get('/api/persons/search?q=');
    expect([empty.statusCode, empty.json().errors[0].path]).toEqual([400, 'querystring.q']);
    const inverted = await owner.get('/api/persons/search?q=Duc&birthYearFrom=2000&birthYearTo=1990');
    expect([inverted.statusCode, inverted.json().errors[0].path]).toEqual([400, 'querystring.birthYearTo']);
  });
});
