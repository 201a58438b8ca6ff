/**
 * The sandbox carrier's configuration from JSON (a file given to `enroll sandbox-carrier`, or a
 * request body), checked so that a typo says where it is instead of rejecting every member later.
 */
import { isIsoDate } from '../../enrollment/dates.ts';
import { INSURANCE_LINE_CODES } from '../x12/index.ts';
import type { SandboxCarrierConfig, SandboxGroup } from './sandbox-carrier.ts';

export class SandboxConfigError extends Error {
  override readonly name = 'SandboxConfigError';
  constructor(
    readonly parameter: string,
    problem: string,
  ) {
    super(`Sandbox carrier configuration: ${parameter} ${problem}`);
  }
}

/** `{groups: [{group_number, coverage_start_date, coverage_end_date?, lines_of_coverage?}], receiverId?, linesOfCoverage?, unknownGroups?}` */
export function parseSandboxCarrierConfig(value: unknown): Omit<SandboxCarrierConfig, 'now'> {
  const config = record(value, '(root)', ['groups', 'receiverId', 'linesOfCoverage', 'unknownGroups']);
  if (!Array.isArray(config.groups)) throw new SandboxConfigError('groups', 'must be an array');
  const groups = config.groups.map((group, i) => sandboxGroup(group, `groups[${i}]`));
  const numbers = new Set<string>();
  for (const [i, group] of groups.entries()) {
    if (numbers.has(group.group_number)) throw new SandboxConfigError(`groups[${i}].group_number`, `${JSON.stringify(group.group_number)} is listed twice`);
    numbers.add(group.group_number);
  }
  const result: Omit<SandboxCarrierConfig, 'now'> = { groups };
  if (config.receiverId !== undefined) result.receiverId = text(config.receiverId, 'receiverId');
  if (config.linesOfCoverage !== undefined) result.linesOfCoverage = lines(config.linesOfCoverage, 'linesOfCoverage');
  if (config.unknownGroups !== undefined) {
    if (config.unknownGroups !== 'reject' && config.unknownGroups !== 'accept') throw new SandboxConfigError('unknownGroups', 'must be "reject" or "accept"');
    result.unknownGroups = config.unknownGroups;
  }
  return result;
}

function sandboxGroup(value: unknown, path: string): SandboxGroup {
  const group = record(value, path, ['group_number', 'coverage_start_date', 'coverage_end_date', 'lines_of_coverage']);
  const result: SandboxGroup = {
    group_number: text(group.group_number, `${path}.group_number`),
    coverage_start_date: date(group.coverage_start_date, `${path}.coverage_start_date`),
  };
  if (group.coverage_end_date !== undefined) {
    result.coverage_end_date = date(group.coverage_end_date, `${path}.coverage_end_date`);
    if (result.coverage_end_date < result.coverage_start_date) throw new SandboxConfigError(`${path}.coverage_end_date`, 'is before coverage_start_date');
  }
  if (group.lines_of_coverage !== undefined) result.lines_of_coverage = lines(group.lines_of_coverage, `${path}.lines_of_coverage`);
  return result;
}

