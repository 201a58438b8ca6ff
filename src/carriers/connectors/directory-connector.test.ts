import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError, createConnector, DirectoryConnector } from './index.ts';

describe('DirectoryConnector', () => {
  let root: string;
  let connector: DirectoryConnector;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'directory-connector-'));
    await mkdir(join(root, 'out'));
    await mkdir(join(root, 'in'));
    connector = createConnector({ type: 'directory', outbound_path: join(root, 'out'), inbound_path: join(root, 'in') }) as DirectoryConnector;
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('writes the file whole under its name and leaves no temporary file behind', async () => {
    await connector.send({ name: 'OE_acme_000000001.834', content: 'ISA*...~' });
    expect(await readdir(join(root, 'out'))).toEqual(['OE_acme_000000001.834']);
    expect(await readFile(join(root, 'out', 'OE_acme_000000001.834'), 'utf8')).toBe('ISA*...~');
  });

  it('treats the same name and content again as done, and other content under that name as a conflict', async () => {
    await connector.send({ name: 'a.834', content: 'one' });
    await connector.send({ name: 'a.834', content: 'one' });
    const error = await connector.send({ name: 'a.834', content: 'two' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ code: 'conflict', retryable: false });
    expect(await readFile(join(root, 'out', 'a.834'), 'utf8')).toBe('one');
    expect(await readdir(join(root, 'out'))).toEqual(['a.834']);
  });

  it('says when the outbound folder does not exist', async () => {
    const missing = new DirectoryConnector({ type: 'directory', outbound_path: join(root, 'nope'), inbound_path: join(root, 'in') });
    await expect(missing.send({ name: 'a.834', content: 'x' })).rejects.toMatchObject({
      code: 'path_missing',
      message: expect.stringContaining(join(root, 'nope')),
    });
    await expect(new DirectoryConnector({ type: 'directory', outbound_path: root, inbound_path: join(root, 'gone') }).receive()).rejects.toMatchObject({ code: 'path_missing' });
  });

  it.each(['../escape.834', 'sub/a.834', '.hidden', '', 'a\nb'])('refuses the file name %j', async (name) => {
    await expect(connector.send({ name, content: 'x' })).rejects.toMatchObject({ code: 'invalid_name' });
  });

  it('receives inbound files oldest first, skipping folders and dot files, until they are marked processed', async () => {
    await writeFile(join(root, 'in', 'b.999'), 'B');
    await writeFile(join(root, 'in', 'a.999'), 'A');
    await writeFile(join(root, 'in', '.a.999.123.part'), 'half');
    await utimes(join(root, 'in', 'b.999'), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    await utimes(join(root, 'in', 'a.999'), new Date('2026-01-02T00:00:00Z'), new Date('2026-01-02T00:00:00Z'));

    const files = await connector.receive();
    expect(files).toEqual([
      { name: 'b.999', content: 'B', receivedAt: new Date('2026-01-01T00:00:00Z') },
      { name: 'a.999', content: 'A', receivedAt: new Date('2026-01-02T00:00:00Z') },
    ]);

    await connector.markProcessed('b.999');
    await connector.markProcessed('b.999'); // a retry after a crash
    expect((await connector.receive()).map((file) => file.name)).toEqual(['a.999']);
    expect(await readdir(join(root, 'in', 'processed'))).toEqual(['b.999']);
    await expect(connector.markProcessed('never.999')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps an earlier processed file when a carrier reuses its name', async () => {
    await writeFile(join(root, 'in', 'r.999'), 'first');
    await connector.markProcessed('r.999');
    await writeFile(join(root, 'in', 'r.999'), 'second');
    await connector.markProcessed('r.999');
    expect((await readdir(join(root, 'in', 'processed'))).sort()).toEqual(['r.999', 'r.999.1']);
  });

  it("refuses a 'none' connection and an unknown type", () => {
    expect(() => createConnector({ type: 'none' })).toThrow(/built but not sent/);
    expect(() => createConnector({ type: 'ftp' } as never)).toThrow(/Unknown connection type "ftp"/);
  });
});
