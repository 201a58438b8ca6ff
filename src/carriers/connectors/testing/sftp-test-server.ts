/**
 * A real SFTP server for tests: ssh2's Server on 127.0.0.1 (a random port), password (or public key) authentication,
 * a host key generated at start, and a temporary folder as its file system root. It speaks the SFTP v3
 * requests our connector (and most clients) use: open/read/write/fstat/close, opendir/readdir,
 * stat/lstat, rename (failing onto an existing name, as v3 says), mkdir, remove, rmdir, realpath, setstat.
 * Not for production: no access control beyond the one user, no symlinks.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants as fsConstants, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmdirSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import ssh2 from 'ssh2';
import type { Attributes, Connection, FileEntry, SFTPWrapper } from 'ssh2';

const { STATUS_CODE, OPEN_MODE } = ssh2.utils.sftp;

export interface SftpTestServer {
  host: string;
  port: number;
  username: string;
  password: string;
  /** The server's file system root (a temporary folder); `/in` on the server is `join(root, 'in')`. */
  root: string;
  /** `SHA256:…` of the host key, as a client pins it. */
  hostKeySha256: string;
  /** Connections accepted so far (to see that the connector reuses one). */
  readonly connectionCount: number;
  close(): Promise<void>;
}

export interface SftpTestServerOptions {
  username?: string;
  password?: string;
  /** An OpenSSH public key (`ssh-ed25519 AAAA…`) allowed to log in as the user. */
  authorizedKey?: string;
  /** Folders to create under the root, e.g. ['in', 'out']. */
  folders?: string[];
}

