import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { assertWriter } from '../persons.service.ts';
import { PersonImportReport } from './person-import.schemas.ts';
import { importPersons } from './person-import.service.ts';

const tags = ['persons'];

const NDJSON = 'application/x-ndjson';

/** The NDJSON bytes of the request: only a body sent as `application/x-ndjson` reaches the import (else 415). */
const ndjsonBody = (body: unknown): Buffer => {
  if (!Buffer.isBuffer(body)) {
    throw new AppError('unsupported_media_type', `Send the file as the body with Content-Type ${NDJSON}`);
  }
  return body;
};

/**
 * The import of persons from NDJSON (docs/import-persons.md) into the caller's agency: the raw file is the body
 * (`application/x-ndjson`, at most `importLimit` bytes, only in this scope); the owner's writers import.
 */
export const personImportRoutes: FastifyPluginAsyncZod<{ importLimit: number }> = async (app, options) => {
  app.addContentTypeParser(
    NDJSON,
    { parseAs: 'buffer', bodyLimit: options.importLimit },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/persons/import',
    {
      schema: {
        tags,
        description:
          'The body is the NDJSON file itself (one person per line), sent with Content-Type application/x-ndjson. ' +
          'Idempotent on each line’s externalRef; bad lines are reported with their number and field, the others loaded.',
        response: { 200: PersonImportReport },
      },
    },
    async (request) => {
      assertWriter(request.ctx);
      const body = ndjsonBody(request.body);
      const { agencyId, userId } = requireActor(request.ctx);
      return importPersons(request.ctx, { by: { agencyId, userId }, source: [body] });
    },
  );
};
