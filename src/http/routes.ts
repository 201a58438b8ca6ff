// Every feature's routes, registered in one place so the route list is easy to read.
import type { App } from './app.ts';
import { registerSystemRoutes } from './system-routes.ts';
import { registerOrganizationRoutes } from '../organizations/routes.ts';
import { registerGroupRoutes } from '../enrollment/groups/routes.ts';
import { registerCarrierRoutes } from '../carriers/registry/routes.ts';
import { registerCoveragePeriodRoutes } from '../enrollment/coverage-periods/routes.ts';
import { registerPlanRoutes } from '../enrollment/plans/routes.ts';
import { registerSubscriberRoutes } from '../enrollment/subscribers/routes.ts';
import { registerQualifyingLifeEventRoutes } from '../enrollment/qualifying-life-events/routes.ts';
import { registerAgeOutRoutes } from '../enrollment/age-outs/routes.ts';
import { registerRenewalRoutes } from '../enrollment/renewals/routes.ts';
import { registerEmploymentClassificationRoutes } from '../enrollment/employment-classifications/routes.ts';
import { registerEligibilityRuleRoutes } from '../enrollment/eligibility/routes.ts';
import { registerAcknowledgementRoutes } from '../enrollment/acknowledgements/routes.ts';
import { registerTransmissionRoutes } from '../carriers/transmission/routes.ts';
import { registerWebhookRoutes } from '../webhooks/routes.ts';
import { registerCensusImportRoutes } from '../imports/census/routes.ts';
import { registerX12ImportRoutes } from '../imports/x12/routes.ts';
import { registerReconciliationRoutes } from '../reconciliation/routes.ts';
import { registerCarrierErrorRoutes } from '../carriers/errors/routes.ts';
import { registerResendRoutes } from '../carriers/resend/routes.ts';

export function registerRoutes(app: App): void {
  registerSystemRoutes(app);
  registerOrganizationRoutes(app);
  registerGroupRoutes(app);
  registerCarrierRoutes(app);
  registerCoveragePeriodRoutes(app);
  registerPlanRoutes(app);
  registerSubscriberRoutes(app);
  registerQualifyingLifeEventRoutes(app);
  registerAgeOutRoutes(app);
  registerRenewalRoutes(app);
  registerEmploymentClassificationRoutes(app);
  registerEligibilityRuleRoutes(app);
  registerAcknowledgementRoutes(app);
  registerTransmissionRoutes(app);
  registerWebhookRoutes(app);
  registerCensusImportRoutes(app);
  registerX12ImportRoutes(app);
  registerReconciliationRoutes(app);
  registerCarrierErrorRoutes(app);
  registerResendRoutes(app);
}
