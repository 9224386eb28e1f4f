/** Insight about the browser's storage quota. */
import { QUOTA_WARNING_SHARE } from './thresholds';
import type { Insight } from './types';

/** Fires when at least 80 % of the quota is used; nothing when the browser cannot say. */
export function storageNearQuota(usage: number | null, quota: number | null): Insight[] {
	if (usage === null || quota === null || quota <= 0) return [];
	const share = usage / quota;
	if (share < QUOTA_WARNING_SHARE) return [];
	const percent = Math.floor(share * 100);
	return [
		{
			id: 'storage-quota',
			kind: 'storage-quota',
			title: `Storage is ${percent}% full`,
			detail: 'New imports may fail. Delete datasets you no longer need.',
			value: percent,
			action: { label: 'See storage', href: '/settings' }
		}
	];
}
