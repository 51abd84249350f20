import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;
// Random bytes fetched 4 KiB at a time rather than with one call into the OS per id.
const randomPool = Buffer.alloc(4096);
let poolOffset = randomPool.length;

function sixteenRandomBytes(): Buffer {
  if (poolOffset === randomPool.length) {
    randomFillSync(randomPool);
    poolOffset = 0;
  }
  const bytes = Buffer.from(randomPool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return bytes;
}

/**
 * A new UUID (version 7): time-ordered, and strictly increasing within this process (a 12-bit
 * counter orders ids made in the same millisecond). Rows created in order therefore sort in
 * order by id, so lists ordered by (time, id) keep creation order even within a millisecond,
 * and PostgreSQL's indexes stay append-mostly.
 */
export function newId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  const bytes = sixteenRandomBytes();
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
