// The database's tables as Kysely sees them. One interface per table, named after it; columns with a
// database default are Generated (optional on insert).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export type OrganizationKind = 'employer' | 'broker' | 'administrator' | 'partner' | 'platform';

export interface OrganizationsTable {
  id: Generated<string>;
  name: string;
  kind: OrganizationKind;
  created_at: Generated<Date>;
}

export interface ApiKeysTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  scopes: string[];
  created_at: Generated<Date>;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  organization_id: string;
  api_key_id: string | null;
  occurred_at: Generated<Date>;
  resource_type: string;
  resource_id: string;
  action: string;
  before: Json | null;
  after: Json | null;
}

export interface IdempotencyKeysTable {
  organization_id: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  response_status: number;
  response_body: Json;
  created_at: Generated<Date>;
}

export interface SchemaMigrationsTable {
  version: string;
  applied_at: Generated<Date>;
}

export interface GroupsTable {
  id: string;
  organization_id: string;
  external_identifier: string;
  name: string;
  employer: Json;
  primary_location: Json;
  secondary_locations: Json;
  status: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AccessGrantsTable {
  id: string;
  organization_id: string;
  group_id: string;
  grantee_organization_id: string;
  created_at: Generated<Date>;
  revoked_at: Timestamp | null;
}

export interface CarriersTable {
  id: string;
  organization_id: string;
  name: string;
  payer_identifier: string;
  interchange: Json;
  connection: Json;
  line_of_coverage_codes: Json;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CoveragePeriodsTable {
  id: string;
  organization_id: string;
  group_id: string;
  carrier_id: string;
  carrier_group_number: string;
  coverage_start_date: string;
  coverage_end_date: string;
  open_enrollment_start_date: string | null;
  open_enrollment_end_date: string | null;
  termination_rule: 'end_of_month' | 'event_date';
  birth_enrollment_window_days: number;
  retroactive_days: number | null;
  future_days: number | null;
  created_at: Generated<Date>;
}

export interface PlansTable {
  id: string;
  organization_id: string;
  group_id: string;
  coverage_period_id: string;
  external_identifier: string;
  description: string;
  product_line: string;
  product_type: string | null;
  plan_identifier: string | null;
  voluntary: boolean;
  created_at: Generated<Date>;
}

export interface MembersTable {
  id: string;
  organization_id: string;
  group_id: string;
  subscriber_id: string | null;
  subscriber_relationship: string;
  external_identifier: string;
  location_id: string | null;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  ssn_sealed: string | null;
  ssn_last4: string | null;
  /** Keyed blind index of the SSN (personal-data-cipher.ts), unique per group; null when none or written before 0009. */
  ssn_index: string | null;
  gender: string | null;
  birth_date: string | null;
  marital_status: string | null;
  residential_address: Json | null;
  mailing_address: Json | null;
  emails: Json;
  phone_numbers: Json;
  employment_details: Json | null;
  handicapped: boolean | null;
  tobacco_use: boolean | null;
  removed_on: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type SubscriberStatus = 'pending' | 'submitted' | 'synced' | 'errors';

export interface SubscriberStatusesTable {
  subscriber_id: string;
  organization_id: string;
  group_id: string;
  status: SubscriberStatus;
  status_at: Generated<Date>;
  errors: Json;
}

/** A family's status with one carrier (one coverage period); subscriber_statuses is derived from these. */
export interface CarrierStatusesTable {
  subscriber_id: string;
  coverage_period_id: string;
  carrier_id: string;
  organization_id: string;
  group_id: string;
  status: SubscriberStatus;
  status_at: Generated<Date>;
  errors: Json;
  synced_record: Json | null;
  synced_at: Timestamp | null;
}

export interface QualifyingLifeEventsTable {
  id: string;
  organization_id: string;
  group_id: string;
  subscriber_id: string;
  coverage_period_id: string;
  event: string;
  event_date: string;
  eligibility_start_date: string | null;
  external_identifier: string | null;
  member_id: string | null;
  plan_elections: Json;
  status: Generated<SubscriberStatus>;
  status_at: Generated<Date>;
  created_at: Generated<Date>;
}

export interface PlanElectionsTable {
  id: string;
  organization_id: string;
  group_id: string;
  qualifying_life_event_id: string;
  subscriber_id: string;
  coverage_period_id: string;
  product_line: string;
  plan_id: string | null;
  type: 'election' | 'waiver';
  waiver_reason: string | null;
  created_at: Generated<Date>;
}

export interface CoveragesTable {
  id: string;
  organization_id: string;
  group_id: string;
  subscriber_id: string;
  member_id: string;
  coverage_period_id: string;
  plan_id: string;
  product_line: string;
  status: 'employer_sponsored' | 'cobra';
  start_date: string;
  end_date: string | null;
  volume: number | null;
  plan_election_id: string | null;
  qualifying_life_event_id: string | null;
  replaces_id: string | null;
  recorded_at: Generated<Date>;
  superseded_at: Timestamp | null;
  superseded_by_event_id: string | null;
}

export interface AcknowledgementsTable {
  reference_number: string;
  organization_id: string;
  group_id: string | null;
  submission_reference: string;
  kind: 'submission' | 'person' | 'coverage';
  resource_type: string;
  resource_id: string;
  member_id: string | null;
  product_line: string | null;
  action: string;
  created_at: Generated<Date>;
}

export interface CarrierOutboxTable {
  id: Generated<number>;
  organization_id: string;
  group_id: string;
  subscriber_id: string;
  carrier_id: string;
  coverage_period_id: string;
  qualifying_life_event_id: string | null;
  created_at: Generated<Date>;
  delivery_id: string | null;
}

export interface CarrierControlNumbersTable {
  carrier_id: string;
  last_interchange: Generated<number>;
  last_group: Generated<number>;
  last_transaction_set: Generated<number>;
}

export type DeliveryStatus = 'ready' | 'sent' | 'acknowledged' | 'rejected' | 'completed' | 'failed';

export interface FileDeliveriesTable {
  id: string;
  organization_id: string;
  group_id: string;
  carrier_id: string;
  coverage_period_id: string;
  kind: 'change' | 'full';
  status: DeliveryStatus;
  file_name: string;
  content_sealed: string;
  interchange_control_number: number;
  group_control_number: number;
  transaction_set_control_number: number;
  member_count: number;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  locked_until: Timestamp | null;
  last_error: string | null;
  errors: ColumnType<unknown, string | undefined, string>;
  created_at: Generated<Date>;
  sent_at: Timestamp | null;
  acknowledged_at: Timestamp | null;
  /** The rejected or failed file this one was built again for (POST /file_deliveries/{id}/resend). */
  resent_from_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface FileDeliverySubscribersTable {
  delivery_id: string;
  subscriber_id: string;
  organization_id: string;
  group_id: string;
  record: Json;
  /** The subscriber as the API showed it when the file was built (the synced copy once accepted). */
  subscriber_view: Json | null;
  result: 'accepted' | 'rejected' | null;
  errors: ColumnType<unknown, string | undefined, string>;
  result_at: Timestamp | null;
  /** The carrier error's id (a work item) once the carrier rejected the family in this file. */
  error_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CarrierMemberIdsTable {
  carrier_id: string;
  member_id: string;
  organization_id: string;
  group_id: string;
  carrier_member_id: string;
  source: 'result' | 'x12_import';
  updated_at: Generated<Date>;
}

export interface TransmissionQueuesTable {
  coverage_period_id: string;
  carrier_id: string;
  organization_id: string;
  group_id: string;
  last_built_at: Timestamp | null;
  failures: Generated<number>;
  next_attempt_at: Timestamp;
  errors: Json;
  failed_at: Timestamp | null;
}

export interface TransmissionFailuresTable {
  id: string;
  organization_id: string;
  group_id: string;
  carrier_id: string;
  coverage_period_id: string;
  subscriber_id: string;
  errors: Json;
  created_at: Generated<Date>;
}

export interface InboundFilesTable {
  id: string;
  carrier_id: string;
  organization_id: string;
  name: string;
  kind: '999' | '997' | 'ta1' | 'results' | '834' | 'unknown';
  delivery_id: string | null;
  received_at: Generated<Date>;
  processed_at: Timestamp | null;
  problem: string | null;
  /** The file as received, sealed (migration 0016); null for files received before it. */
  content_sealed: string | null;
  /** For a full 834 (kind '834'): the reconciliation it recorded (migration 0026); else `problem` says why none. */
  reconciliation_id: string | null;
}

export type CensusImportState = 'queued' | 'processing' | 'completed' | 'validated' | 'failed';

export interface CensusImportsTable {
  id: string;
  organization_id: string;
  group_id: string;
  coverage_period_id: string;
  api_key_id: string | null;
  state: CensusImportState;
  dry_run: boolean;
  complete: boolean;
  termination_date: string | null;
  file_bytes: Generated<number>;
  rows_total: number | null;
  rows_done: Generated<number>;
  families_created: Generated<number>;
  families_changed: Generated<number>;
  families_unchanged: Generated<number>;
  families_terminated: Generated<number>;
  error_count: Generated<number>;
  errors: ColumnType<unknown, string | undefined, string>;
  message: string | null;
  reference_number: string | null;
  created_at: Generated<Date>;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface X12ImportsTable {
  id: string;
  organization_id: string;
  group_id: string | null;
  coverage_period_id: string | null;
  api_key_id: string | null;
  state: CensusImportState;
  dry_run: boolean;
  create_missing: boolean;
  action_code: string;
  complete: boolean;
  termination_date: string | null;
  sponsor: Json;
  carrier_group_number: string | null;
  /** 'all-or-nothing' | 'per-member' (migration 0018). */
  mode: Generated<string>;
  /** Per member transaction: applied, unchanged or rejected with its errors (migration 0018). */
  members: ColumnType<unknown, string | undefined, string>;
  file_bytes: Generated<number>;
  members_total: number | null;
  members_done: Generated<number>;
  families_created: Generated<number>;
  families_changed: Generated<number>;
  families_unchanged: Generated<number>;
  families_terminated: Generated<number>;
  to_create: ColumnType<unknown, string | undefined, string>;
  missing: ColumnType<unknown, string | undefined, string>;
  created: ColumnType<unknown, string | undefined, string>;
  error_count: Generated<number>;
  /** ReadWarning834[]: what the reader normalized or read and did not store, with counts. */
  warnings: ColumnType<unknown, string | undefined, string>;
  errors: ColumnType<unknown, string | undefined, string>;
  message: string | null;
  reference_number: string | null;
  created_at: Generated<Date>;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface ImportUploadsTable {
  id: string;
  organization_id: string;
  file_bytes: Generated<number>;
  chunk_count: Generated<number>;
  created_at: Generated<Date>;
}

export interface ImportUploadChunksTable {
  upload_id: string;
  seq: number;
  organization_id: string;
  data: Uint8Array;
}

export type ImportJobKind = 'census' | 'x12' | 'renewal';

export interface ImportJobsTable {
  id: string;
  kind: ImportJobKind;
  organization_id: string;
  upload_id: string | null;
  state: Generated<'queued' | 'running' | 'done'>;
  attempts: Generated<number>;
  leased_by: string | null;
  leased_until: Timestamp | null;
  last_error: string | null;
  created_at: Generated<Date>;
  finished_at: Timestamp | null;
}

/** A renewal of a coverage period into the next (renewals/run-renewal.ts). */
export interface RenewalsTable {
  id: string;
  organization_id: string;
  group_id: string;
  from_coverage_period_id: string;
  coverage_period_id: string;
  api_key_id: string | null;
  state: Generated<'queued' | 'processing' | 'completed' | 'failed'>;
  plan_mapping: Json<Array<{ from_plan_id: string; to_plan_id: string | null }>>;
  families_total: Generated<number>;
  families_renewed: Generated<number>;
  families_skipped: Generated<number>;
  coverages_renewed: Generated<number>;
  coverages_not_renewed: Generated<number>;
  last_subscriber_id: string | null;
  message: string | null;
  created_at: Generated<Date>;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

/** One run of the daily age-out job for a group (age-outs/age-out-job.ts). */
export interface AgeOutRunsTable {
  group_id: string;
  run_date: string;
  organization_id: string;
  dependents_aged_out: Generated<number>;
  started_at: Generated<Date>;
  finished_at: Timestamp | null;
}

export interface WebhookEndpointsTable {
  id: string;
  organization_id: string;
  url: string;
  description: Generated<string>;
  events: string[];
  secret_sealed: string;
  enabled: Generated<boolean>;
  disabled_reason: string | null;
  disabled_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EventsTable {
  id: string;
  organization_id: string;
  group_id: string | null;
  type: string;
  payload: Json;
  created_at: Generated<Date>;
}

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  organization_id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: Generated<WebhookDeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Generated<Date>;
  delivered_at: Timestamp | null;
}

export interface WebhookDeliveryAttemptsTable {
  id: Generated<number>;
  delivery_id: string;
  organization_id: string;
  attempted_at: Generated<Date>;
  http_status: number | null;
  latency_ms: number;
  error: string | null;
}

export interface ReconciliationsTable {
  id: string;
  organization_id: string;
  group_id: string;
  coverage_period_id: string;
  carrier_id: string;
  api_key_id: string | null;
  source: 'x12_834' | 'census_csv';
  status: 'completed';
  as_of: string;
  file_reference: string | null;
  members_in_file: number;
  counts: Json<Record<string, number>>;
  created_at: Generated<Date>;
}

export interface DiscrepanciesTable {
  id: string;
  organization_id: string;
  group_id: string;
  coverage_period_id: string;
  key: string;
  type: string;
  member_id: string | null;
  subscriber_id: string | null;
  carrier_member: string | null;
  line: string | null;
  field: string | null;
  our_value: string | null;
  carrier_value: string | null;
  last_file_delivery_id: string | null;
  status: 'open' | 'resolved';
  resolution: 'fixed_here' | 'carrier_will_fix' | 'dismissed' | 'no_longer_found' | null;
  resolution_note: string | null;
  resolved_at: Timestamp | null;
  first_reconciliation_id: string;
  last_reconciliation_id: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReconciliationFindingsTable {
  reconciliation_id: string;
  discrepancy_id: string;
  organization_id: string;
  group_id: string;
  our_value: string | null;
  carrier_value: string | null;
}

export interface DiscrepancyCommentsTable {
  id: string;
  discrepancy_id: string;
  organization_id: string;
  group_id: string;
  api_key_id: string | null;
  body: string;
  created_at: Generated<Date>;
}

export interface CarrierErrorResolutionsTable {
  error_id: string;
  organization_id: string;
  group_id: string;
  status: 'open' | 'resolved';
  resolution: 'fixed_here' | 'carrier_will_fix' | 'dismissed' | null;
  resolution_note: string | null;
  resolved_at: Timestamp | null;
  resolved_by: 'user' | 'system' | null;
  updated_at: Generated<Date>;
}

export interface CarrierErrorCommentsTable {
  id: string;
  error_id: string;
  organization_id: string;
  group_id: string;
  api_key_id: string | null;
  body: string;
  created_at: Generated<Date>;
}

export interface EmploymentClassificationsTable {
  id: string;
  organization_id: string;
  group_id: string;
  external_identifier: string;
  carrier_identifier: string | null;
  description: string | null;
  type: string | null;
  start_date: string | null;
  end_date: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SubscriberClassificationsTable {
  id: string;
  organization_id: string;
  group_id: string;
  subscriber_id: string;
  employment_classification_id: string;
  effective_date: string;
  created_at: Generated<Date>;
}

export interface EligibilityRulesTable {
  id: string;
  organization_id: string;
  group_id: string;
  coverage_period_id: string;
  employment_classification_id: string | null;
  plan_ids: Json | null;
  minimum_hours_per_week: number | null;
  waiting_period_type: 'first_of_month_after' | 'date_of_hire' | 'after_days' | null;
  waiting_period_days: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface Tables {
  webhook_endpoints: WebhookEndpointsTable;
  events: EventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
  census_imports: CensusImportsTable;
  x12_imports: X12ImportsTable;
  import_uploads: ImportUploadsTable;
  import_upload_chunks: ImportUploadChunksTable;
  import_jobs: ImportJobsTable;
  age_out_runs: AgeOutRunsTable;
  renewals: RenewalsTable;
  employment_classifications: EmploymentClassificationsTable;
  subscriber_classifications: SubscriberClassificationsTable;
  eligibility_rules: EligibilityRulesTable;
  carrier_outbox: CarrierOutboxTable;
  carrier_control_numbers: CarrierControlNumbersTable;
  file_deliveries: FileDeliveriesTable;
  file_delivery_subscribers: FileDeliverySubscribersTable;
  inbound_files: InboundFilesTable;
  carrier_member_ids: CarrierMemberIdsTable;
  reconciliations: ReconciliationsTable;
  discrepancies: DiscrepanciesTable;
  reconciliation_findings: ReconciliationFindingsTable;
  discrepancy_comments: DiscrepancyCommentsTable;
  carrier_error_resolutions: CarrierErrorResolutionsTable;
  carrier_error_comments: CarrierErrorCommentsTable;
  transmission_queues: TransmissionQueuesTable;
  transmission_failures: TransmissionFailuresTable;
  groups: GroupsTable;
  access_grants: AccessGrantsTable;
  carriers: CarriersTable;
  coverage_periods: CoveragePeriodsTable;
  plans: PlansTable;
  members: MembersTable;
  subscriber_statuses: SubscriberStatusesTable;
  carrier_statuses: CarrierStatusesTable;
  qualifying_life_events: QualifyingLifeEventsTable;
  plan_elections: PlanElectionsTable;
  coverages: CoveragesTable;
  acknowledgements: AcknowledgementsTable;
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  audit_events: AuditEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  schema_migrations: SchemaMigrationsTable;
}
