import type { FastifyInstance } from 'fastify';
import { type AppDeps, systemContext } from '../../http/context.ts';
import { runEarlyWarning } from './warning-run.service.ts';

/**
 * Runs the early warning when the server starts and then every `minutes` (none when 0), one run at a time; a failed
 * run is logged and the next one tries again. Stops with the server.
 */
export const scheduleEarlyWarning = (app: FastifyInstance, deps: AppDeps, minutes: number): void => {
  if (minutes <= 0) return;
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = runEarlyWarning(systemContext(deps, 'early-warning'))
      .then((run) => app.log.info({ run }, 'early warning run'))
      .catch((error: unknown) => app.log.error({ err: error }, 'early warning run failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, minutes * 60_000);
  timer.unref();
  app.addHook('onReady', async () => tick());
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
};
