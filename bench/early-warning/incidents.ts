// The early-warning benchmark's incidents: a uniform background over northern Viet Nam and a year, plus planted
// clusters of known members by provincial boundaries and the national border. Deterministic for a seed.
import type { SpaceTimePoint } from '../../src/modules/early-warning/clustering/st-dbscan.ts';
import { createRandom } from '../../src/modules/persons/generate/random.ts';

/** The study area: northern Viet Nam (and what of its neighbours the box holds), inside UTM zone 48N. */
export const STUDY_BOX = { minLat: 20.0, maxLat: 23.4, minLon: 102.2, maxLon: 107.9 } as const;
/** The study period: the year 2025, as days since 1970-01-01; the detection speaks of its last day. */
export const FIRST_DAY = 20_089;
export const DAYS = 365;
export const AS_OF_DAY = FIRST_DAY + DAYS - 1;

/** Places by boundaries (approximate, to the nearest 0.01°): where the planted clusters are centred. */
const BORDER_PLACES: readonly { name: string; lat: number; lon: number }[] = [
  { name: 'Hà Nội - Hưng Yên (Gia Lâm / Văn Giang)', lat: 20.93, lon: 105.93 },
  { name: 'Lào Cai border gate', lat: 22.5, lon: 103.96 },
  { name: 'Móng Cái', lat: 21.53, lon: 107.86 },
  { name: 'Hữu Nghị, Lạng Sơn', lat: 21.97, lon: 106.7 },
  { name: 'Thanh Thủy, Hà Giang', lat: 22.89, lon: 104.84 },
  { name: 'Tây Trang, Điện Biên', lat: 21.25, lon: 102.94 },
  { name: 'Sơn La - Hòa Bình', lat: 20.83, lon: 104.98 },
  { name: 'Thái Nguyên - Bắc Giang', lat: 21.52, lon: 106.05 },
  { name: 'Hải Dương - Hải Phòng', lat: 20.93, lon: 106.45 },
  { name: 'Nam Định - Thái Bình', lat: 20.38, lon: 106.3 },
  { name: 'Phú Thọ - Vĩnh Phúc', lat: 21.32, lon: 105.42 },
  { name: 'Lai Châu - Lào Cai', lat: 22.35, lon: 103.78 },
];

const METRES_PER_DEGREE = 111_195;

export type PlantedCluster = { name: string; members: number[]; radiusM: number; days: number };
export type Incidents = { points: SpaceTimePoint[]; planted: PlantedCluster[] };

/**
 * `count` incidents: the planted clusters' members first (two per boundary place, 10 to ~150 members within 150 to
 * 450 m and 5 to 25 days before the last day), then uniform background up to `count`.
 */
export const generateIncidents = (count: number, seed: number): Incidents => {
  const random = createRandom(seed);
  const points: SpaceTimePoint[] = [];
  const planted: PlantedCluster[] = [];
  BORDER_PLACES.forEach((place, p) => {
    for (let k = 0; k < 2; k++) {
      const size = Math.round(10 + 140 * random() ** 2);
      const radiusM = 150 + 300 * random();
      const days = 5 + Math.floor(20 * random());
      // The second cluster of a place lies 5 km north-east of the first: separate, yet by the same boundary.
      const lat = place.lat + (k * 3_500) / METRES_PER_DEGREE;
      const lon = place.lon + (k * 3_500) / METRES_PER_DEGREE / Math.cos((lat * Math.PI) / 180);
      const members: number[] = [];
      for (let m = 0; m < size; m++) {
        const r = radiusM * Math.sqrt(random());
        const a = 2 * Math.PI * random();
        members.push(points.length);
        points.push({
          lat: lat + (r * Math.sin(a)) / METRES_PER_DEGREE,
          lon: lon + (r * Math.cos(a)) / METRES_PER_DEGREE / Math.cos((lat * Math.PI) / 180),
          day: AS_OF_DAY - Math.floor(days * random()),
        });
      }
      planted.push({ name: `${place.name} #${p * 2 + k + 1}`, members, radiusM, days });
    }
  });
  const { minLat, maxLat, minLon, maxLon } = STUDY_BOX;
  while (points.length < count)
    points.push({
      lat: minLat + (maxLat - minLat) * random(),
      lon: minLon + (maxLon - minLon) * random(),
      day: FIRST_DAY + Math.floor(DAYS * random()),
    });
  return { points, planted };
};
