// The import engine shared by every file format (census CSV, inbound 834): a source turns its file
// into families of `CensusPerson` (subscriber first) and reports its own reading errors; the engine
// plans each family with the API's rules, writes chunk by chunk inside ONE transaction, terminates who
// a complete file leaves out, audits, and rolls everything back on any error or a dry run. Only a chunk
// of families is held at a time; the names seen, for complete files, go to a temporary table. Every
// transaction runs as the tenant that uploaded the file (row-level security on, db/tenant.ts).
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { json, sql, type Db, type Trx } from '../db/database.ts';
import { inTenant } from '../db/tenant.ts';
import { newId } from '../db/ids.ts';
import { findUnstorableText, storableText } from '../db/storable-text.ts';
import type { PersonalDataCipher } from '../security/personal-data-cipher.ts';
import type { CoveragePeriodFacts, PlanFacts, ProductLine, QualifyingLifeEventInput } from '../enrollment/enrollment-facts.ts';
import { planCoverageChanges } from '../enrollment/coverage-changes.ts';
import { subscriberFacts } from '../enrollment/subscribers/family-facts.ts';
import type { CensusError, CensusPerson } from './census/census-columns.ts';
import { familyChanged, planFamily, type CensusContext, type ExistingFamily, type FamilyPlan, type SourceColumns } from './census/census-families.ts';
import { duplicateSsnViolation, latestCalendarDate } from '../enrollment/person-rules.ts';
import { familiesBySsnIndex, loadFamilies, missingFamilies, writeChunk, type ChunkWrites } from './census/census-store.ts';
import { recordCarrierMemberIds } from '../carriers/transmission/carrier-member-ids.ts';

const CHUNK_FAMILIES = 1000;
const MAX_REPORTED_ERRORS = 1000;

export interface ImportOutcome {
  state: 'completed' | 'validated' | 'failed';
  rows_total: number;
  families_created: number;
  families_changed: number;
  families_unchanged: number;
  families_terminated: number;
  error_count: number;
  errors: CensusError[];
  message: string | null;
  /** Per member transaction (sources that answer per member: an 834), in file order; the first 1000. */
  members: MemberOutcome[];
}

/** What became of one member transaction of a file. */
export interface MemberOutcome {
  /** Where the member's loop starts (an 834's INS segment). */
  row: number;
  external_identifier: string | null;
  maintenance_type: string | null;
  outcome: 'applied' | 'unchanged' | 'rejected';
  errors: CensusError[];
  note?: string;
}

/**
 * `all-or-nothing`: any error writes nothing (a full file's default). `per-member`: every valid member
 * is applied and the rejected ones listed; only an error of the file itself (envelopes) writes nothing.
 */
export type ImportMode = 'all-or-nothing' | 'per-member';

/** The file an import reads, opened through the import's transaction (a stored upload is read from it). */
export type ImportFile = (db: Db) => Readable;

/** A file on this machine's disk (the benchmarks). */
export const diskFile = (file: string): ImportFile => () => fs.createReadStream(file);

export interface ImportJob {
  id: string;
  /** The audit event's resource type: `census_import`, `x12_import`. */
  resourceType: string;
  /** The organization that owns the group imported into. */
  organizationId: string;
  /** The organization that uploaded the file: every transaction of the import runs as this tenant. */
  tenantId: string;
  apiKeyId: string | null;
  dryRun: boolean;
  mode?: ImportMode;
  /** The file is the whole population: families with coverage it leaves out are terminated. */
  complete: boolean;
  /** The date of that termination (the period's rule applies); today when null. */
  terminationDate: string | null;
}

/** Where the families go. */
export interface ImportPlacement {
  groupId: string;
  coveragePeriodId: string;
}

export interface ImportPlan {
  id: string;
  coverage_period_id: string;
  product_line: ProductLine;
  external_identifier: string;
  plan_identifier: string | null;
}

/** What a source reads with: the coverage period's plans, to match the file's plan codes. */
export interface ImportSetting {
  plans: readonly ImportPlan[];
  /** The coverage period's first day: an 834 keeps coverage that began earlier from it (x12-families). */
  periodStart?: string;
  /** The import's transaction, to read the file through. */
  db: Db;
}

