/**
 * The "me" snapshot: everything Roster knows about one user, for one session, as a plain
 * immutable value. Loaded in a fixed number of queries, cached, and the only input of every
 * `/me` view — no view queries the database.
 */
export interface MeSnapshot {
  readonly user: SnapshotUser;
  readonly identities: readonly SnapshotIdentity[];
  readonly isPlatformAdmin: boolean;
  /** Every membership the user holds in a non-archived organization, any status; views filter. */
  readonly memberships: readonly SnapshotMembership[];
  /** Direct grants ∪ platform-role permissions, one per key (earliest grantedAt), sorted by key. */
  readonly globalPermissions: readonly SnapshotGlobalPermission[];
  /** Roles of scope `platform` granted to the user, with their permissions. */
  readonly platformRoles: readonly SnapshotRole[];
  readonly resourceRoleGrants: readonly SnapshotResourceRoleGrant[];
  readonly resourcePermissionGrants: readonly SnapshotResourcePermissionGrant[];
  /** The session this snapshot was resolved for (`sid`, else the user id). */
  readonly sessionId: string;
  /** The current organization (see the README): an active membership of an active organization, or null. */
  readonly currentOrganizationId: string | null;
}

export interface SnapshotUser {
  readonly id: string;
  readonly email: string | null;
  readonly emailVerified: boolean;
  readonly firstName: string | null;
  readonly lastName: string | null;
  /** First and last name joined by a space, or null when both are empty. */
  readonly fullName: string | null;
  readonly phone: string | null;
  readonly avatarUrl: string | null;
  readonly birthDate: string | null;
  readonly headline: string | null;
  readonly linkedinUrl: string | null;
  readonly referralCode: string;
  readonly profileType: string | null;
  readonly onboardingCompletedAt: string | null;
  readonly otpEnabled: boolean;
  readonly otpRequiredForAdmin: boolean;
  readonly unconfirmedEmail: string | null;
  readonly profileSettings: Readonly<ProfileSettings>;
  /** Values of the profile schema's custom attributes that have been set. */
  readonly customAttributes: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastLoginAt: string | null;
}

export interface ProfileSettings {
  portfolioVisible: boolean;
  isPublicProfile: boolean;
}

export interface SnapshotIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly createdAt: string;
}

export interface SnapshotOrganization {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly description: string | null;
  readonly logoUrl: string | null;
  readonly status: 'active' | 'suspended' | 'archived';
  readonly settings: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface SnapshotPermission {
  readonly id: string;
  readonly key: string;
  readonly description: string | null;
}

export interface SnapshotRole {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly color: string | null;
  readonly description: string | null;
  readonly rank: number;
  readonly scope: 'platform' | 'organization' | 'resource';
  readonly organizationId: string | null;
  /** When the role was granted to this user in this place (membership, platform role or grant). */
  readonly grantedAt: string;
  /** Sorted by key. */
  readonly permissions: readonly SnapshotPermission[];
}

export interface SnapshotMembership {
  readonly id: string;
  readonly status: 'active' | 'invited' | 'suspended';
  readonly isPrimary: boolean;
  readonly joinedAt: string;
  readonly organization: SnapshotOrganization;
  /** Highest rank first; ties: earliest granted first. */
  readonly roles: readonly SnapshotRole[];
  /** The highest-ranked role (ties: earliest granted), or null. */
  readonly topRole: SnapshotRole | null;
  /**
   * Keys of the union of the roles' permissions, deduplicated and sorted; empty unless the
   * membership is active and the organization is active.
   */
  readonly permissions: readonly string[];
}

export interface SnapshotGlobalPermission {
  readonly id: string;
  readonly key: string;
  readonly description: string | null;
  readonly grantedAt: string;
}

export interface SnapshotResourceRoleGrant {
  readonly id: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly grantedAt: string;
  readonly role: SnapshotRole;
}

export interface SnapshotResourcePermissionGrant {
  readonly id: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly grantedAt: string;
  readonly permission: SnapshotPermission;
}

/** A membership that `/me` views list: active, in an organization that is not archived. */
export function isListedMembership(membership: SnapshotMembership): boolean {
  return membership.status === 'active' && membership.organization.status !== 'archived';
}

/** The current organization's membership, or null. */
export function currentMembership(snapshot: MeSnapshot): SnapshotMembership | null {
  if (!snapshot.currentOrganizationId) return null;
  return (
    snapshot.memberships.find((membership) => membership.organization.id === snapshot.currentOrganizationId) ?? null
  );
}
