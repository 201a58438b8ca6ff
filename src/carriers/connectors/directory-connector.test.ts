import { mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
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
    connector = createConnector({ type: 'directory', outbound_path: 'out', inbound_path: join(root, 'in') }, { carrierFilesDir: root }) as DirectoryConnector;
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
    const missing = new DirectoryConnector({ type: 'directory', outbound_path: join(root, 'nope'), inbound_path: join(root, 'in') }, { carrierFilesDir: root });
    await expect(missing.send({ name: 'a.834', content: 'x' })).rejects.toMatchObject({
      code: 'path_missing',
      message: expect.stringContaining(join(root, 'nope')),
    });
    await expect(new DirectoryConnector({ type: 'directory', outbound_path: 'out', inbound_path: join(root, 'gone') }, { carrierFilesDir: root }).receive()).rejects.toMatchObject({ code: 'path_missing' });
  });

  it('needs the carrier files root, and refuses folders outside it', async () => {
    expect(() => new DirectoryConnector({ type: 'directory', outbound_path: 'out', inbound_path: 'in' })).toThrow(/carrier files folder/);
    const outside = await mkdtemp(join(tmpdir(), 'directory-outside-'));
    try {
      for (const outbound_path of [outside, '../out', 'out/../../x']) {
        const escaping = new DirectoryConnector({ type: 'directory', outbound_path, inbound_path: 'in' }, { carrierFilesDir: root });
        await expect(escaping.send({ name: 'a.834', content: 'x' })).rejects.toMatchObject({ code: 'invalid_config', retryable: false });
      }
      expect(await readdir(outside)).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('checks again at every use: a symbolic link made later that leads out is refused', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'directory-outside-'));
    try {
      await connector.send({ name: 'before.834', content: 'x' });
      await writeFile(join(outside, 'secret.999'), 'not ours');
      // The carrier's folders are replaced by links out of the root after it was registered.
      await rm(join(root, 'out'), { recursive: true });
      await rm(join(root, 'in'), { recursive: true });
      await symlink(outside, join(root, 'out'));
      await symlink(outside, join(root, 'in'));
      await expect(connector.send({ name: 'after.834', content: 'x' })).rejects.toMatchObject({ code: 'invalid_config', message: expect.stringContaining('symbolic link') });
      await expect(connector.receive()).rejects.toMatchObject({ code: 'invalid_config' });
      await expect(connector.markProcessed('secret.999')).rejects.toMatchObject({ code: 'invalid_config' });
      expect(await readdir(outside)).toEqual(['secret.999']);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('refuses a processed folder that became a link out of the root', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'directory-outside-'));
    try {
      await writeFile(join(root, 'in', 'r.999'), 'answer');
      await symlink(outside, join(root, 'in', 'processed'));
      await expect(connector.markProcessed('r.999')).rejects.toMatchObject({ code: 'invalid_config' });
      expect(await readdir(outside)).toEqual([]);
      expect(await readdir(join(root, 'in'))).toContain('r.999');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('follows a link that stays inside the root', async () => {
    await mkdir(join(root, 'real-out'));
    const linked = new DirectoryConnector({ type: 'directory', outbound_path: 'linked-out', inbound_path: 'in' }, { carrierFilesDir: root });
    await symlink(join(root, 'real-out'), join(root, 'linked-out'));
    await linked.send({ name: 'a.834', content: 'x' });
    expect(await readdir(join(root, 'real-out'))).toEqual(['a.834']);
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
