/**
 * Carrier folders live under one root (ENROLL_CARRIER_FILES_DIR). An API key decides where a
 * `directory` carrier's files go, so the folder it names must stay inside that root: no `..`, no
 * absolute path elsewhere, and no symbolic link that leads out. The same check runs when a carrier
 * is registered and again each time the connector touches the folder (a link made later).
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';

export interface CarrierFolder {
  /** The folder's absolute path (lexically resolved under the root). */
  absolute: string;
  /** The same folder relative to the root, with `/` separators: what is stored and answered. */
  relative: string;
}

/** Lexical checks only: the configured path resolved under the root, or why it cannot be. */
export function resolveCarrierFolder(root: string, configured: string): CarrierFolder | { problem: string } {
  if (typeof configured !== 'string' || configured.trim() === '' || configured.includes('\u0000')) return { problem: 'is empty' };
  if (configured.split(/[/\\]+/).includes('..')) return { problem: 'must not contain ".."' };
  const base = path.resolve(root);
  const absolute = path.resolve(base, configured);
  if (!isInside(base, absolute)) return { problem: `must be a folder inside the carrier files folder (relative to it, or an absolute path under ${base})` };
  if (absolute === base) return { problem: 'must be a folder inside the carrier files folder, not the folder itself' };
  return { absolute, relative: path.relative(base, absolute).split(path.sep).join('/') };
}

/** True when `candidate` is `base` or below it (both absolute and normalized). */
export function isInside(base: string, candidate: string): boolean {
  const relative = path.relative(base, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** True when one folder is the other or holds it. */
export function foldersOverlap(a: string, b: string): boolean {
  return isInside(a, b) || isInside(b, a);
}

/**
 * The real path of `target`: links resolved in the part that exists, the missing rest appended as
 * written. A folder that does not exist yet is still checked through the links above it.
 */
export async function realPathOfExistingPart(target: string): Promise<string> {
  const missing: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    try {
      return path.join(await realpath(current), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      const parent = path.dirname(current);
      if (parent === current) return path.join(current, ...missing.reverse());
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** The folder's real path when it stays inside the root's real path; otherwise why not. */
export async function realCarrierFolder(root: string, absolute: string): Promise<{ real: string } | { problem: string }> {
  const [realRoot, real] = await Promise.all([realPathOfExistingPart(root), realPathOfExistingPart(absolute)]);
  if (!isInside(realRoot, real) || real === realRoot) return { problem: 'leads out of the carrier files folder through a symbolic link' };
  return { real };
}

/** Both checks: where the configured folder really is, or why it may not be used. */
export async function checkCarrierFolder(root: string, configured: string): Promise<(CarrierFolder & { real: string }) | { problem: string }> {
  const folder = resolveCarrierFolder(root, configured);
  if ('problem' in folder) return folder;
  const real = await realCarrierFolder(root, folder.absolute);
  if ('problem' in real) return real;
  return { ...folder, real: real.real };
}
