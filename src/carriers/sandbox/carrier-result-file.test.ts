import { describe, expect, it } from 'vitest';
import { CarrierResultFileError, formatCarrierResultFile, parseCarrierResultFile, type CarrierResultFile } from './carrier-result-file.ts';

const valid: CarrierResultFile = {
  type: 'enrollment_results',
  interchange_control_number: '000000042',
  transaction_set_control_number: '0001',
  results: [
    { subscriber_id: 'SUB-1', member_reference: 'p1', coverage_references: ['c1', 'c2'], carrier_member_id: 'CAR-1', status: 'accepted', errors: [] },
    {
      subscriber_id: 'SUB-1',
      member_reference: null,
      coverage_references: [],
      status: 'rejected',
      errors: [{ error_type: 'invalid_request.parameter_required', message: 'The parameter is missing and is required', parameter: 'first_name' }],
    },
  ],
};

const withChange = (change: (file: Record<string, any>) => void): string => {
  const copy = structuredClone(valid) as Record<string, any>;
  change(copy);
  return JSON.stringify(copy);
};

describe('parseCarrierResultFile', () => {
  it('takes carrier_member_id as optional: left out or null, there is none', () => {
    const without = parseCarrierResultFile(withChange((f) => { delete f.results[0].carrier_member_id; f.results[1].carrier_member_id = null; }));
    expect(without.results.map((r) => r.carrier_member_id)).toEqual([undefined, undefined]);
  });

  it('reads back what formatCarrierResultFile writes', () => {
    expect(parseCarrierResultFile(formatCarrierResultFile(valid))).toEqual(valid);
  });

  it.each([
    ['not JSON', '{"type":', /not JSON/],
    ['another type', withChange((f) => (f.type = 'eligibility')), /^Not a carrier result file: type must be "enrollment_results"$/],
    ['a missing field', withChange((f) => delete f.transaction_set_control_number), /transaction_set_control_number is missing/],
    ['an unknown field', withChange((f) => (f.results[0].note = 'x')), /results\[0\]\.note is not a field/],
    ['a bad status', withChange((f) => (f.results[1].status = 'error')), /results\[1\]\.status must be "accepted" or "rejected"/],
    ['an accepted result with errors', withChange((f) => (f.results[0].errors = f.results[1].errors)), /results\[0\]\.errors must be empty/],
    ['a rejected result without errors', withChange((f) => (f.results[1].errors = [])), /results\[1\]\.errors must say why/],
    ['an error without a message', withChange((f) => delete f.results[1].errors[0].message), /results\[1\]\.errors\[0\]\.message is missing/],
    ['an empty carrier_member_id', withChange((f) => (f.results[0].carrier_member_id = '')), /results\[0\]\.carrier_member_id must be a non-empty string or null/],
    ['a non-numeric ISA13', withChange((f) => (f.interchange_control_number = 'abc')), /interchange_control_number must be the ISA13/],
    ['an array at the top', '[]', /^Not a carrier result file: must be an object$/],
  ])('refuses %s with a clear error', (_, text, message) => {
    expect(() => parseCarrierResultFile(text)).toThrow(CarrierResultFileError);
    expect(() => parseCarrierResultFile(text)).toThrow(message);
  });
});
