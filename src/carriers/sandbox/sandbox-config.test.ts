import { describe, expect, it } from 'vitest';
import { parseSandboxCarrierConfig, SandboxConfigError } from './sandbox-config.ts';

describe('parseSandboxCarrierConfig', () => {
  it('reads a configuration file', () => {
    const config = { groups: [{ group_number: 'GRP-1', coverage_start_date: '2026-01-01', lines_of_coverage: ['HLT'] }], receiverId: 'CARRIER01', unknownGroups: 'accept' };
    expect(parseSandboxCarrierConfig(config)).toEqual(config);
  });

  it.each([
    [{}, /groups must be an array/],
    [{ groups: [{ group_number: 'G', coverage_start_date: '2026-02-30' }] }, /groups\[0\]\.coverage_start_date must be a date/],
    [{ groups: [{ group_number: 'G', coverage_start_date: '2026-01-01', plan: 'x' }] }, /groups\[0\]\.plan is not a setting/],
    [{ groups: [], linesOfCoverage: ['MEDICAL'] }, /linesOfCoverage\[0\] "MEDICAL" is not an HD03/],
    [{ groups: [{ group_number: 'G', coverage_start_date: '2026-01-01' }, { group_number: 'G', coverage_start_date: '2026-01-01' }] }, /listed twice/],
  ])('says where a configuration is wrong: %j', (config, message) => {
    expect(() => parseSandboxCarrierConfig(config)).toThrow(SandboxConfigError);
    expect(() => parseSandboxCarrierConfig(config)).toThrow(message);
  });
});
