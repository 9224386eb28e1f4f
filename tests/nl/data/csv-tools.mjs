// Shared helpers of the seeded generators of the evaluation's CSV tables (set-k, set-l).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same numbers. */
export function mulberry32(seed) {
	let a = seed >>> 0;
	return function () {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The random helpers a generator draws its rows with, all from one seeded stream. */
export function randomTools(seed) {
	const rand = mulberry32(seed);
	const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
	const pick = (arr) => arr[Math.floor(rand() * arr.length)];
	/** One of the values, each as likely as its weight: [[value, weight], …]. */
	function weighted(pairs) {
		const total = pairs.reduce((s, [, w]) => s + w, 0);
		let r = rand() * total;
		for (const [v, w] of pairs) {
			r -= w;
			if (r < 0) return v;
		}
		return pairs[pairs.length - 1][0];
	}
	/** A normally distributed number (Box–Muller). */
	function normal(mean, sd) {
		const u = 1 - rand();
		const v = rand();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}
	/** A Poisson-distributed count (Knuth). */
	function poisson(mean) {
		const limit = Math.exp(-mean);
		let k = 0;
		let p = rand();
		while (p > limit) {
			k++;
			p *= rand();
		}
		return k;
	}
	return { rand, int, pick, weighted, normal, poisson };
}

export const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
export const round1 = (x) => Math.round(x * 10) / 10;
export const pad = (n, w = 2) => String(n).padStart(w, '0');
export const isoDate = (d) =>
	`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const round2 = (x) => Math.round(x * 100) / 100;
/** A day at midnight UTC, months counted from 1. */
export const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
export const addDays = (d, n) => new Date(d.getTime() + n * 86400000);
/** 'YYYY-MM-DD HH:MM:SS', as DuckDB reads a TIMESTAMP. */
export const isoStamp = (d) =>
	`${isoDate(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

/** Each day from `from` to `to` (Date values), inclusive. */
export function* eachDay(from, to) {
	for (let t = from; t <= to; t = addDays(t, 1)) yield t;
}
/** Bank holidays of England and Wales, 2023 and 2024 (ISO dates). */
export const BANK_HOLIDAYS = new Set([
	'2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
	'2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'
]);
/** Christmas Eve to New Year's Day (a Date). */
export const isChristmas = (t) => {
	const md = isoDate(t).slice(5);
	return md >= '12-24' || md === '01-01';
};

function cell(v) {
	if (v === null || v === undefined) return '';
	const s = String(v);
	return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes rows under a header as CSV into `dir` and says how much it wrote. */
export function writeCsv(dir, file, header, rows) {
	const text = [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
	writeFileSync(join(dir, file), text);
	console.log(`${file}: ${rows.length} rows, ${text.length} bytes`);
}

/** First names and surnames of the people in sets AF and AG (a few with an apostrophe). */
export const FIRST_NAMES = ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Leo', 'Freya', 'Oscar', 'Lily', 'George', 'Grace', 'Charlie', 'Evie', 'Sophie', 'Theo', 'Arthur', 'Ella', 'Ruby', 'Henry', 'Daisy', 'James', 'Sarah', 'David', 'Helen', 'Michael', 'Claire', 'Richard', 'Karen', 'Peter', 'Susan', 'Mark', 'Julie', 'Andrew', 'Rachel', 'Paul', 'Emma', 'Simon', 'Laura', 'Gareth', 'Nicola', 'Tariq', 'Priya', 'Marek', 'Kwame', 'Fatima', 'Rhys', 'Siobhan', 'Callum', 'Bethan', 'Margaret', 'Brian', 'Janet', 'Keith', 'Pauline', 'Derek', 'Sandra', 'Graham', 'Linda', 'Colin', 'Hilary', 'Rosemary'];
export const SURNAMES = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'Hughes', 'Phillips', 'Mason', 'Mitchell', 'Rose', 'Cooper', 'Ward', 'Cox', 'Bennett', "O'Brien", "O'Connor", "D'Arcy", 'Murphy', 'Nowak', 'Mensah', 'Ali', 'Hussain', 'Fletcher', 'Gibson', 'Holmes', 'Lamb', 'Marshall', 'Palmer', 'Quinn', 'Sutton', 'Tucker', 'Webb', 'Chapman', 'Barker', 'Lloyd', 'Pearce', 'Vaughan', 'Pritchard'];

/** A namer that never gives the same "First Last" twice, drawing with `pick`. */
export const uniqueNamer = (pick, first = FIRST_NAMES, last = SURNAMES) => {
	const used = new Set();
	return () => {
		let nm;
		do nm = `${pick(first)} ${pick(last)}`;
		while (used.has(nm));
		used.add(nm);
		return nm;
	};
};
