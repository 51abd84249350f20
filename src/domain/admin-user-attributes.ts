import type { FieldProblem } from './roster-error.ts';
import { RosterError } from './roster-error.ts';

/** User attributes an admin may write (contract §5 admin users); types are already checked by the body schema. */
export interface AdminUserAttributes {
  email?: string | null;
  emailVerified?: boolean;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  avatarUrl?: string | null;
  birthDate?: string | null;
  headline?: string | null;
  linkedinUrl?: string | null;
  profileType?: string | null;
  onboardingCompletedAt?: string | null;
  otpEnabled?: boolean;
  otpRequiredForAdmin?: boolean;
  unconfirmedEmail?: string | null;
  profileSettings?: { portfolioVisible?: boolean; isPublicProfile?: boolean };
}

// C0, DEL and C1 control characters.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Checks the rules a schema cannot say and returns the attributes as stored: names trimmed
 * to 1–100 characters without control characters; a birth date not in the future nor before
 * 1900. Every problem is reported at once as a 400 `ValidationFailed`.
 */
export function checkAdminUserAttributes(input: AdminUserAttributes, today: Date): AdminUserAttributes {
  const problems: FieldProblem[] = [];
  const output: AdminUserAttributes = { ...input };
  for (const field of ['firstName', 'lastName'] as const) {
    const value = input[field];
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (CONTROL.test(value)) problems.push({ field, message: 'must not contain control characters' });
    else if (trimmed.length < 1 || trimmed.length > 100) problems.push({ field, message: 'must be 1 to 100 characters after trimming' });
    else output[field] = trimmed;
  }
  if (typeof input.birthDate === 'string') {
    const todayText = today.toISOString().slice(0, 10);
    if (input.birthDate < '1900-01-01') problems.push({ field: 'birthDate', message: 'must not be before 1900-01-01' });
    else if (input.birthDate > todayText) problems.push({ field: 'birthDate', message: 'must not be in the future' });
  }
  if (problems.length > 0) throw new RosterError('ValidationFailed', 'The request is not valid', { details: problems });
  return output;
}
