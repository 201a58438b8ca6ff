/** Who belongs to a subscriber's family, and the limits on it. */
import type { MemberFacts, SubscriberFacts } from './enrollment-facts.ts';
import { isSpousal } from './enrollment-facts.ts';
import { violation, type RuleViolation } from './rule-violations.ts';

/** The subscriber and every dependent on file, removed ones included, by id. */
export function familyMembersById(subscriber: SubscriberFacts): Map<string, MemberFacts> {
  const members = new Map<string, MemberFacts>([[subscriber.id, subscriber]]);
  for (const dependent of subscriber.dependents) members.set(dependent.id, dependent);
  return members;
}

export function isRemoved(member: MemberFacts): boolean {
  return member.removed_on !== undefined && member.removed_on !== null;
}

/** The spouse or domestic partner on file, when there is exactly one (removed or not); else undefined. */
export function soleSpouse(subscriber: SubscriberFacts): MemberFacts | undefined {
  const spouses = subscriber.dependents.filter((dependent) => isSpousal(dependent.subscriber_relationship));
  return spouses.length === 1 ? spouses[0] : undefined;
}

/**
 * Rules on a subscriber's dependents as a list, for adding or changing dependents outside an event:
 * at most one spouse or registered domestic partner who has not been removed (carriers cover one), and
 * `self` is the subscriber's own relationship, never a dependent's.
 */
export function validateDependentRelationships(dependents: readonly MemberFacts[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  let spouseIndex: number | undefined;
  dependents.forEach((dependent, index) => {
    const parameter = `dependents[${index}].subscriber_relationship`;
    if (dependent.subscriber_relationship === 'self') {
      violations.push(
        violation(
          'unprocessable.relationship_mismatch',
          parameter,
          'A dependent cannot have the relationship "self"; only the subscriber is "self". Choose the dependent\'s relationship to the subscriber.',
        ),
      );
      return;
    }
    if (!isSpousal(dependent.subscriber_relationship) || isRemoved(dependent)) return;
    if (spouseIndex === undefined) {
      spouseIndex = index;
      return;
    }
    violations.push(
      violation(
        'unprocessable.multiple_spouses',
        parameter,
        `The subscriber already has a spouse or registered domestic partner (dependents[${spouseIndex}]). Remove that dependent first, or correct this relationship.`,
      ),
    );
  });
  return violations;
}