function record(value: unknown, path: string, fields: string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SandboxConfigError(path, 'must be an object');
  for (const key of Object.keys(value)) {
    if (!fields.includes(key)) throw new SandboxConfigError(path === '(root)' ? key : `${path}.${key}`, `is not a setting (${fields.join(', ')})`);
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new SandboxConfigError(path, 'must be a non-empty string');
  return value;
}

function date(value: unknown, path: string): string {
  if (!isIsoDate(value)) throw new SandboxConfigError(path, 'must be a date (YYYY-MM-DD)');
  return value;
}

function lines(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new SandboxConfigError(path, 'must be a non-empty array of HD03 codes');
  return value.map((code, i) => {
    if (typeof code !== 'string' || !Object.hasOwn(INSURANCE_LINE_CODES, code)) {
      throw new SandboxConfigError(`${path}[${i}]`, `${JSON.stringify(code)} is not an HD03 insurance line code (${Object.keys(INSURANCE_LINE_CODES).join(', ')})`);
    }
    return code;
  });
}

// ---------------------------------------------------------------------------------------------------
// A `sandbox` connection's settings (the API's carrier resource, snake_case): what the in-process
// carrier accepts and how it answers. Its groups are the carrier's coverage periods (group number and
// first covered day); a setting for a group number adds to or overrides what the periods say.

export interface SandboxConnectionGroup {
  group_number: string;
  coverage_start_date?: string;
  coverage_end_date?: string;
  lines_of_coverage?: string[];
}

export interface SandboxConnectionSettings {
  lines_of_coverage?: string[];
  groups?: SandboxConnectionGroup[];
  unknown_groups?: 'reject' | 'accept';
  receiver_id?: string;
  rules?: { subscriber_ssn_required?: boolean; subscriber_birth_date_required?: boolean; coverage_within_group_dates?: boolean };
  result_files?: boolean;
}

export const SANDBOX_CONNECTION_SETTINGS = ['lines_of_coverage', 'groups', 'unknown_groups', 'receiver_id', 'rules', 'result_files'] as const;
const RULES = ['subscriber_ssn_required', 'subscriber_birth_date_required', 'coverage_within_group_dates'] as const;

/**
 * Checks a sandbox connection's settings (the `type` aside) as the API received them: every HD03 code
 * of the guide's list, dates real, a group's end not before its start, a group number listed once.
 * Throws SandboxConfigError naming the setting's path inside the connection.
 */
export function parseSandboxConnection(value: unknown): SandboxConnectionSettings {
  const connection = record(value, '(root)', ['type', ...SANDBOX_CONNECTION_SETTINGS]);
  const settings: SandboxConnectionSettings = {};
  if (connection.lines_of_coverage !== undefined) settings.lines_of_coverage = lines(connection.lines_of_coverage, 'lines_of_coverage');
  if (connection.groups !== undefined) {
    if (!Array.isArray(connection.groups)) throw new SandboxConfigError('groups', 'must be an array');
    const seen = new Set<string>();
    settings.groups = connection.groups.map((item, i) => {
      const path = `groups[${i}]`;
      const group = record(item, path, ['group_number', 'coverage_start_date', 'coverage_end_date', 'lines_of_coverage']);
      const parsed: SandboxConnectionGroup = { group_number: text(group.group_number, `${path}.group_number`) };
      if (seen.has(parsed.group_number)) throw new SandboxConfigError(`${path}.group_number`, `${JSON.stringify(parsed.group_number)} is listed twice`);
      seen.add(parsed.group_number);
      if (group.coverage_start_date !== undefined) parsed.coverage_start_date = date(group.coverage_start_date, `${path}.coverage_start_date`);
      if (group.coverage_end_date !== undefined) {
        parsed.coverage_end_date = date(group.coverage_end_date, `${path}.coverage_end_date`);
        if (parsed.coverage_start_date !== undefined && parsed.coverage_end_date < parsed.coverage_start_date) throw new SandboxConfigError(`${path}.coverage_end_date`, 'is before coverage_start_date');
      }
      if (group.lines_of_coverage !== undefined) parsed.lines_of_coverage = lines(group.lines_of_coverage, `${path}.lines_of_coverage`);
      return parsed;
    });
  }
  if (connection.unknown_groups !== undefined) {
    if (connection.unknown_groups !== 'reject' && connection.unknown_groups !== 'accept') throw new SandboxConfigError('unknown_groups', 'must be "reject" or "accept"');
    settings.unknown_groups = connection.unknown_groups;
  }
  if (connection.receiver_id !== undefined) settings.receiver_id = text(connection.receiver_id, 'receiver_id');
  if (connection.rules !== undefined) {
    const rules = record(connection.rules, 'rules', [...RULES]);
    settings.rules = {};
    for (const rule of RULES) {
      if (rules[rule] === undefined) continue;
      if (typeof rules[rule] !== 'boolean') throw new SandboxConfigError(`rules.${rule}`, 'must be true or false');
      settings.rules[rule] = rules[rule];
    }
  }
  if (connection.result_files !== undefined) {
    if (typeof connection.result_files !== 'boolean') throw new SandboxConfigError('result_files', 'must be true or false');
    settings.result_files = connection.result_files;
  }
  return settings;
}

/**
 * The simulator's configuration: the groups of the carrier's coverage periods, each overridden (or
 * joined) by the connection's setting for its group number, and the connection's lines and rules. A
 * configured group no period has and no start date is covered from the earliest date.
 */
export function sandboxCarrierConfig(settings: SandboxConnectionSettings, periodGroups: readonly SandboxGroup[]): Omit<SandboxCarrierConfig, 'now'> {
  const groups = new Map<string, SandboxGroup>(periodGroups.map((group) => [group.group_number, { ...group }]));
  for (const configured of settings.groups ?? []) {
    const known = groups.get(configured.group_number);
    const merged: SandboxGroup = { group_number: configured.group_number, coverage_start_date: configured.coverage_start_date ?? known?.coverage_start_date ?? '1900-01-01' };
    const end = configured.coverage_end_date ?? known?.coverage_end_date;
    if (end !== undefined && end !== null) merged.coverage_end_date = end;
    const lines = configured.lines_of_coverage ?? known?.lines_of_coverage;
    if (lines) merged.lines_of_coverage = lines;
    groups.set(configured.group_number, merged);
  }
  const config: Omit<SandboxCarrierConfig, 'now'> = { groups: [...groups.values()] };
  if (settings.lines_of_coverage) config.linesOfCoverage = settings.lines_of_coverage;
  if (settings.unknown_groups) config.unknownGroups = settings.unknown_groups;
  if (settings.receiver_id) config.receiverId = settings.receiver_id;
  if (settings.rules) {
    const checks: NonNullable<SandboxCarrierConfig['checks']> = {};
    if (settings.rules.subscriber_ssn_required !== undefined) checks.subscriberSsnRequired = settings.rules.subscriber_ssn_required;
    if (settings.rules.subscriber_birth_date_required !== undefined) checks.subscriberBirthDateRequired = settings.rules.subscriber_birth_date_required;
    if (settings.rules.coverage_within_group_dates !== undefined) checks.coverageWithinGroupDates = settings.rules.coverage_within_group_dates;
    config.checks = checks;
  }
  return config;
}
