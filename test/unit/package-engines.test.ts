import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { test } from 'node:test';

const require = createRequire(import.meta.url);
const semver = require('semver') as { satisfies(version: string, range: string): boolean };
const ROOT = resolve(import.meta.dirname, '../..');

interface LockPackage {
  engines?: { node?: string } | string[];
  optional?: boolean;
}

test('every locked package supports the Node versions package.json promises (no EBADENGINE from npm ci)', () => {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  const lockText = readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8');
  const lock = JSON.parse(lockText) as { packages: Record<string, LockPackage> };
  // The oldest release of each major line the project supports.
  const supported = ['20.12.0', '22.0.0'].filter((version) => semver.satisfies(version, manifest.engines.node));
  assert.deepEqual(supported, ['20.12.0', '22.0.0']);
  const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
    const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
    if (path === '' || !range) return [];
    const refused = supported.filter((version) => !semver.satisfies(version, range));
    return refused.map((version) => `${path} wants node ${range}, not ${version}`);
  });
  assert.deepEqual(refusing, []);
});
