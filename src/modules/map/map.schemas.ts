import { z } from 'zod';
import { Day } from '../agencies/index.ts';
import { SUBSTANCES } from '../cases/seizures/substances.ts';
import { DRUG_SUBSTANCES } from '../hotspots/index.ts';

/** The kinds of feature the map draws: drug points, hotspots, placed cases and incidents, seizures. */
export const MAP_KINDS = ['point', 'hotspot', 'case', 'seizure'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

/** The most features one answer carries; a wider view says `truncated` and the map asks the user to zoom in. */
export const MAP_FEATURE_LIMIT = 200_000;

const Bbox = z
  .string()
  .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, 'west,south,east,north')
  .transform((text) => text.split(',').map(Number) as [number, number, number, number])
  .refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n, {
    message: 'west < east and south < north, in degrees',
  });

const KindList = z
  .string()
  .transform((text) => text.split(',').filter((kind) => kind !== ''))
  .pipe(z.array(z.enum(MAP_KINDS)).min(1));

export const MapQuery = z
  .strictObject({
    bbox: Bbox.optional(),
    from: Day.optional(),
    to: Day.optional(),
    kinds: KindList.optional(),
    status: z
      .string()
      .regex(/^[a-z_]{1,40}$/)
      .optional(),
    drug: z.enum([...new Set([...DRUG_SUBSTANCES, ...SUBSTANCES])] as [string, ...string[]]).optional(),
    zone: z.uuid().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to before from' });
export type MapQuery = z.infer<typeof MapQuery>;

/**
 * The features as parallel arrays (feature i is `ids[i]`, `kinds[i]`...), so 100,000 features stay small: `kinds`
 * index into `kindNames`; `exact[i]` is 1 where the user reads the record in full (the exact point), 0 where it
 * reads a summary (the point snapped to a 0.01° grid, about 1 km); `status` a lifecycle or case status, `drug` a
 * hotspot's first drug or a seizure's substance; `day` the day reported, occurred or seized.
 */
export const MapFeatures = z.object({
  kindNames: z.array(z.enum(MAP_KINDS)),
  ids: z.array(z.uuid()),
  kinds: z.array(z.int()),
  lat: z.array(z.number()),
  lon: z.array(z.number()),
  exact: z.array(z.int()),
  status: z.array(z.string().nullable()),
  drug: z.array(z.string().nullable()),
  day: z.array(z.string()),
  counts: z.object({ point: z.int(), hotspot: z.int(), case: z.int(), seizure: z.int() }),
  truncated: z.boolean(),
});
export type MapFeatures = z.infer<typeof MapFeatures>;
