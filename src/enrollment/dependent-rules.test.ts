import { describe, expect, it } from 'vitest';
import { familyMembersById, soleSpouse, validateDependentRelationships } from './dependent-rules.ts';
import type { MemberFacts } from './enrollment-facts.ts';
import { CHILD, SPOUSE, family } from './enrollment-fixtures.ts';

const partner: MemberFacts = { id: 'partner', is_subscriber: false, subscriber_relationship: 'registered_domestic_partner' };

describe('validateDependentRelationships', () => {
  it('accepts one spouse and any number of children', () => {
    expect(validateDependentRelationships([SPOUSE, CHILD, { ...CHILD, id: 'child-2' }])).toEqual([]);
  });

  it('rejects a second spouse or partner, naming its relationship', () => {
    expect(validateDependentRelationships([SPOUSE, CHILD, partner])).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.multiple_spouses', parameter: 'dependents[2].subscriber_relationship' }),
    ]);
  });

  it('lets a new spouse follow one who was removed', () => {
    expect(validateDependentRelationships([{ ...SPOUSE, removed_on: '2020-03-31' }, partner])).toEqual([]);
  });

  it('rejects a dependent whose relationship is self', () => {
    expect(validateDependentRelationships([{ ...CHILD, subscriber_relationship: 'self' }])).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.relationship_mismatch', parameter: 'dependents[0].subscriber_relationship' }),
    ]);
  });
});

describe('the family', () => {
  it('holds the subscriber and every dependent, removed ones included', () => {
    const members = familyMembersById(family([SPOUSE, { ...CHILD, removed_on: '2020-01-01' }]));
    expect([...members.keys()]).toEqual(['subscriber', 'spouse', 'child']);
  });

  it('has a sole spouse only when exactly one is on file', () => {
    expect(soleSpouse(family([SPOUSE, CHILD]))?.id).toBe('spouse');
    expect(soleSpouse(family([CHILD]))).toBeUndefined();
    expect(soleSpouse(family([SPOUSE, partner]))).toBeUndefined();
  });
});
