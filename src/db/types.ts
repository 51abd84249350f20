import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types as the application sees them (camelCase; the CamelCasePlugin maps them to the
 * snake_case columns the migrations create). Timestamps are ISO 8601 UTC strings with
 * milliseconds on both engines, so they sort as text; JSON columns hold serialized text.
 */
type Timestamp = string;
type JsonText = string;

export interface UsersTable {
  id: string;
  email: string | null;
  /** ASCII-lower-cased email: the unique key for "the same email". */
  emailNormalized: string | null;
  emailVerified: Generated<boolean>;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  avatarUrl: string | null;
  birthDate: string | null;
  headline: string | null;
  linkedinUrl: string | null;
  referralCode: string;
  profileType: string | null;
  onboardingCompletedAt: Timestamp | null;
  otpEnabled: Generated<boolean>;
  otpRequiredForAdmin: Generated<boolean>;
  unconfirmedEmail: string | null;
  profileSettings: Generated<JsonText>;
  customAttributes: Generated<JsonText>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  lastLoginAt: Timestamp | null;
}

export interface IdentitiesTable {
  id: string;
  userId: string;
  issuer: string;
  subject: string;
  createdAt: Timestamp;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  logoUrl: string | null;
  status: Generated<'active' | 'suspended' | 'archived'>;
  settings: Generated<JsonText>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MembershipsTable {
  id: string;
  userId: string;
  organizationId: string;
  status: Generated<'active' | 'invited' | 'suspended'>;
  isPrimary: Generated<boolean>;
  joinedAt: Timestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MembershipRolesTable {
  membershipId: string;
  roleId: string;
  grantedAt: Timestamp;
}

export interface PermissionsTable {
  id: string;
  key: string;
  description: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export type RoleScope = 'platform' | 'organization' | 'resource';

export interface RolesTable {
  id: string;
  key: string;
  name: string;
  color: string | null;
  description: string | null;
  rank: Generated<number>;
  scope: RoleScope;
  /** null = a global role, available in every organization. */
  organizationId: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface RolePermissionsTable {
  roleId: string;
  permissionId: string;
}

export interface PlatformAdminsTable {
  userId: string;
  grantedAt: Timestamp;
}

export interface GlobalPermissionGrantsTable {
  id: string;
  userId: string;
  permissionId: string;
  grantedAt: Timestamp;
}

export interface PlatformRoleGrantsTable {
  id: string;
  userId: string;
  roleId: string;
  grantedAt: Timestamp;
}

/** Exactly one of roleId (a role of scope `resource`) and permissionId is set. */
export interface ResourceGrantsTable {
  id: string;
  userId: string;
  resourceType: string;
  resourceId: string;
  roleId: string | null;
  permissionId: string | null;
  grantedAt: Timestamp;
}

export interface InvitationsTable {
  id: string;
  email: string;
  emailNormalized: string;
  organizationId: string;
  roleId: string | null;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
  usedBy: string | null;
  createdAt: Timestamp;
  createdBy: string | null;
}

export interface SessionContextsTable {
  userId: string;
  sessionId: string;
  organizationId: string;
  updatedAt: Timestamp;
}

export interface AuditEventsTable {
  id: string;
  at: Timestamp;
  /** `admin-token`, `system`, or a user id. */
  actor: string;
  action: string;
  targetType: string;
  targetId: string | null;
  data: Generated<JsonText>;
}

export interface WebhooksTable {
  id: string;
  url: string;
  /** JSON array of event types, or `["*"]`. */
  events: JsonText;
  description: string | null;
  /** `whsec_` + base64 of the signing key. */
  secret: string;
  enabled: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** The outbox: one row per event, written in the transaction of the change. */
export interface WebhookEventsTable {
  /** Grows with every event written (bigint on PostgreSQL, read back as text). */
  seq: Generated<string | number>;
  id: string;
  type: string;
  /** Events of one key (a user's id, an organization's) are delivered in `seq` order. */
  orderingKey: string;
  data: JsonText;
  occurredAt: Timestamp;
}

/** One attempt to deliver one event to one webhook; `pending` until it is made. */
export interface WebhookDeliveriesTable {
  id: string;
  webhookId: string;
  eventId: string;
  attempt: number;
  status: 'pending' | 'succeeded' | 'failed';
  responseStatus: number | null;
  /** Why an attempt failed when there was no response (a timeout, a refused address). */
  error: string | null;
  dueAt: Timestamp;
  /** Set while an instance makes the attempt; another may take it over after this time. */
  leasedUntil: Timestamp | null;
  /** When the attempt was made (its due time while pending). */
  at: Timestamp;
}

/** Inbound provider events already processed, by their message id (Svix's `svix-id`). */
export interface InboundEventsTable {
  source: string;
  messageId: string;
  processedAt: Timestamp;
}

export interface DB {
  users: UsersTable;
  identities: IdentitiesTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  membershipRoles: MembershipRolesTable;
  permissions: PermissionsTable;
  roles: RolesTable;
  rolePermissions: RolePermissionsTable;
  platformAdmins: PlatformAdminsTable;
  globalPermissionGrants: GlobalPermissionGrantsTable;
  platformRoleGrants: PlatformRoleGrantsTable;
  resourceGrants: ResourceGrantsTable;
  invitations: InvitationsTable;
  sessionContexts: SessionContextsTable;
  auditEvents: AuditEventsTable;
  webhooks: WebhooksTable;
  webhookEvents: WebhookEventsTable;
  webhookDeliveries: WebhookDeliveriesTable;
  inboundEvents: InboundEventsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type IdentityRow = Selectable<IdentitiesTable>;
export type OrganizationRow = Selectable<OrganizationsTable>;
export type NewOrganization = Insertable<OrganizationsTable>;
export type OrganizationUpdate = Updateable<OrganizationsTable>;
export type MembershipRow = Selectable<MembershipsTable>;
export type NewMembership = Insertable<MembershipsTable>;
export type PermissionRow = Selectable<PermissionsTable>;
export type RoleRow = Selectable<RolesTable>;
export type NewRole = Insertable<RolesTable>;
export type RoleUpdate = Updateable<RolesTable>;
export type ResourceGrantRow = Selectable<ResourceGrantsTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type NewInvitation = Insertable<InvitationsTable>;
export type SessionContextRow = Selectable<SessionContextsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
export type WebhookRow = Selectable<WebhooksTable>;
export type WebhookUpdate = Updateable<WebhooksTable>;
export type WebhookEventRow = Selectable<WebhookEventsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
