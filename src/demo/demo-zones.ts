import type { CreateZoneBody } from '../modules/geo/index.ts';

/**
 * The demo border zones, built by the geo module from the reference data (so seeded only once it is loaded) and
 * found again by name: the 5 km belt along the Hà Nội - Hưng Yên boundary of report 000 (current provinces 01, 33).
 */
export const DEMO_ZONES: readonly CreateZoneBody[] = [
  {
    kind: 'belt',
    name: 'Địa bàn giáp ranh Hà Nội - Hưng Yên',
    description:
      'Các xã, phường trong vành đai 5 km hai bên ranh giới giữa thành phố Hà Nội và tỉnh Hưng Yên.',
    structure: 'current',
    provinces: ['01', '33'],
    beltKm: 5,
  },
];
