/** Every event type a webhook may subscribe to; `*` in a subscription means all of them. */
export const EVENT_TYPES = [
  'user.created',
  'user.updated',
  'user.deleted',
  'membership.created',
  'membership.updated',
  'membership.deleted',
  'organization.created',
  'organization.updated',
  'organization.deleted',
  'invitation.created',
  'invitation.accepted',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** Whether a webhook subscribed to `events` (types or `["*"]`) receives `type`. */
export function subscribes(events: readonly string[], type: EventType): boolean {
  return events.includes('*') || events.includes(type);
}

/**
 * The key whose events are delivered in the order they were written: the user an event is
 * about (a user's own id, a membership's `userId`, an accepted invitation's `usedBy`), else
 * the object's own id.
 */
export function orderingKeyOf(type: EventType, data: Readonly<Record<string, unknown>>): string {
  const pick = (name: string) => (typeof data[name] === 'string' ? (data[name] as string) : null);
  if (type.startsWith('membership.')) return pick('userId') ?? pick('id') ?? type;
  if (type === 'invitation.accepted') return pick('usedBy') ?? pick('id') ?? type;
  return pick('id') ?? type;
}