export interface ImportSink {
  addErrors(errors: CensusError[]): void;
  /** Member transactions rejected while reading: their errors are the import's, and per member. */
  reject(members: MemberOutcome[]): void;
  /** Member outcomes whose errors were already added (addErrors): listed, not counted again. */
  describe(members: MemberOutcome[]): void;
  countRows(count?: number): void;
  readonly errorCount: number;
}

export interface ImportSource {
  /** What a reported place is called in the outcome's message: `row` (CSV), `segment` (834). */
  unit: string;
  /** How planning errors name their place; the CSV's column names when left out. */
  columns?: SourceColumns;
  /** Families in file order, subscriber first; reading errors go to the sink. */
  families(sink: ImportSink, setting: ImportSetting): AsyncIterable<CensusPerson[]>;
  /** The product lines a family's rows speak for: a line they leave out is waived when covered. */
  linesFor(family: CensusPerson[]): readonly ProductLine[];
  /** Members a family's rows leave out keep their coverage (an 834 change file; see CensusContext). */
  keepUnlistedMembers?: boolean;
  /** Answers per member transaction (MemberOutcome) rather than per family. */
  perMember?: boolean;
  /**
   * A change file: each family the source yields is one transaction's loops of it, taken against the
   * family on file (what it leaves out is kept; who is not on file rejected); families apply in order.
   */
  againstFile?(persons: CensusPerson[], existing: ExistingFamily | undefined, context: { open(sealed: string): string; ssnIndex(ssn: string): string; plans: readonly ImportPlan[] }): { persons: CensusPerson[]; rejected: MemberOutcome[] };
}

export interface RunOptions {
  db: Db;
  /** The organization that uploaded the file; the import's transactions run as this tenant. */
  tenantId: string;
  databaseKind: 'pglite' | 'postgres';
  cipher: PersonalDataCipher;
  logger?: Logger;
  onProgress?: (progress: { rowsDone: number; rowsTotal: number | null }) => void;
  today?: string;
  /**
   * Runs after `finish`, in the same transaction: the job's own bookkeeping (only the worker holding
   * the latest claim may finish it; see imports/jobs). Throwing ImportAbandoned there rolls back.
   */
  settle?: (trx: Trx) => Promise<void>;
}

export interface EngineOptions extends RunOptions {
  /** Runs first inside the import's transaction (creating what the file needs); says where families go. */
  place(trx: Trx): Promise<ImportPlacement>;
  /** Extra facts for the audit event of an applied import. */
  auditDetails?: () => Record<string, unknown>;
  rowsTotal: number | null;
  /** Called with the running outcome after each chunk and once at the end (`final`). */
  report?: (outcome: ImportOutcome, final: boolean) => void;
  /**
   * Records the outcome (the import's row, its webhook event): inside the import's transaction when it
   * commits, so the changes and their announcement commit together; in a transaction of its own when
   * nothing was written.
   */
  finish?: (trx: Trx, outcome: ImportOutcome) => Promise<void>;
}

class RollBack extends Error {}

/**
 * One SSN on two people — of the file (this chunk or an earlier one) or of the file and the group — is
 * an error on the later person's row, added to its family's plan. Planned families only: one with
 * errors already is reported for those.
 */
