import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read aloud and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random 10-character referral code (about 49 bits), e.g. `K7QX2MZP4A`. */
export function generateReferralCode(): string {
  let code = '';
  for (let index = 0; index < 10; index += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
