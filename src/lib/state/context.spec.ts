import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import {
	getAnswerCache,
	getCaches,
	getAsker,
	getDashboard,
	getCharts,
	getContextViews,
	getContexts,
	getGallery,
	getLlm,
	getNotices,
	getShare,
	getQueryRunner,
	getStorageInfo,
	getSync,
	getWorkspace,
	type AppState
} from './context';
import ContextProvider from '$test/ContextProvider.svelte';

describe('app state context', () => {
	it('gives components below the provider the state it was given', () => {
		const app = {
			workspace: {},
			queries: {},
			storage: {},
			notices: {},
			dashboard: {},
			charts: {},
			gallery: {},
			contexts: {},
			share: {},
			answerCache: {},
			llm: {},
			asker: {},
			contextViews: {},
			caches: {},
			sync: {}
		} as unknown as AppState;
		let read: AppState | undefined;
		const rendered = render(ContextProvider, {
			props: { app, onRead: (value: AppState) => (read = value) }
		});
		expect(typeof rendered.body).toBe('string'); // reading the body renders
		expect(read?.workspace).toBe(app.workspace);
		expect(read?.queries).toBe(app.queries);
		expect(read?.storage).toBe(app.storage);
		expect(read?.notices).toBe(app.notices);
		expect(read?.dashboard).toBe(app.dashboard);
		expect(read?.charts).toBe(app.charts);
		expect(read?.gallery).toBe(app.gallery);
		expect(read?.contexts).toBe(app.contexts);
		expect(read?.share).toBe(app.share);
		expect(read?.answerCache).toBe(app.answerCache);
		expect(read?.llm).toBe(app.llm);
		expect(read?.asker).toBe(app.asker);
		expect(read?.contextViews).toBe(app.contextViews);
		expect(read?.caches).toBe(app.caches);
		expect(read?.sync).toBe(app.sync);
	});

	it('throws a clear error outside the provider', () => {
		expect(() => getWorkspace()).toThrow(/getWorkspace\(\) found no Quarry app state/);
		expect(() => getQueryRunner()).toThrow(/getQueryRunner\(\)/);
		expect(() => getStorageInfo()).toThrow(/setAppState/);
		expect(() => getDashboard()).toThrow(/getDashboard\(\)/);
		expect(() => getCharts()).toThrow(/getCharts\(\)/);
		expect(() => getGallery()).toThrow(/getGallery\(\)/);
		expect(() => getContexts()).toThrow(/getContexts\(\)/);
		expect(() => getAnswerCache()).toThrow(/getAnswerCache\(\)/);
		expect(() => getNotices()).toThrow(/getNotices\(\)/);
		expect(() => getShare()).toThrow(/getShare\(\)/);
		expect(() => getLlm()).toThrow(/getLlm\(\)/);
		expect(() => getAsker()).toThrow(/getAsker\(\)/);
		expect(() => getContextViews()).toThrow(/getContextViews\(\)/);
		expect(() => getCaches()).toThrow(/getCaches\(\)/);
		expect(() => getSync()).toThrow(/getSync\(\)/);
	});
});
