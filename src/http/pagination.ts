// Cursor pagination: `?limit=&cursor=`; the cursor is the last id of the page (ids are ordered by
// creation time), so a page never shifts when rows are added behind it.
import { Type, type Static } from '@sinclair/typebox';
import { UUID_PATTERN } from '../db/ids.ts';
import { invalid } from './errors.ts';

export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Items per page' })),
  cursor: Type.Optional(Type.String({ description: 'next_cursor of the previous page' })),
});
export type PageQuery = Static<typeof PageQuery>;

export const NextCursor = Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null on the last page' });

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!new RegExp(UUID_PATTERN).test(id)) throw invalid('cursor', 'cursor is not one this API gave out');
  return id;
}

/** Given limit + 1 rows fetched, the page and the cursor of the next one. */
export function page<T extends { id: string }>(rows: T[], limit: number): { items: T[]; next_cursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next_cursor: rows.length > limit && last ? Buffer.from(last.id).toString('base64url') : null };
}
