import { describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte';

describe('Notices', () => {
	it('keeps the five newest notices, oldest first', () => {
		let n = 0;
		const notices = new Notices(() => `n${++n}`);
		for (let i = 1; i <= 7; i++) notices.notify('info', `message ${i}`);
		expect(notices.items.map((item) => item.message)).toEqual([
			'message 3',
			'message 4',
			'message 5',
			'message 6',
			'message 7'
		]);
	});

	it('dismisses one notice by id and leaves the others', () => {
		const notices = new Notices();
		const first = notices.notify('error', 'Could not read the file');
		notices.notify('success', 'Imported');
		notices.dismiss(first);
		expect(notices.items.map((item) => [item.kind, item.message])).toEqual([
			['success', 'Imported']
		]);
	});
});