async function checkSsns(trx: Trx, groupId: string, plans: FamilyPlan[], indexOf: (ssn: string) => string, column: string): Promise<void> {
  const entries = plans.flatMap((plan) => (plan.errors.length ? [] : plan.members.filter((m) => m.person.ssn).map((m) => ({ plan, ...m, index: indexOf(m.person.ssn!) }))));
  if (!entries.length) return;
  const indexes = [...new Set(entries.map((e) => e.index))];
  const earlier = await sql<{ ssn_index: string; member_id: string }>`SELECT ssn_index, member_id FROM import_ssn_seen WHERE ssn_index = ANY(${indexes}::text[])`.execute(trx);
  const onFile = await trx.selectFrom('members').select(['id', 'ssn_index']).where('group_id', '=', groupId).where('ssn_index', 'in', indexes).execute();
  const holder = new Map<string, string>(earlier.rows.map((r) => [r.ssn_index, r.member_id]));
  const groupHolder = new Map(onFile.map((r) => [r.ssn_index!, r.id]));
  const fresh: Array<{ index: string; id: string }> = [];
  for (const entry of entries) {
    const inFile = holder.get(entry.index);
    const inGroup = groupHolder.get(entry.index);
    if ((inFile !== undefined && inFile !== entry.id) || (inGroup !== undefined && inGroup !== entry.id)) {
      const violation = duplicateSsnViolation(column, inFile !== undefined && inFile !== entry.id ? 'this file' : 'this group');
      entry.plan.errors.push({ row: entry.person.row, column, error_type: violation.error_type, message: violation.message });
      continue;
    }
    if (inFile === undefined) {
      holder.set(entry.index, entry.id);
      fresh.push({ index: entry.index, id: entry.id });
    }
  }
  if (fresh.length) {
    await sql`INSERT INTO import_ssn_seen SELECT * FROM unnest(${fresh.map((f) => f.index)}::text[], ${fresh.map((f) => f.id)}::uuid[]) ON CONFLICT DO NOTHING`.execute(trx);
  }
}

/** A person whose text PostgreSQL cannot store (a NUL in a name): the family is an error, like a bad value. */
function refuseUnstorable(persons: CensusPerson[], sink: ImportSink): boolean {
  const errors = persons.flatMap((person) => {
    const field = findUnstorableText(person);
    return field === undefined ? [] : [{ row: person.row, column: field, error_type: 'invalid_request.parameter_invalid', message: `${field} contains a NUL character (U+0000), which cannot be stored` }];
  });
  sink.addErrors(errors);
  return errors.length > 0;
}

/**
 * A dependent a file names by our own member id — REF*23 of an 834 we wrote, read back — is that member
 * of the family: it takes their external_identifier, so our own file imported back changes nobody.
 */
function ownMembersNamed(persons: CensusPerson[], family: ExistingFamily | undefined): CensusPerson[] {
  if (!family) return persons;
  return persons.map((person, i) => {
    if (i === 0 || family.dependents.some((d) => d.external_identifier === person.externalIdentifier)) return person;
    const member = family.dependents.find((d) => d.id === person.externalIdentifier);
    return member ? { ...person, externalIdentifier: member.external_identifier } : person;
  });
}

/** The import is no longer this worker's (another took it over): roll back and record nothing. */
export class ImportAbandoned extends Error {}

