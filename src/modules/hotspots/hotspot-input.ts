import type { Db } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError, type FieldIssue } from '../../http/problem.ts';
import { listPersonLabels } from '../persons/index.ts';
import type { Viewer } from '../sharing/index.ts';
import type { CreateHotspotBody } from './hotspots.schemas.ts';

/** The roles that record and change points and hotspots of their agency. */
const WRITER_ROLES = ['administrator', 'commander', 'liaison_officer', 'investigator'] as const;

/** Refuses (403) a user whose roles do not record points and hotspots. */
export const assertWriter = (ctx: RequestContext): void => {
  if (!WRITER_ROLES.some((role) => requireActor(ctx).roles.includes(role))) {
    throw new AppError('forbidden', 'Your role does not record drug points and hotspots');
  }
};

/** Refuses (422 `date_in_future`) a day after today, naming the field. */
export const assertNotFuture = (day: string, today: string, path: string): void => {
  if (day > today) {
    const message = `${day} is after today (${today})`;
    throw new AppError('date_in_future', message, { errors: [{ path, code: 'date_in_future', message }] });
  }
};

/**
 * Checks the persons to link: each once (422 naming `persons.N.personId`), each a person the writer reads at summary
 * level or above (422 `unknown_person`, as for a person that does not exist: nothing tells the two apart).
 */
export const checkLinkedPersons = async (
  db: Db,
  viewer: Viewer,
  links: NonNullable<CreateHotspotBody['persons']>,
): Promise<NonNullable<CreateHotspotBody['persons']>> => {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const [index, link] of links.entries()) {
    if (seen.has(link.personId)) {
      issues.push({ path: `persons.${index}.personId`, code: 'invalid_value', message: 'linked twice' });
    }
    seen.add(link.personId);
  }
  if (issues.length > 0)
    throw new AppError('validation_failed', 'A person is linked twice', { errors: issues });
  const labels = await listPersonLabels(
    db,
    viewer,
    links.map((l) => l.personId),
  );
  const readable = new Set(labels.filter((l) => l.level !== 'pointer').map((l) => l.id));
  for (const [index, link] of links.entries()) {
    if (!readable.has(link.personId)) {
      issues.push({ path: `persons.${index}.personId`, code: 'unknown_person', message: 'no such person' });
    }
  }
  if (issues.length > 0) throw new AppError('unknown_person', 'No such person', { errors: issues });
  return links;
};
