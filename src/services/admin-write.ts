/** The admin services' historical import path; the write path lives in `write.ts`. */
export { ALL_CHANGED, usersChange, withWrite, type AdminContext, type WriteOutcome, type WriteScope } from './write.ts';
