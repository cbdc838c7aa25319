// How the IAM console shows ages in tables: "Today", "Yesterday", "12 days ago", "Never".

const DAY_MS = 24 * 3600 * 1000;

/** Whole days from `time` to `now` (ISO 8601 or null), as the IAM console's age columns count them. */
export function daysBetween(time: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(time)) / DAY_MS));
}

export function timeAgo(time: string | null | undefined, now: Date): string {
  if (!time) return 'Never';
  const days = daysBetween(time, now);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return `${days} days ago`;
}

/** A date-time for detail pages: `January 31, 2026, 12:00 (UTC)`, the same for every reader. */
export function formatDateTime(time: string): string {
  const date = new Date(time);
  const day = date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const clock = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${day}, ${clock} (UTC)`;
}