export async function startSftpTestServer(options: SftpTestServerOptions = {}): Promise<SftpTestServer> {
  const username = options.username ?? 'carrier-test';
  const password = options.password ?? 'test-password';
  const root = await mkdtemp(join(tmpdir(), 'sftp-test-'));
  for (const folder of options.folders ?? []) mkdirSync(join(root, folder), { recursive: true });
  const hostKey = ssh2.utils.generateKeyPairSync('ed25519');
  const parsed = ssh2.utils.parseKey(hostKey.private);
  if (parsed instanceof Error) throw parsed;
  const key = Array.isArray(parsed) ? parsed[0]! : parsed;
  const hostKeySha256 = `SHA256:${createHash('sha256').update(key.getPublicSSH()).digest('base64').replace(/=+$/, '')}`;

  const authorizedKeys = options.authorizedKey ? ssh2.utils.parseKey(options.authorizedKey) : undefined;
  if (authorizedKeys instanceof Error) throw authorizedKeys;
  const authorized = Array.isArray(authorizedKeys) ? authorizedKeys[0] : authorizedKeys;

  const connections = new Set<Connection>();
  let connectionCount = 0;
  const server = new ssh2.Server({ hostKeys: [hostKey.private] }, (client) => {
    connectionCount++;
    connections.add(client);
    client.on('close', () => connections.delete(client));
    client.on('error', () => undefined); // a client that disappears is not the server's problem
    client.on('authentication', (context) => {
      if (context.username !== username) return context.reject();
      if (context.method === 'password' && context.password === password) return context.accept();
      if (context.method === 'publickey' && authorized) {
        const sameKey = context.key.algo === authorized.type && context.key.data.equals(authorized.getPublicSSH());
        // Without a signature the client only asks whether the key would do; with one, it must verify.
        if (sameKey && (!context.signature || authorized.verify(context.blob!, context.signature, context.hashAlgo) === true)) return context.accept();
      }
      context.reject(authorized ? ['password', 'publickey'] : ['password']);
    });
    client.on('ready', () => {
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        session.on('sftp', (acceptSftp) => serveSftp(acceptSftp(), root, username));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    host: '127.0.0.1',
    port,
    username,
    password,
    root,
    hostKeySha256,
    get connectionCount() {
      return connectionCount;
    },
    async close() {
      for (const client of connections) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

type OpenHandle = { kind: 'file'; fd: number } | { kind: 'dir'; entries: FileEntry[]; sent: boolean };

function serveSftp(sftp: SFTPWrapper, root: string, owner: string): void {
  const handles = new Map<number, OpenHandle>();
  let nextHandle = 1;
  const local = (path: string): string => join(root, posix.normalize(posix.join('/', path)));
  const newHandle = (value: OpenHandle): Buffer => {
    const id = nextHandle++;
    handles.set(id, value);
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32BE(id);
    return buffer;
  };
  const handleOf = (buffer: Buffer): [number, OpenHandle | undefined] => {
    const id = buffer.length === 4 ? buffer.readUInt32BE(0) : -1;
    return [id, handles.get(id)];
  };
  /** Runs a request; a thrown fs error becomes the matching SFTP status. */
  const answer = (reqid: number, work: () => void): void => {
    try {
      work();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const status = code === 'ENOENT' || code === 'ENOTDIR' ? STATUS_CODE.NO_SUCH_FILE : code === 'EACCES' || code === 'EPERM' ? STATUS_CODE.PERMISSION_DENIED : STATUS_CODE.FAILURE;
      sftp.status(reqid, status, (error as Error).message);
    }
  };
  const ok = (reqid: number) => sftp.status(reqid, STATUS_CODE.OK);

  sftp.on('OPEN', (reqid, filename, flags) =>
    answer(reqid, () => {
      let mode = 0;
      if (flags & OPEN_MODE.READ && flags & OPEN_MODE.WRITE) mode |= fsConstants.O_RDWR;
      else if (flags & OPEN_MODE.WRITE) mode |= fsConstants.O_WRONLY;
      else mode |= fsConstants.O_RDONLY;
      if (flags & OPEN_MODE.CREAT) mode |= fsConstants.O_CREAT;
      if (flags & OPEN_MODE.TRUNC) mode |= fsConstants.O_TRUNC;
      if (flags & OPEN_MODE.EXCL) mode |= fsConstants.O_EXCL;
      if (flags & OPEN_MODE.APPEND) mode |= fsConstants.O_APPEND;
      sftp.handle(reqid, newHandle({ kind: 'file', fd: openSync(local(filename), mode, 0o644) }));
    }),
  );
  sftp.on('READ', (reqid, handle, offset, length) =>
    answer(reqid, () => {
      const [, open] = handleOf(handle);
      if (open?.kind !== 'file') return void sftp.status(reqid, STATUS_CODE.FAILURE, 'bad handle');
      const buffer = Buffer.alloc(length);
      const read = readSync(open.fd, buffer, 0, length, offset);
      if (read === 0) sftp.status(reqid, STATUS_CODE.EOF);
      else sftp.data(reqid, buffer.subarray(0, read));
    }),
  );
  sftp.on('WRITE', (reqid, handle, offset, data) =>
    answer(reqid, () => {
      const [, open] = handleOf(handle);
      if (open?.kind !== 'file') return void sftp.status(reqid, STATUS_CODE.FAILURE, 'bad handle');
      writeSync(open.fd, data, 0, data.length, offset);
      ok(reqid);
    }),
  );
  sftp.on('FSTAT', (reqid, handle) =>
    answer(reqid, () => {
      const [, open] = handleOf(handle);
      if (open?.kind !== 'file') return void sftp.status(reqid, STATUS_CODE.FAILURE, 'bad handle');
      sftp.attrs(reqid, attributesOf(fstatSync(open.fd)));
    }),
  );
  sftp.on('CLOSE', (reqid, handle) =>
    answer(reqid, () => {
      const [id, open] = handleOf(handle);
      if (!open) return void sftp.status(reqid, STATUS_CODE.FAILURE, 'bad handle');
      handles.delete(id);
      if (open.kind === 'file') closeSync(open.fd);
      ok(reqid);
    }),
  );
  sftp.on('OPENDIR', (reqid, path) =>
    answer(reqid, () => {
      const folder = local(path);
      const entries = readdirSync(folder).map((filename): FileEntry => {
        const stats = statSync(join(folder, filename));
        return { filename, longname: longNameOf(filename, stats, owner), attrs: attributesOf(stats) };
      });
      sftp.handle(reqid, newHandle({ kind: 'dir', entries, sent: false }));
    }),
  );
  sftp.on('READDIR', (reqid, handle) =>
    answer(reqid, () => {
      const [, open] = handleOf(handle);
      if (open?.kind !== 'dir') return void sftp.status(reqid, STATUS_CODE.FAILURE, 'bad handle');
      if (open.sent || open.entries.length === 0) return void sftp.status(reqid, STATUS_CODE.EOF);
      open.sent = true;
      sftp.name(reqid, open.entries);
    }),
  );
  const stat = (reqid: number, path: string) => answer(reqid, () => sftp.attrs(reqid, attributesOf(statSync(local(path)))));
  sftp.on('STAT', stat);
  sftp.on('LSTAT', stat);
  sftp.on('SETSTAT', (reqid) => ok(reqid));
  sftp.on('FSETSTAT', (reqid) => ok(reqid));
  sftp.on('RENAME', (reqid, oldPath, newPath) =>
    answer(reqid, () => {
      const target = local(newPath);
      // SFTP v3: a rename onto an existing name fails (OpenSSH answers "failure" too).
      if (exists(target)) return void sftp.status(reqid, STATUS_CODE.FAILURE, 'target exists');
      renameSync(local(oldPath), target);
      ok(reqid);
    }),
  );
  sftp.on('MKDIR', (reqid, path) => answer(reqid, () => (mkdirSync(local(path)), ok(reqid))));
  sftp.on('REMOVE', (reqid, path) => answer(reqid, () => (unlinkSync(local(path)), ok(reqid))));
  sftp.on('RMDIR', (reqid, path) => answer(reqid, () => (rmdirSync(local(path)), ok(reqid))));
  sftp.on('REALPATH', (reqid, path) =>
    answer(reqid, () => {
      const normalized = posix.normalize(posix.join('/', path));
      sftp.name(reqid, [{ filename: normalized, longname: normalized, attrs: {} as Attributes }]);
    }),
  );
  sftp.on('EXTENDED', (reqid) => sftp.status(reqid, STATUS_CODE.OP_UNSUPPORTED));
  sftp.on('close', () => {
    for (const open of handles.values()) if (open.kind === 'file') closeSync(open.fd);
    handles.clear();
  });
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function attributesOf(stats: Stats): Attributes {
  return {
    mode: stats.mode,
    uid: stats.uid,
    gid: stats.gid,
    size: stats.size,
    atime: Math.floor(stats.atimeMs / 1000),
    mtime: Math.floor(stats.mtimeMs / 1000),
  };
}

function longNameOf(name: string, stats: Stats, owner: string): string {
  const type = stats.isDirectory() ? 'd' : '-';
  const permissions = (stats.mode & 0o777).toString(8).padStart(3, '0').split('').map((digit) => {
    const bits = Number(digit);
    return `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${bits & 1 ? 'x' : '-'}`;
  });
  return `${type}${permissions.join('')} 1 ${owner} ${owner} ${stats.size} ${stats.mtime.toISOString()} ${name}`;
}
