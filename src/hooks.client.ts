import type { ClientInit } from '@sveltejs/kit';
import { mount } from 'svelte';
import UpdateBanner from '$lib/pwa/UpdateBanner.svelte';

/**
 * Runs once when the app starts in the browser. Offline support lives outside the page tree:
 * the banner registers the service worker and shows "Update available" / "ready to work offline"
 * over whatever page is open.
 */
export const init: ClientInit = () => {
	const target = document.createElement('div');
	target.id = 'quarry-pwa';
	document.body.append(target);
	mount(UpdateBanner, { target });
};
