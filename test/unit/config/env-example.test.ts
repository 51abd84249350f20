import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../../..');

test('.env.example names every variable the configuration reads, each with a comment', () => {
  const source = readFileSync(resolve(ROOT, 'src/config/config.ts'), 'utf8');
  const example = readFileSync(resolve(ROOT, '.env.example'), 'utf8');
  const names = source.matchAll(/read\('([A-Z][A-Z0-9_]+)'\)|env\.([A-Z][A-Z0-9_]+)/g);
  const read = new Set([...names].map((match) => (match[1] ?? match[2])!));
  assert.ok(read.size >= 20, `found ${read.size} variables`);
  const documented = new Map(
    [...example.matchAll(/^# ([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((match) => [match[1]!, match[2]!]),
  );
  const missing = [...read].filter((name) => !documented.has(name));
  assert.deepEqual(missing, [], 'add them to .env.example');
  for (const name of read) assert.match(documented.get(name)!, /#\s*\S/, `${name} has a comment`);
});
