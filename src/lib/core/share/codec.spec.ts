import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url';
import { decodeShareLink, encodeShareLink } from './codec';
import { SHARE_LIMITS, type SharePayload } from './types';

const FINGERPRINT = 'a'.repeat(64);

function payload(overrides: Partial<SharePayload> = {}): SharePayload {
	return {
		title: 'Cars by origin',
		sql: 'SELECT origin, count(*) AS n FROM cars GROUP BY origin',
		chart: {
			$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
			mark: 'bar',
			encoding: {
				x: { field: 'origin', type: 'nominal' },
				y: { field: 'n', type: 'quantitative' }
			}
		},
		datasets: [
			{
				name: 'Cars',
				tableName: 'cars',
				fingerprint: FINGERPRINT,
				columns: [
					{ name: 'origin', type: 'VARCHAR' },
					{ name: 'hp', type: 'BIGINT' }
				],
				sample: {
					rows: [
						['USA', '130'],
						['Japan', null]
					],
					truncated: true
				}
			}
		],
		...overrides
	};
}

async function deflate(text: string): Promise<Uint8Array> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function linkOf(json: string): Promise<string> {
	return `v1.${toBase64Url(await deflate(json))}`;
}

describe('share link codec', () => {
	it('round-trips a payload, with or without the leading #', async () => {
		const link = await encodeShareLink(payload());
		expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
		expect(await decodeShareLink(link)).toEqual({ ok: true, payload: payload() });
		expect(await decodeShareLink(`#${link}`)).toEqual({ ok: true, payload: payload() });
	});

	it('round-trips any text, including quotes, markup and characters outside ASCII', async () => {
		const title = `<img src=x onerror="alert(1)"> ' " \\ 数据 😀`;
		const result = await decodeShareLink(await encodeShareLink(payload({ title })));
		expect(result.ok && result.payload.title).toBe(title);
	});

	it('compresses: a repetitive payload makes a much shorter link than its JSON', async () => {
		const rows = Array.from({ length: 200 }, (_, i) => ['USA', String(100 + (i % 7))]);
		const big = payload();
		big.datasets[0].sample = { rows, truncated: false };
		const link = await encodeShareLink(big);
		expect(link.length).toBeLessThan(JSON.stringify(big).length / 4);
	});

	it('names an empty link', async () => {
		expect(await decodeShareLink('')).toMatchObject({ ok: false, code: 'empty' });
		expect(await decodeShareLink('#')).toMatchObject({ ok: false, code: 'empty' });
	});

	it('refuses other versions and text that is not a link', async () => {
		const v2 = await decodeShareLink('v2.AAAA');
		expect(v2).toMatchObject({ ok: false, code: 'unknown-version' });
		expect(!v2.ok && v2.message).toContain('newer Quarry');
		expect(await decodeShareLink('hello')).toMatchObject({ ok: false, code: 'unknown-version' });
		expect(await decodeShareLink('/s/v1.AAAA')).toMatchObject({
			ok: false,
			code: 'unknown-version'
		});
	});

	it('refuses broken base64 and says which character', async () => {
		const link = await encodeShareLink(payload());
		const broken = `${link.slice(0, 10)}*${link.slice(11)}`;
		const result = await decodeShareLink(broken);
		expect(result).toMatchObject({ ok: false, code: 'broken-base64' });
		expect(!result.ok && result.message).toContain('character 11');
		expect(await decodeShareLink(`${link.slice(0, 20)}=`)).toMatchObject({
			ok: false,
			code: 'broken-base64'
		});
	});

	it('calls a cut link truncated', async () => {
		const link = await encodeShareLink(payload());
		for (const cut of [10, 25, link.length - 8, link.length - 3]) {
			const result = await decodeShareLink(link.slice(0, cut));
			expect(result.ok, `cut at ${cut}`).toBe(false);
			expect(!result.ok && result.code, `cut at ${cut}`).toBe('truncated');
		}
		expect(await decodeShareLink('v1.')).toMatchObject({ ok: false, code: 'truncated' });
	});

	it('calls data that is not deflate broken compression', async () => {
		const notDeflate = `v1.${toBase64Url(new TextEncoder().encode('hello world, not deflate'))}`;
		expect(await decodeShareLink(notDeflate)).toMatchObject({
			ok: false,
			code: 'broken-compression'
		});
	});

	it('refuses links longer than the limit without reading them', async () => {
		const long = `v1.${'A'.repeat(SHARE_LIMITS.maxLinkChars)}`;
		const result = await decodeShareLink(long);
		expect(result).toMatchObject({ ok: false, code: 'oversized' });
		expect(!result.ok && result.message).toContain('characters long');
	});

	it('stops a zip bomb while unpacking: a short link that expands past the cap', async () => {
		const bomb = await linkOf(`{"title":"${'x'.repeat(5_000_000)}"}`);
		expect(bomb.length).toBeLessThan(SHARE_LIMITS.maxLinkChars);
		const result = await decodeShareLink(bomb);
		expect(result).toMatchObject({ ok: false, code: 'oversized' });
		expect(!result.ok && result.message).toContain('unpacks to more than');
	});

	it('refuses content that is not JSON, or not a v1 payload, with the reason', async () => {
		expect(await decodeShareLink(await linkOf('not json'))).toMatchObject({
			ok: false,
			code: 'invalid-payload'
		});
		const extra = await decodeShareLink(await linkOf(JSON.stringify({ ...payload(), run: true })));
		expect(extra).toMatchObject({ ok: false, code: 'invalid-payload' });
		expect(!extra.ok && extra.message).toContain('unknown field "run"');
	});

	it('refuses chart specs outside the safe subset: data URLs, hrefs, image marks', async () => {
		const specs = [
			{ mark: 'bar', data: { url: 'http://127.0.0.1:9/x.csv' } },
			{ mark: 'bar', encoding: { href: { field: 'url', type: 'nominal' } } },
			{ mark: { type: 'image', url: 'http://127.0.0.1:9/i.png' } },
			{ mark: 'bar', transform: [{ calculate: 'datum.x', as: 'y' }] }
		];
		for (const chart of specs) {
			const result = await decodeShareLink(await linkOf(JSON.stringify({ ...payload(), chart })));
			expect(result, JSON.stringify(chart)).toMatchObject({ ok: false, code: 'invalid-payload' });
			expect(!result.ok && result.message).toContain('chart spec');
		}
	});
});