export async function runImport(job: ImportJob, source: ImportSource, options: EngineOptions): Promise<ImportOutcome> {
  const { db, cipher } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const outcome: ImportOutcome = { state: 'completed', rows_total: 0, families_created: 0, families_changed: 0, families_unchanged: 0, families_terminated: 0, error_count: 0, errors: [], message: null, members: [] };
  const perMemberMode = job.mode === 'per-member';
  // Errors of the file itself (not of one member's transaction): these fail a per-member import too.
  let fileErrors = 0;
  const recordMembers = (members: MemberOutcome[]) => {
    for (const member of members) if (outcome.members.length < MAX_REPORTED_ERRORS) outcome.members.push(member);
  };
  const sink: ImportSink = {
    addErrors(errors) {
      fileErrors += errors.length;
      addMemberErrors(errors);
    },
    reject(members) {
      recordMembers(members);
      addMemberErrors(members.flatMap((m) => m.errors));
    },
    describe(members) {
      recordMembers(members);
    },
    countRows(count = 1) {
      outcome.rows_total += count;
    },
    get errorCount() {
      return outcome.error_count;
    },
  };
  function addMemberErrors(errors: CensusError[]) {
    {
      outcome.error_count += errors.length;
      // Errors quote the file (a column name, a value); a NUL among them would make the outcome unstorable.
      for (const error of errors) {
        if (outcome.errors.length < MAX_REPORTED_ERRORS) outcome.errors.push({ ...error, column: error.column === null ? null : storableText(error.column), message: storableText(error.message) });
      }
    }
  }
  const report = (final = false) => {
    options.onProgress?.({ rowsDone: outcome.rows_total, rowsTotal: options.rowsTotal });
    options.report?.(outcome, final);
  };

  try {
    await inTenant(db, job.tenantId, async (trx) => {
      const placement = await options.place(trx);
      const period = await trx.selectFrom('coverage_periods').selectAll().where('id', '=', placement.coveragePeriodId).executeTakeFirstOrThrow();
      const plans = (await trx.selectFrom('plans').select(['id', 'coverage_period_id', 'product_line', 'external_identifier', 'plan_identifier']).where('coverage_period_id', '=', period.id).execute()) as ImportPlan[];
      const periodPlans = plans;
      if (job.complete) await sql`CREATE TEMP TABLE census_seen (external_identifier text PRIMARY KEY) ON COMMIT DROP`.execute(trx);
      // The SSN blind indexes of the file so far, so one SSN on two people of the file is found across chunks.
      await sql`CREATE TEMP TABLE import_ssn_seen (ssn_index text PRIMARY KEY, member_id uuid NOT NULL) ON COMMIT DROP`.execute(trx);
      const latestToday = latestCalendarDate();

      const context = (family: CensusPerson[]): CensusContext => ({
        organizationId: job.organizationId,
        groupId: placement.groupId,
        period: period as CoveragePeriodFacts,
        plans: plans as Array<PlanFacts & { external_identifier: string }>,
        lines: source.linesFor(family),
        today,
        latestToday,
        newId,
        seal: (ssn) => cipher.seal(ssn),
        open: (sealed) => cipher.open(sealed),
        ssnIndex: (ssn) => cipher.blindIndex(ssn),
        ...(source.columns ? { columns: source.columns } : {}),
        ...(source.keepUnlistedMembers ? { keepUnlistedMembers: true } : {}),
      });
      const where = { organizationId: job.organizationId, groupId: placement.groupId, coveragePeriodId: period.id };
      const writing = () => !job.dryRun && (perMemberMode ? fileErrors === 0 : outcome.error_count === 0);
      // Each of the plan's member transactions (a change file's stand-in for the subscriber is none).
      const memberOutcomes = (persons: CensusPerson[], result: MemberOutcome['outcome'], errors: CensusError[], note?: string): MemberOutcome[] => {
        const real = persons.filter((p) => !p.change?.placeholder).sort((a, b) => a.row - b.row);
        return real.map((person, i) => {
          const next = real[i + 1]?.row ?? Infinity;
          const own = errors.filter((e) => e.row >= person.row && e.row < next);
          return { row: person.row, external_identifier: person.externalIdentifier, maintenance_type: person.change?.maintenanceType ?? null, outcome: result, errors: i === 0 ? [...errors.filter((e) => e.row < person.row), ...own] : own, ...(note ? { note } : {}) };
        });
      };

      let chunk: CensusPerson[][] = [];
      const flush = async () => {
        if (!chunk.length) return;
        const families = chunk;
        chunk = [];
        const existing = await loadFamilies(trx, placement.groupId, period.id, families.map((f) => f[0]!.externalIdentifier));
        if (source.againstFile) {
          // A dependent's loop alone whose REF*0F is not on file: its family is looked for by SSN.
          const unknown = families.filter((f) => f[0]!.change?.placeholder && !existing.has(f[0]!.externalIdentifier));
          const indexOf = new Map(unknown.flatMap((f) => f.filter((p) => p.ssn).map((p) => [p, cipher.blindIndex(p.ssn!)] as const)));
          const bySsn = await familiesBySsnIndex(trx, placement.groupId, [...new Set(indexOf.values())]);
          const renamed = new Set<string>();
          for (const persons of unknown) {
            const key = persons.map((p) => bySsn.get(indexOf.get(p) ?? '')).find((k) => k !== undefined);
            if (key === undefined) continue;
            persons[0] = { ...persons[0]!, externalIdentifier: key, subscriberExternalId: key };
            renamed.add(key);
          }
          for (const [key, family] of await loadFamilies(trx, placement.groupId, period.id, [...renamed].filter((k) => !existing.has(k)))) existing.set(key, family);
        }
        const writes: ChunkWrites = { inserts: [], updates: [], coverage: [], changedFamilies: [] };
        const storable = families.filter((persons) => !refuseUnstorable(persons, sink)).flatMap((persons) => {
          if (!source.againstFile) return [persons];
          const resolved = source.againstFile(persons, existing.get(persons[0]!.externalIdentifier), { open: (sealed) => cipher.open(sealed), ssnIndex: (ssn) => cipher.blindIndex(ssn), plans: periodPlans });
          sink.reject(resolved.rejected);
          return resolved.persons.length ? [resolved.persons] : [];
        });
        const plans = storable.map((persons) => {
          const family = existing.get(persons[0]!.externalIdentifier);
          return planFamily(ownMembersNamed(persons, family), family, context(persons));
        });
        // An audit record (INS03 030 of a change file) is compared with what is on file, never applied.
        const audit = (plan: FamilyPlan) => plan.members.every((m) => m.person.change?.placeholder || m.person.change?.maintenanceType === '030') && plan.members.some((m) => m.person.change);
        await checkSsns(trx, placement.groupId, plans, (ssn) => cipher.blindIndex(ssn), source.columns?.field('ssn') ?? 'ssn');
        const loadedMembers = new Map([...existing.values()].flatMap((family) => [family.subscriber, ...family.dependents]).map((row) => [row.id, row]));
        const currentCoverages = new Map([...existing.values()].map((family) => [family.subscriber.id, family.coverages]));
        for (const plan of plans) {
          const persons = plan.members.map((m) => m.person);
          if (plan.errors.length) {
            if (source.perMember) sink.reject(memberOutcomes(persons, 'rejected', plan.errors));
            else sink.addErrors(plan.errors);
            continue;
          }
          if (audit(plan)) {
            outcome.families_unchanged++;
            if (source.perMember) recordMembers(memberOutcomes(persons, 'unchanged', [], familyChanged(plan) ? 'An audit record (INS03 030) that differs from what is on file: compared, not applied' : undefined));
            continue;
          }
          if (!familyChanged(plan)) {
            outcome.families_unchanged++;
            if (source.perMember) recordMembers(memberOutcomes(persons, 'unchanged', []));
            continue;
          }
          if (source.perMember) recordMembers(memberOutcomes(persons, 'applied', []));
          if (plan.isNew) outcome.families_created++;
          else outcome.families_changed++;
          writes.inserts.push(...plan.inserts);
          writes.updates.push(...plan.updates.map((update) => ({ before: loadedMembers.get(update.id)!, patch: update.patch as Record<string, unknown> })));
          writes.coverage.push({ subscriberId: plan.subscriberId, changes: plan.coverage, current: currentCoverages.get(plan.subscriberId) ?? [] });
          writes.changedFamilies.push(plan.subscriberId);
        }
        if (writing()) {
          await writeChunk(trx, where, writes);
          // Member ids the file gives from the carrier (an 834's REF*ZZ), kept for the period's carrier.
          const carrierIds = plans.flatMap((plan) => (plan.errors.length ? [] : plan.members.flatMap((m) => (m.person.carrierMemberId ? [{ member_id: m.id, carrier_member_id: m.person.carrierMemberId }] : []))));
          if (carrierIds.length) await recordCarrierMemberIds(trx, period.carrier_id, carrierIds, 'x12_import');
        }
        if (job.complete) {
          await sql`INSERT INTO census_seen SELECT unnest(${families.map((f) => f[0]!.externalIdentifier)}::text[]) ON CONFLICT DO NOTHING`.execute(trx);
        }
        report();
      };

      // A change file may change one family twice (cancelled, then re-added): the second change is
      // planned against the first, written.
      const inChunk = new Set<string>();
      for await (const family of source.families(sink, { plans, db: trx, periodStart: period.coverage_start_date })) {
        const key = family[0]!.externalIdentifier;
        if (source.againstFile && inChunk.has(key)) {
          await flush();
          inChunk.clear();
        }
        inChunk.add(key);
        chunk.push(family);
        if (chunk.length >= CHUNK_FAMILIES) {
          await flush();
          inChunk.clear();
        }
      }
      await flush();

      if (job.complete && writing()) {
        let after: string | null = null;
        for (;;) {
          const missing = await missingFamilies(trx, placement.groupId, period.id, CHUNK_FAMILIES, after);
          if (!missing.length) break;
          after = missing.at(-1)!.id;
          const families = await loadFamilies(trx, placement.groupId, period.id, missing.map((m) => m.external_identifier));
          const writes: ChunkWrites = { inserts: [], updates: [], coverage: [], changedFamilies: [] };
          for (const family of families.values()) {
            const input: QualifyingLifeEventInput = { event: 'termination_of_employment', date: job.terminationDate ?? today, coverage_period_id: period.id };
            const changes = planCoverageChanges(input, {
              subscriber: subscriberFacts(family.subscriber, family.dependents),
              coveragePeriod: period as CoveragePeriodFacts,
              plans: plans as PlanFacts[],
              existingCoverages: family.coverages,
              today,
            });
            if (!changes.ended.length) continue;
            outcome.families_terminated++;
            writes.coverage.push({ subscriberId: family.subscriber.id, changes, current: family.coverages });
            writes.changedFamilies.push(family.subscriber.id);
          }
          if (writing()) await writeChunk(trx, where, writes);
        }
      }

      if (writing()) {
        // One audit event for the import, by the key that uploaded it, in the import's transaction.
        await trx
          .insertInto('audit_events')
          .values({
            organization_id: job.tenantId,
            api_key_id: job.apiKeyId,
            resource_type: job.resourceType,
            resource_id: job.id,
            action: 'apply',
            before: null,
            after: json({ group_id: placement.groupId, coverage_period_id: period.id, rows: outcome.rows_total, families_created: outcome.families_created, families_changed: outcome.families_changed, families_unchanged: outcome.families_unchanged, families_terminated: outcome.families_terminated, ...options.auditDetails?.() }),
          })
          .execute();
      }

      if (perMemberMode ? fileErrors > 0 : outcome.error_count > 0) {
        outcome.state = 'failed';
        outcome.message = `${outcome.error_count} ${source.unit} error(s): nothing was written`;
        throw new RollBack();
      }
      const rejectedMembers = outcome.members.filter((m) => m.outcome === 'rejected').length;
      if (outcome.error_count > 0) outcome.message = `${rejectedMembers} member(s) rejected (${outcome.error_count} ${source.unit} error(s)); every other member was applied`;
      if (job.dryRun) {
        outcome.state = 'validated';
        outcome.message = 'Dry run: the file is valid; nothing was written';
        throw new RollBack();
      }
      outcome.members.sort((a, b) => a.row - b.row);
      await options.finish?.(trx, outcome);
      await options.settle?.(trx);
    });
  } catch (error) {
    if (error instanceof ImportAbandoned) throw error;
    if (!(error instanceof RollBack)) {
      options.logger?.error({ err: error, [`${job.resourceType}_id`]: job.id }, 'import failed');
      outcome.state = 'failed';
      outcome.message = `The import stopped on an unexpected error and wrote nothing: ${(error as Error).message}`;
    }
    // An import that wrote nothing claims nothing written; a dry run says what it would have done.
    if (outcome.state === 'failed') {
      outcome.families_created = outcome.families_changed = outcome.families_terminated = 0;
      outcome.families_unchanged = 0;
      for (const member of outcome.members) {
        if (member.outcome !== 'applied') continue;
        member.outcome = 'unchanged';
        member.note = 'Valid, but not applied: the import wrote nothing (all-or-nothing)';
      }
    }
    outcome.members.sort((a, b) => a.row - b.row);
    if (options.finish || options.settle) {
      await inTenant(db, job.tenantId, async (trx) => {
        await options.finish?.(trx, outcome);
        await options.settle?.(trx);
      });
    }
  }
  report(true);
  return outcome;
}
