import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';
import { DEMO_AGENCIES } from './demo-agencies.ts';
import { DEMO_USERS } from './demo-data.ts';
import { DEMO_GROUPS } from './demo-groups.ts';

type Province = { code: string };
type Mapping = { provinces: { old_code: string; new_code: string }[] };

const dir = readConfig().refDataDir;
const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

describe('the demo data', () => {
  const codes = new Set(DEMO_AGENCIES.map((agency) => agency.code));

  it('names only agencies it defines, parents before children', () => {
    const seen = new Set<string>();
    for (const agency of DEMO_AGENCIES) {
      if (agency.parentCode) {
        expect(seen.has(agency.parentCode), agency.code).toBe(true);
      }
      seen.add(agency.code);
    }
    const named = [
      ...DEMO_USERS.map((u) => u.agencyCode),
      ...DEMO_GROUPS.flatMap((g) => [
        ...g.members.map((m) => m.agencyCode),
        ...g.chairTerms.map((t) => t.agencyCode),
      ]),
      ...DEMO_AGENCIES.flatMap((a) => (a.mergedInto ? [a.mergedInto.code] : [])),
    ];
    expect(named.filter((code) => !codes.has(code))).toEqual([]);
  });

  it.skipIf(!existsSync(dir))(
    'uses official province codes of each structure, and merges that follow the mapping',
    () => {
      const current = new Set(
        read<{ provinces: Province[] }>('units-current.json').provinces.map((p) => p.code),
      );
      const pre2025 = new Set(
        read<{ provinces: Province[] }>('units-pre2025.json').provinces.map((p) => p.code),
      );
      const mapping = new Map(
        read<Mapping>('mapping-2025-old-to-new.json').provinces.map((p) => [p.old_code, p.new_code]),
      );
      for (const agency of DEMO_AGENCIES.filter((a) => a.country === 'VN')) {
        for (const unit of agency.units) {
          expect(
            (unit.structure === 'current' ? current : pre2025).has(unit.unitCode),
            `${agency.code} ${unit.unitCode}`,
          ).toBe(true);
        }
        const pre = agency.units.find((u) => u.structure === 'pre2025');
        const now = agency.units.find((u) => u.structure === 'current');
        if (pre && now) {
          expect(mapping.get(pre.unitCode), agency.code).toBe(now.unitCode);
        }
        const successor = DEMO_AGENCIES.find((a) => a.code === agency.mergedInto?.code);
        if (pre && successor) {
          expect(mapping.get(pre.unitCode), agency.code).toBe(
            successor.units.find((u) => u.structure === 'current')?.unitCode,
          );
        }
      }
    },
  );
});
