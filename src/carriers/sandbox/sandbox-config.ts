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
