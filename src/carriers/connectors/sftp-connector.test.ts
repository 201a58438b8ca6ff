import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ssh2 from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnector, SftpConnector, type SftpConnectionConfig } from './index.ts';
import { startSftpTestServer, type SftpTestServer } from './testing/sftp-test-server.ts';

describe('SftpConnector against a real SFTP server', () => {
  let server: SftpTestServer;
  let config: SftpConnectionConfig;
  beforeAll(async () => {
    server = await startSftpTestServer({ folders: ['to-carrier', 'from-carrier'] });
    config = {
      type: 'sftp',
      host: server.host,
      port: server.port,
      username: server.username,
      password: server.password,
      outbound_path: '/to-carrier',
      inbound_path: '/from-carrier',
      host_key_sha256: server.hostKeySha256,
    };
  });
  afterAll(() => server.close());

  it('uploads whole files under their names, once, on one connection', async () => {
    const connector = createConnector(config, { timeoutMs: 5_000 });
    try {
      const before = server.connectionCount;
      const content = 'ISA*00*...~'.repeat(10_000); // bigger than one SFTP write
      await connector.send({ name: 'OE_acme_000000001.834', content });
      await connector.send({ name: 'OE_acme_000000001.834', content }); // a retry: nothing new
      await expect(connector.send({ name: 'OE_acme_000000001.834', content: 'other' })).rejects.toMatchObject({ code: 'conflict' });
      await connector.send({ name: 'OE_acme_000000002.834', content: 'second' });

      expect((await readdir(join(server.root, 'to-carrier'))).sort()).toEqual(['OE_acme_000000001.834', 'OE_acme_000000002.834']);
      expect(await readFile(join(server.root, 'to-carrier', 'OE_acme_000000001.834'), 'utf8')).toBe(content);
      expect(server.connectionCount - before).toBe(1);
    } finally {
      await connector.close();
    }
  });

  it('receives answers oldest first and moves processed ones away', async () => {
    await writeFile(join(server.root, 'from-carrier', 'x.834.999'), 'ACK');
    await writeFile(join(server.root, 'from-carrier', 'x.834.ta1'), 'TA1');
    await writeFile(join(server.root, 'from-carrier', '.upload.part'), 'half');
    await utimes(join(server.root, 'from-carrier', 'x.834.ta1'), 1_700_000_000, 1_700_000_000);
    await utimes(join(server.root, 'from-carrier', 'x.834.999'), 1_700_000_100, 1_700_000_100);
    const connector = new SftpConnector(config, { timeoutMs: 5_000 });
    try {
      const files = await connector.receive();
      expect(files).toEqual([
        { name: 'x.834.ta1', content: 'TA1', receivedAt: new Date(1_700_000_000_000) },
        { name: 'x.834.999', content: 'ACK', receivedAt: new Date(1_700_000_100_000) },
      ]);
      await connector.markProcessed('x.834.ta1');
      await connector.markProcessed('x.834.ta1');
      expect((await connector.receive()).map((file) => file.name)).toEqual(['x.834.999']);
      expect(await readdir(join(server.root, 'from-carrier', 'processed'))).toEqual(['x.834.ta1']);
      await expect(connector.markProcessed('missing.999')).rejects.toMatchObject({ code: 'not_found' });
      expect(connector.hostKeyFingerprint).toBe(server.hostKeySha256);
    } finally {
      await connector.close();
    }
  });

  it('says when a remote folder does not exist', async () => {
    const connector = new SftpConnector({ ...config, outbound_path: '/nowhere', inbound_path: '/nothing' }, { timeoutMs: 5_000 });
    try {
      await expect(connector.send({ name: 'a.834', content: 'x' })).rejects.toMatchObject({ code: 'path_missing', message: expect.stringContaining('/nowhere') });
      await expect(connector.receive()).rejects.toMatchObject({ code: 'path_missing', message: expect.stringContaining('/nothing') });
    } finally {
      await connector.close();
    }
  });

  it('says authentication failed, without the password', async () => {
    const connector = new SftpConnector({ ...config, password: 'wrong-secret-42' }, { timeoutMs: 5_000 });
    const error = (await connector.receive().catch((e: unknown) => e)) as Error & { code: string };
    expect(error.code).toBe('auth_failed');
    expect(error.message).toContain(server.username);
    expect(error.message).not.toContain('wrong-secret-42');
    expect(JSON.stringify(error)).not.toContain('wrong-secret-42');
    await connector.close();
  });

  it('refuses a server whose host key is not the pinned one', async () => {
    const pin = `SHA256:${Buffer.alloc(32, 7).toString('base64').replace(/=+$/, '')}`;
    const connector = new SftpConnector({ ...config, host_key_sha256: pin }, { timeoutMs: 5_000 });
    await expect(connector.receive()).rejects.toMatchObject({ code: 'host_key_mismatch', message: expect.stringContaining(server.hostKeySha256) });
    await connector.close();
  });

  it('says when the host is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const connector = new SftpConnector({ ...config, port }, { timeoutMs: 5_000 });
    await expect(connector.receive()).rejects.toMatchObject({ code: 'unreachable', retryable: true, message: expect.stringContaining('connection refused') });
    await connector.close();
  });

  it('gives up on a server that never answers, after the timeout', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const connector = new SftpConnector({ ...config, port: (silent.address() as AddressInfo).port }, { timeoutMs: 300 });
    const started = Date.now();
    await expect(connector.receive()).rejects.toMatchObject({ code: 'timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(3_000);
    await connector.close();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('logs in with a private key instead of a password', async () => {
    const keys = ssh2.utils.generateKeyPairSync('ed25519');
    const keyServer = await startSftpTestServer({ authorizedKey: keys.public, folders: ['out', 'in'] });
    const connector = new SftpConnector(
      { type: 'sftp', host: keyServer.host, port: keyServer.port, username: keyServer.username, private_key: keys.private, outbound_path: 'out', inbound_path: 'in' },
      { timeoutMs: 5_000 },
    );
    try {
      await connector.send({ name: 'k.834', content: 'with a key' });
      expect(await readFile(join(keyServer.root, 'out', 'k.834'), 'utf8')).toBe('with a key');
    } finally {
      await connector.close();
      await keyServer.close();
    }
  });

  it('needs a password or a key, and a well-formed pin', () => {
    expect(() => new SftpConnector({ ...config, password: null })).toThrow(/neither a password nor a private key/);
    expect(() => new SftpConnector({ ...config, host_key_sha256: 'not-a-fingerprint' })).toThrow(/not a SHA-256 fingerprint/);
  });
});
