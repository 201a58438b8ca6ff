import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Nullable, Uuid } from '../../http/common-schemas.ts';

export const AcknowledgementItem = Type.Object({
  reference_number: Type.String({ examples: ['ACK-7QX2M4KD9PZB'] }),
  kind: Type.Union([Type.Literal('person'), Type.Literal('coverage')]),
  resource_type: Type.String({ examples: ['dependent', 'coverage'] }),
  resource_id: Uuid,
  member_id: Nullable(Uuid),
  product_line: Nullable(Type.String()),
  action: Type.String({ examples: ['created', 'updated', 'started', 'ended'] }),
});

/** What a write answers with: one reference for the submission, one per person and coverage item. */
export const Acknowledgement = Type.Object({
  reference_number: Type.String({ examples: ['ACK-3HT8W2LQ6NRC'] }),
  resource_type: Type.String(),
  resource_id: Uuid,
  action: Type.String(),
  received_at: DateTime,
  people: Type.Array(AcknowledgementItem),
  coverage_items: Type.Array(AcknowledgementItem),
});
export type Acknowledgement = Static<typeof Acknowledgement>;
