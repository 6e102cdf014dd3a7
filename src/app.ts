import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { v7 as uuidv7 } from 'uuid';
import { registerAuthentication } from './http/auth.ts';
import type { AppDeps } from './http/context.ts';
import { healthRoutes } from './http/health.routes.ts';
import { AppError, sendProblem } from './http/problem.ts';
import { guardRequestText } from './http/text-guard.ts';
import { agenciesRoutes, contactsRoutes, groupsRoutes } from './modules/agencies/index.ts';
import { agreementDocumentsRoutes, agreementsRoutes } from './modules/agreements/index.ts';
import { drainAuditedReads } from './modules/audit/index.ts';
import { authRoutes, usersRoutes } from './modules/auth/index.ts';
import { casesRoutes, operationsRoutes, seizuresRoutes } from './modules/cases/index.ts';
import { earlyWarningRoutes } from './modules/early-warning/index.ts';
import { attachmentsRoutes, exchangeRoutes, liveRoutes } from './modules/exchange/index.ts';
import { geoRoutes } from './modules/geo/index.ts';
import { hotspotsRoutes } from './modules/hotspots/index.ts';
import { inboxRoutes } from './modules/inbox/index.ts';
import { mapRoutes } from './modules/map/index.ts';
import { personImportRoutes, personsRoutes } from './modules/persons/index.ts';
import { sharingRoutes } from './modules/sharing/index.ts';

export const WEB_DIST = fileURLToPath(new URL('../dist/web', import.meta.url));

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const registerApi = async (app: FastifyInstance, deps: AppDeps) => {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Giáp Ranh API', version: '0.1.0', description: 'Coordination between police forces' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(
    async (api) => {
      registerAuthentication(api, deps);
      api.addHook('preValidation', guardRequestText);
      const typed = api.withTypeProvider<ZodTypeProvider>();
      await typed.register(healthRoutes);
      await typed.register(authRoutes);
      await typed.register(usersRoutes);
      await typed.register(geoRoutes, { prefix: '/geo' });
      await typed.register(agenciesRoutes);
      await typed.register(contactsRoutes);
      await typed.register(groupsRoutes);
      await typed.register(agreementsRoutes);
      await typed.register(agreementDocumentsRoutes, { documentLimit: deps.config.documentLimit });
      await typed.register(personsRoutes);
      await typed.register(personImportRoutes, { importLimit: deps.config.importLimit });
      await typed.register(hotspotsRoutes);
      await typed.register(casesRoutes);
      await typed.register(operationsRoutes);
      await typed.register(seizuresRoutes);
      await typed.register(sharingRoutes);
      await typed.register(inboxRoutes);
      await typed.register(earlyWarningRoutes);
      await typed.register(mapRoutes);
      await typed.register(exchangeRoutes);
      await typed.register(attachmentsRoutes, { attachmentLimit: deps.config.documentLimit });
      await typed.register(liveRoutes);
      api.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
    },
    { prefix: '/api' },
  );
};

const registerWebApp = async (app: FastifyInstance) => {
  if (!existsSync(WEB_DIST)) {
    app.log.warn(`${WEB_DIST} is missing: run \`npm run build:web\` to serve the web app`);
    return;
  }
  await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/' });
};

/** Builds the server: plugins, the API under /api, the web app at /, and one RFC 9457 error handler. */
export const buildApp = async (deps: AppDeps): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    bodyLimit: deps.config.bodyLimit,
    genReqId: () => uuidv7(),
    requestIdHeader: false,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    trustProxy: false,
    frameworkErrors: (error, request, reply) => sendProblem(error, request, reply),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(sendProblem);
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.headers(SECURITY_HEADERS);
    if (!request.url.startsWith('/api/docs')) {
      reply.header('content-security-policy', APP_CSP);
    }
  });
  await app.register(fastifyCookie);
  // Denials are audited after their response: let those entries commit before the database closes.
  app.addHook('onClose', () => drainAuditedReads(deps.db));
  await registerApi(app, deps);
  await registerWebApp(app);
  app.setNotFoundHandler(async (request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api') && existsSync(WEB_DIST);
    if (wantsPage) {
      return reply.type('text/html').sendFile('index.html');
    }
    throw new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
  });
  return app;
};
