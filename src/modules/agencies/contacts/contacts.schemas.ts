import { z } from 'zod';
import { Day, Version } from '../agencies.schemas.ts';
import { CONTACT_KINDS } from '../agencies.tables.ts';

export const ContactParams = z.strictObject({ agencyId: z.uuid(), contactId: z.uuid() });
export const ContactListQuery = z.strictObject({ at: z.union([Day, z.literal('all')]).optional() });
export const DeleteContactQuery = z.strictObject({ version: z.coerce.number().int().min(1) });

const Text = z.string().trim().min(1).max(200);
const contactFields = {
  name: Text,
  rank: Text.nullable().optional(),
  title: Text.nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{3,40}$/)
    .nullable()
    .optional(),
  email: z.email().max(254).nullable().optional(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .max(10)
    .optional(),
  validFrom: Day.nullable().optional(),
  validUntil: Day.nullable().optional(),
};

export const CreateContactBody = z.strictObject({ kind: z.enum(CONTACT_KINDS), ...contactFields });
export type CreateContactBody = z.infer<typeof CreateContactBody>;

export const UpdateContactBody = z.strictObject({
  version: Version,
  kind: z.enum(CONTACT_KINDS).optional(),
  ...contactFields,
  name: Text.optional(),
});
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;
