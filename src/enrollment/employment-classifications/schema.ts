// Benefit classes (Ideon's employment classifications) of a group, and the effective-dated history of
// a subscriber's class: the API's shapes.
import { Type, type Static } from '@sinclair/typebox';
import { DateString, DateTime, Nullable, Uuid, X12Identifier } from '../../http/common-schemas.ts';
import { NextCursor } from '../../http/pagination.ts';

const classificationFields = {
  external_identifier: X12Identifier({ minLength: 1, maxLength: 80, description: "The client's own id of the class, unique per group", examples: ['SALARIED'] }),
  carrier_identifier: Type.Optional(Nullable(X12Identifier({ maxLength: 80, description: "The carrier's code for the class", examples: ['CLASS-A'] }))),
  description: Type.Optional(Nullable(Type.String({ maxLength: 200, examples: ['Salaried employees'] }))),
  type: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 50, description: 'What kind of class (free text, as Ideon has it), e.g. benefit_class', examples: ['benefit_class'] }))),
  start_date: Type.Optional(Nullable(DateString)),
  end_date: Type.Optional(Nullable(DateString)),
};

const ClassificationInput = Type.Object(classificationFields, { additionalProperties: false });
export type ClassificationInput = Static<typeof ClassificationInput>;
const ClassificationUpdate = Type.Partial(ClassificationInput, { additionalProperties: false });
export type ClassificationUpdate = Static<typeof ClassificationUpdate>;

export const CreateClassificationBody = Type.Object({ employment_classification: ClassificationInput }, {
  additionalProperties: false,
  examples: [{ employment_classification: { external_identifier: 'SALARIED', carrier_identifier: 'CLASS-A', description: 'Salaried employees', type: 'benefit_class', start_date: '2026-01-01' } }],
});
export const UpdateClassificationBody = Type.Object({ employment_classification: ClassificationUpdate }, { additionalProperties: false, examples: [{ employment_classification: { description: 'Salaried, full time' } }] });

export const Classification = Type.Object({
  id: Uuid,
  group_id: Uuid,
  external_identifier: Type.String(),
  carrier_identifier: Nullable(Type.String()),
  description: Nullable(Type.String()),
  type: Nullable(Type.String()),
  start_date: Nullable(DateString),
  end_date: Nullable(DateString),
  created_at: DateTime,
  updated_at: DateTime,
});
export type Classification = Static<typeof Classification>;
export const ClassificationAnswer = Type.Object({ employment_classification: Classification });
export const ClassificationList = Type.Object({ employment_classifications: Type.Array(Classification), next_cursor: NextCursor });

export const AssignClassificationBody = Type.Object(
  {
    subscriber_employment_classification: Type.Object(
      {
        employment_classification_id: Type.String({ ...Uuid, description: "One of the subscriber's group's classes" }),
        effective_date: Type.String({ ...DateString, description: 'The first day the subscriber is in this class; until the effective date of the next assignment' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, examples: [{ subscriber_employment_classification: { employment_classification_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80', effective_date: '2026-01-01' } }] },
);
export type AssignClassificationBody = Static<typeof AssignClassificationBody>;

export const ClassAssignment = Type.Object({
  id: Uuid,
  subscriber_id: Uuid,
  employment_classification_id: Uuid,
  effective_date: DateString,
  created_at: DateTime,
});
export type ClassAssignment = Static<typeof ClassAssignment>;
export const ClassAssignmentAnswer = Type.Object({ subscriber_employment_classification: ClassAssignment });
export const ClassAssignmentList = Type.Object({ subscriber_employment_classifications: Type.Array(ClassAssignment, { description: 'By effective date, the earliest first' }) });
