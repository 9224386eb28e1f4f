/**
 * Deterministic benchmark data: a 1,000,000-row × 8-column CSV (~60 MB).
 * Same seed, same bytes, every run and every machine.
 */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';

const CATEGORIES = Array.from(
	{ length: 20 },
	(_, i) => `category_${String(i + 1).padStart(2, '0')}`
);
const REGIONS = ['North', 'South', 'East', 'West', 'Central'];

function lcg(seed) {
	let state = seed >>> 0;
	return function next() {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

export async function generateCsv(path, rows = 1_000_000) {
	if (existsSync(path) && statSync(path).size > 0) return path;
	mkdirSync(dirname(path), { recursive: true });
	const out = createWriteStream(path);
	const random = lcg(20261122);
	const start = Date.UTC(2020, 0, 1);
	out.write('id,category,region,amount,quantity,ordered_on,is_returned,note\n');
	let chunk = '';
	for (let i = 1; i <= rows; i++) {
		const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
		const region = REGIONS[Math.floor(random() * REGIONS.length)];
		const amount = (random() * 1000).toFixed(2);
		const quantity = 1 + Math.floor(random() * 50);
		const at = new Date(start + Math.floor(random() * 4 * 365) * 86_400_000)
			.toISOString()
			.slice(0, 10);
		const returned = random() < 0.07 ? 'true' : 'false';
		const note = `order ${i}`;
		chunk += `${i},${category},${region},${amount},${quantity},${at},${returned},${note}\n`;
		if (i % 20_000 === 0) {
			if (!out.write(chunk)) await once(out, 'drain');
			chunk = '';
		}
	}
	out.end(chunk);
	await once(out, 'finish');
	return path;
}
