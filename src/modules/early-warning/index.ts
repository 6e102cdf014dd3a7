export { earlyWarningRoutes } from './early-warning.routes.ts';
export {
  DEFAULT_WARNING,
  runEarlyWarning,
  type WarningRun,
  type WarningSettings,
} from './warning-run.service.ts';
