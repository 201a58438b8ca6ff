// Every feature's routes, registered in one place so the route list is easy to read.
import type { App } from './app.ts';
import { registerSystemRoutes } from './system-routes.ts';
import { registerOrganizationRoutes } from '../organizations/routes.ts';

export function registerRoutes(app: App): void {
  registerSystemRoutes(app);
  registerOrganizationRoutes(app);
}
