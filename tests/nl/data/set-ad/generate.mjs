// Deterministic generator for the set AD evaluation tables (a county chess league's game
// results, a mobile phone repair shop's jobs, a beekeepers' association's hive inspection log).
// No dependencies. Run from the repo root: node tests/nl/data/set-ad/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal } = randomTools(20261017);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);

// UK bank holidays 2023-2024 (with the coronation)
const bankHolidays = new Set(['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
const firstNames = ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Leo', 'Freya', 'Oscar', 'Lily', 'George', 'Grace', 'Charlie', 'Evie', 'Alfie', 'Sophie', 'Theo', 'Poppy', 'Arthur', 'Ella', 'Freddie', 'Ruby', 'Archie', 'Millie', 'Henry', 'Daisy', 'Finley', 'Erin', 'James', 'Sarah', 'David', 'Helen', 'Michael', 'Claire', 'Richard', 'Karen', 'Peter', 'Susan', 'Mark', 'Julie', 'Andrew', 'Rachel', 'Paul', 'Emma', 'Simon', 'Laura', 'Gareth', 'Nicola', 'Tariq', 'Priya', 'Marek', 'Agnieszka', 'Kwame', 'Fatima', 'Rhys', 'Siobhan', 'Callum', 'Bethan', 'Ravi', 'Ngozi', 'Tomasz', 'Mei', 'Dmitri', 'Aisha'];
const surnames = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'James', 'Phillips', 'Mason', 'Mitchell', 'Rose', 'Cox', 'Alexander', "O'Brien", "O'Neill", "D'Souza", 'Murphy', 'Kowalczyk', 'Nowak', 'Mensah', 'Ali', 'Hussain', 'Begum', 'Fletcher', 'Gibson', 'Holmes', 'Lamb', 'Marshall', 'Palmer', 'Quinn', 'Sutton', 'Tucker', 'Webb', 'Chen', 'Okoro', 'Ivanov', 'Sharma'];
const usedNames = new Set();
/** A person's name not used before anywhere in this set. */
const newName = () => {
	let nm;
	do nm = `${pick(firstNames)} ${pick(surnames)}`;
	while (usedNames.has(nm));
	usedNames.add(nm);
	return nm;
};

// ------------------------------------------------------------------ chess league (2022-23 to 2024-25)
{
	// The Wealdshire County Chess League: every game of its two divisions' team matches over
	// three seasons, 2022-23 to 2024-25, as exported by the league secretary at the end of the
	// 2024-25 season. Sixteen clubs, eight to a division; each division plays a double round robin
	// (14 rounds) from mid-September to late April, a round every fortnight with a break over
	// Christmas; a match is played on the home club's club night (Monday to Thursday).
	// Division 1 matches are over six boards, Division 2 over four; the home team has White on
	// the odd boards. The bottom club of Division 1 and the top club of Division 2 swap places
	// at the end of each season. Players are published ECF ratings at the start of the season;
	// new juniors have none until their first full season. A team a player short defaults its
	// bottom board: the game is scored as a win for the player who turned up, with no opponent,
	// opening or moves.
	// club → [strength, club night (1 Monday … 4 Thursday), division in 2022-23]
	const clubs = {
		Ashdown: [1900, 2, 1],
		Bexford: [1850, 3, 1],
		Cranmere: [1800, 1, 1],
		"Bishop's Knight": [1780, 4, 1],
		Elmbridge: [1760, 2, 1],
		Fairhaven: [1720, 3, 1],
		Greyfriars: [1700, 1, 1],
		Hartfield: [1640, 4, 1],
		Kingsmead: [1680, 2, 2],
		Longmarsh: [1560, 3, 2],
		Millbrook: [1520, 1, 2],
		Northgate: [1500, 4, 2],
		Oakhurst: [1460, 2, 2],
		Penfold: [1420, 3, 2],
		"St Jude's": [1400, 1, 2],
		Tenbury: [1380, 4, 2]
	};
	// [opening, weight by season (2022-23, 2023-24, 2024-25), typical length shift]
	const openings = [
		['Sicilian Defence', [16, 16, 15], 2],
		['French Defence', [8, 8, 7], 0],
		['Caro-Kann Defence', [7, 8, 9], 3],
		["Queen's Gambit Declined", [10, 9, 9], 3],
		["Queen's Gambit Accepted", [3, 3, 3], 0],
		["King's Indian Defence", [7, 6, 6], 1],
		['Nimzo-Indian Defence', [4, 4, 4], 2],
		['Ruy Lopez', [7, 7, 6], 3],
		['Italian Game', [8, 9, 9], 0],
		['Scotch Game', [3, 3, 3], -2],
		['London System', [9, 12, 15], 1],
		['English Opening', [6, 6, 6], 2],
		['Scandinavian Defence', [4, 4, 5], -2],
		['Pirc Defence', [3, 3, 2], -1],
		['Dutch Defence', [2, 2, 2], 0],
		["King's Gambit", [1, 1, 1], -6],
		["Bishop's Opening", [2, 2, 2], -3],
		['Slav Defence', [5, 5, 5], 3]
	];
	const squads = {};
	for (const [club, [strength]] of Object.entries(clubs)) {
		const n = int(10, 13);
		squads[club] = Array.from({ length: n }, (_, i) => ({
			name: newName(),
			rating: Math.round(clamp(normal(strength + 220 - i * 45, 70), 1000, 2380)),
			junior: false,
			from: 0,
			until: rand() < 0.12 ? int(1, 2) : 3,
			keen: 0.7 + rand() * 0.25
		}));
		// juniors who join: unrated in their first season
		for (let s = 0; s < 3; s++) {
			if (rand() < 0.55) squads[club].push({ name: newName(), rating: Math.round(clamp(normal(1150, 120), 900, 1500)), junior: true, from: s, until: 3, keen: 0.75 });
		}
	}
	const divisionOf = Object.fromEntries(Object.entries(clubs).map(([c, v]) => [c, v[2]]));
	const rows = [];
	for (let s = 0; s < 3; s++) {
		const year = 2022 + s;
		const season = `${year}-${String(year + 1).slice(2)}`;
		// each player's published rating this season (juniors unrated in their first season)
		const rated = {};
		for (const squad of Object.values(squads))
			for (const p of squad) {
				if (s > 0) p.rating = Math.round(clamp(p.rating + (p.junior ? normal(110, 50) : normal(0, 35)), 900, 2400));
				rated[p.name] = p.junior && p.from === s ? null : p.rating;
			}
		// the round weeks: every fortnight from the Monday on or after 12 September, none over Christmas
		let monday = day(year, 9, 12);
		while (monday.getUTCDay() !== 1) monday = addDays(monday, 1);
		const weeks = [];
		while (weeks.length < 14) {
			const xmas = monday >= day(year, 12, 14) && monday <= day(year + 1, 1, 1);
			if (!xmas) weeks.push(monday);
			monday = addDays(monday, xmas ? 7 : 14);
		}
		const table = {};
		for (const division of [1, 2]) {
			const teams = Object.keys(clubs).filter((c) => divisionOf[c] === division);
			// circle method, second half with home and away reversed
			const order = [...teams];
			const rounds = [];
			for (let r = 0; r < 7; r++) {
				const pairs = [];
				for (let i = 0; i < 4; i++) {
					const a = order[i];
					const b = order[7 - i];
					pairs.push(r % 2 === 0 ? [a, b] : [b, a]);
				}
				rounds.push(pairs);
				order.splice(1, 0, order.pop());
			}
			for (let r = 0; r < 7; r++) rounds.push(rounds[r].map(([h, a]) => [a, h]));
			const boards = division === 1 ? 6 : 4;
			for (const c of teams) table[c] = { pts: 0, gp: 0 };
			rounds.forEach((pairs, r) => {
				for (const [home, away] of pairs) {
					const date = addDays(weeks[r], clubs[home][1] - 1);
					const lineup = (club) => {
						const avail = squads[club].filter((p) => p.from <= s && p.until > s && rand() < p.keen);
						avail.sort((a, b) => (rated[b.name] ?? 0) - (rated[a.name] ?? 0));
						const team = avail.filter((p) => !p.junior || p.from < s).slice(0, boards);
						// a junior in their first season is given the bottom board now and then
						const fresh = avail.filter((p) => p.junior && p.from === s);
						if (fresh.length && team.length === boards && rand() < 0.4) team[boards - 1] = pick(fresh);
						if (team.length === boards && rand() < 0.035) team.pop();
						return team;
					};
					const H = lineup(home);
					const A = lineup(away);
					let hp = 0;
					for (let b = 1; b <= boards; b++) {
						const hPlayer = H[b - 1] ?? null;
						const aPlayer = A[b - 1] ?? null;
						if (!hPlayer && !aPlayer) continue;
						const homeWhite = b % 2 === 1;
						const w = homeWhite ? hPlayer : aPlayer;
						const bl = homeWhite ? aPlayer : hPlayer;
						const row = { season, date, division: `Division ${division}`, round: r + 1, white: w?.name ?? null, whiteRating: w ? rated[w.name] : null, whiteClub: homeWhite ? home : away, black: bl?.name ?? null, blackRating: bl ? rated[bl.name] : null, blackClub: homeWhite ? away : home, opening: null, result: null, moves: null, isDefault: false };
						if (!w || !bl) {
							row.isDefault = true;
							row.result = w ? '1-0' : '0-1';
						} else {
							const e = 1 / (1 + 10 ** ((bl.rating - w.rating - 35) / 400));
							const level = (w.rating + bl.rating) / 2;
							const pDraw = clamp((0.12 + (level - 1300) / 3000) * (1 - Math.abs(e - 0.5) * 1.3), 0.04, 0.4);
							const x = rand();
							row.result = x < e - pDraw / 2 ? '1-0' : x < e + pDraw / 2 ? '1/2-1/2' : '0-1';
							const op = weighted(openings.map((o) => [o, o[1][s]]));
							row.opening = op[0];
							const short = row.result === '1/2-1/2' && rand() < 0.25;
							row.moves = short ? int(14, 24) : Math.round(clamp(normal(row.result === '1/2-1/2' ? 48 : 40, 13) + op[2], 12, 118));
						}
						rows.push(row);
						const hScore = row.result === '1/2-1/2' ? 0.5 : (row.result === '1-0') === homeWhite ? 1 : 0;
						hp += hScore;
					}
					const mp = hp * 2 > boards ? [2, 0] : hp * 2 === boards ? [1, 1] : [0, 2];
					table[home].pts += mp[0];
					table[away].pts += mp[1];
					table[home].gp += hp;
					table[away].gp += boards - hp;
				}
			});
			if (division === 1) {
				const ranked = [...teams].sort((a, b) => table[a].pts - table[b].pts || table[a].gp - table[b].gp);
				table.bottom = ranked[0];
			} else {
				const ranked = [...teams].sort((a, b) => table[b].pts - table[a].pts || table[b].gp - table[a].gp);
				table.top = ranked[0];
			}
		}
		console.log(`chess ${season}: relegated ${table.bottom}, promoted ${table.top}`);
		divisionOf[table.bottom] = 2;
		divisionOf[table.top] = 1;
	}
	rows.sort((a, b) => a.date - b.date || a.division.localeCompare(b.division));
	writeCsv(
		OUT,
		'chess_games.csv',
		['Game No', 'Season', 'match_date', 'Division', 'Round', 'White', 'whiteRating', 'White Club', 'Black', 'blackRating', 'Black Club', 'Opening', 'Result', 'Moves', 'Default'],
		rows.map((r, i) => [i + 1, r.season, isoDate(r.date), r.division, r.round, r.white, r.whiteRating, r.whiteClub, r.black, r.blackRating, r.blackClub, r.opening, r.result, r.moves, r.isDefault ? 'Yes' : 'No'])
	);
}

// ------------------------------------------------------------------ phone repairs (2023-2024)
{
	// Cracked It: a one-shop mobile phone repair business on a high street, every job booked in
	// 2 January 2023 to 31 December 2024, as exported after closing on 31 December 2024. Open
	// Monday to Saturday 09:30-17:30, closed on Sundays and bank holidays. Busiest in January
	// (Christmas phones dropped) and in the summer holidays (water damage), busier in 2024. A
	// job is booked in, diagnosed and quoted; the customer may decline the quote, and some
	// phones cannot be repaired (no fix, no fee: no price). Parts are fitted from stock or
	// ordered in; the part cost is what the shop paid its supplier (five-digit part numbers with
	// leading zeros). Express jobs (screens and batteries, while you wait) cost £20 more.
	// Repairs carry a 90-day warranty: a phone back with the same fault is repaired free.
	const techs = {
		'Kemal Aydin': [day(2023, 1, 1), null, 5],
		'Priya Shah': [day(2023, 1, 1), null, 4],
		'Tom Fletcher': [day(2023, 1, 1), day(2024, 3, 31), 3],
		"Ciaran O'Neill": [day(2024, 4, 8), null, 3]
	};
	// model → [brand, tier, on sale from]
	const models = {
		'iPhone SE': ['Apple', 'mid', null, 5],
		'iPhone 11': ['Apple', 'mid', null, 10],
		'iPhone 12': ['Apple', 'mid', null, 10],
		'iPhone 13': ['Apple', 'flagship', null, 11],
		'iPhone 14': ['Apple', 'flagship', null, 8],
		'iPhone 15': ['Apple', 'premium', day(2023, 9, 22), 7],
		'iPhone 16': ['Apple', 'premium', day(2024, 9, 20), 6],
		'Galaxy A52': ['Samsung', 'budget', null, 5],
		'Galaxy A53': ['Samsung', 'budget', null, 6],
		'Galaxy A54': ['Samsung', 'budget', day(2023, 4, 6), 6],
		'Galaxy S21': ['Samsung', 'mid', null, 5],
		'Galaxy S22': ['Samsung', 'flagship', null, 5],
		'Galaxy S23': ['Samsung', 'flagship', day(2023, 2, 17), 5],
		'Galaxy S24': ['Samsung', 'premium', day(2024, 1, 31), 5],
		'Pixel 6': ['Google', 'mid', null, 3],
		'Pixel 7': ['Google', 'flagship', null, 3],
		'Pixel 8': ['Google', 'flagship', day(2023, 10, 12), 3],
		'Moto G54': ['Motorola', 'budget', day(2023, 9, 1), 3],
		'Redmi Note 12': ['Xiaomi', 'budget', null, 3],
		'Nord CE 3': ['OnePlus', 'budget', day(2023, 7, 10), 2]
	};
	// fault → [weight, prices by tier (budget, mid, flagship, premium) in 2023, part share of price or null, fix chance]
	const faults = {
		'Cracked screen': [40, [69, 99, 149, 189], 0.45, 1],
		Battery: [17, [49, 59, 69, 79], 0.32, 1],
		'Charging port': [11, [45, 55, 65, 69], 0.25, 0.98],
		'Back glass': [6, [null, 69, 89, 99], 0.3, 1],
		'Water damage': [6, [49, 49, 49, 49], null, 0.58],
		Camera: [5, [59, 79, 99, 119], 0.4, 0.98],
		'Speaker/mic': [5, [45, 49, 59, 59], 0.25, 0.97],
		Software: [5, [35, 35, 35, 35], null, 0.97],
		"Won't power on": [5, [59, 69, 79, 79], null, 0.65]
	};
	const tierIdx = { budget: 0, mid: 1, flagship: 2, premium: 3 };
	const partNos = {};
	const usedParts = new Set();
	const partNo = (model, fault) => {
		const key = `${model}|${fault}`;
		if (!partNos[key]) {
			let code;
			do code = `0${String(int(40, 9999)).padStart(4, '0')}`;
			while (usedParts.has(code));
			usedParts.add(code);
			partNos[key] = code;
		}
		return partNos[key];
	};
	const isOpen = (d) => d.getUTCDay() !== 0 && !bankHolidays.has(isoDate(d));
	const nextOpen = (d) => {
		let x = addDays(d, 1);
		while (!isOpen(x)) x = addDays(x, 1);
		return x;
	};
	const exported = day(2024, 12, 31);
	const customers = [];
	const jobs = [];
	const warrantyDue = [];
	for (let t = day(2023, 1, 2); t <= exported; t = addDays(t, 1)) {
		if (!isOpen(t)) continue;
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const season = [1.35, 1.05, 0.95, 0.95, 1.0, 1.05, 1.25, 1.3, 1.0, 0.9, 0.85, 1.0][m - 1];
		const dow = t.getUTCDay();
		const n = Math.round(Math.max(0, normal(2.6 * season * (y === 2024 ? 1.12 : 1) * (dow === 6 ? 1.4 : 1), 1.3)));
		const today = [];
		for (let k = 0; k < n; k++) {
			const cust = customers.length > 40 && rand() < 0.1 ? pick(customers) : { name: newName(), model: null };
			if (!customers.includes(cust)) customers.push(cust);
			const onSale = Object.entries(models).filter(([, v]) => !v[2] || addDays(v[2], 20) <= t);
			const model = cust.model && rand() < 0.8 ? cust.model : weighted(onSale.map(([mo, v]) => [mo, v[3] * (v[2] ? clamp((t - v[2]) / (86400000 * 120), 0.2, 1) : 1)]));
			cust.model = model;
			const [, tier] = models[model];
			const fault = weighted(Object.entries(faults).map(([f, v]) => [f, f === 'Back glass' && tier === 'budget' ? 0 : f === 'Water damage' && (m === 7 || m === 8) ? v[0] * 2.5 : f === 'Battery' && (tier === 'mid' || model === 'Galaxy A52') ? v[0] * 1.6 : v[0]]));
			today.push({ t, cust, model, fault, warranty: false });
		}
		while (warrantyDue.length && warrantyDue[0].t <= t) {
			const w = warrantyDue.shift();
			today.push({ ...w, t });
		}
		const minutes = today.map(() => int(9 * 60 + 30, 17 * 60 + 15)).sort((a, b) => a - b);
		today.forEach((j, i) => {
			const bookedAt = atTime(t, Math.floor(minutes[i] / 60), minutes[i] % 60, int(0, 59));
			const [brand, tier] = models[j.model];
			const [, prices, partShare, fixChance] = faults[j.fault];
			let price = prices[tierIdx[tier]] + (y === 2024 ? (j.fault === 'Cracked screen' ? 10 : 5) : 0);
			const onDuty = Object.entries(techs).filter(([, [f, u]]) => f <= t && (!u || u >= t)).map(([nm, [, , wt]]) => [nm, wt]);
			const tech = weighted(onDuty);
			const express = !j.warranty && (j.fault === 'Cracked screen' || j.fault === 'Battery') && rand() < 0.12;
			const basePrice = price;
			if (express) price += 20;
			let outcome = 'Repaired';
			if (!j.warranty) {
				if (rand() > fixChance) outcome = 'Unrepairable';
				else if (rand() < (price >= 140 ? 0.13 : price >= 90 ? 0.07 : 0.03)) outcome = 'Quote declined';
			}
			const repaired = outcome === 'Repaired';
			const part = repaired && partShare ? partNo(j.model, j.fault) : null;
			const partCost = part ? round2(basePrice * partShare * (0.85 + rand() * 0.3)) : null;
			let ready = null;
			let diagnosed = bookedAt;
			if (repaired) {
				const inStock = express || (j.fault === 'Cracked screen' || j.fault === 'Battery' ? rand() < (tier === 'premium' ? 0.55 : 0.85) : rand() < 0.55);
				if (inStock) {
					const hours = express ? 0.4 + rand() * 0.6 : j.fault === 'Software' ? 0.5 + rand() * 1.5 : 1 + rand() * 2.5;
					ready = new Date(bookedAt.getTime() + hours * 3600000);
					if (ready.getUTCHours() * 60 + ready.getUTCMinutes() > 17 * 60 + 30) ready = atTime(nextOpen(t), 10, int(0, 59), int(0, 59));
				} else {
					let d = t;
					for (let k = int(1, j.fault === 'Water damage' || j.fault === "Won't power on" ? 4 : 3); k > 0; k--) d = nextOpen(d);
					ready = atTime(d, int(10, 16), int(0, 59), int(0, 59));
				}
			} else if (outcome === 'Unrepairable') {
				diagnosed = atTime(rand() < 0.4 ? t : nextOpen(t), int(11, 17), int(0, 29));
			}
			const doneAt = ready ?? diagnosed;
			let collected = null;
			if (rand() > 0.008) {
				let d = new Date(Date.UTC(doneAt.getUTCFullYear(), doneAt.getUTCMonth(), doneAt.getUTCDate()));
				const wait = outcome === 'Quote declined' ? 0 : weighted([[0, 55], [1, 20], [int(2, 3), 15], [int(4, 14), 10]]);
				for (let k = 0; k < wait; k++) d = nextOpen(d);
				if (!isOpen(d)) d = nextOpen(d);
				if (d < exported || (d.getTime() === exported.getTime() && rand() < 0.6)) collected = d;
			}
			const price2 = repaired ? (j.warranty ? 0 : price) : null;
			jobs.push({ bookedAt, customer: j.cust.name, brand, model: j.model, fault: j.fault, tech, part, partCost, price: price2, outcome, turnaround: ready ? round1((ready - bookedAt) / 3600000) : null, collected, warranty: j.warranty, express });
			if (repaired && !j.warranty && rand() < 0.035 && ['Cracked screen', 'Battery', 'Charging port', 'Speaker/mic', 'Camera'].includes(j.fault)) {
				let back = addDays(t, int(6, 85));
				while (!isOpen(back)) back = addDays(back, 1);
				if (back <= exported) {
					warrantyDue.push({ t: back, cust: j.cust, model: j.model, fault: j.fault, warranty: true });
					warrantyDue.sort((a, b) => a.t - b.t);
				}
			}
		});
	}
	jobs.sort((a, b) => a.bookedAt - b.bookedAt);
	writeCsv(
		OUT,
		'phone_repairs.csv',
		['Job No', 'booked_in', 'Customer', 'Brand', 'Model', 'Fault', 'Technician', 'Part No', 'Part Cost (£)', 'Price (£)', 'Outcome', 'Turnaround (hrs)', 'collectedOn', 'Warranty Return', 'isExpress'],
		jobs.map((r, i) => [30001 + i, isoStamp(r.bookedAt), r.customer, r.brand, r.model, r.fault, r.tech, r.part, r.partCost === null ? null : r.partCost.toFixed(2), r.price === null ? null : r.price.toFixed(2), r.outcome, r.turnaround, r.collected ? isoDate(r.collected) : null, r.warranty ? 'Yes' : 'No', r.express ? 'true' : 'false'])
	);
}

// ------------------------------------------------------------------ hive inspections (2022-2024)
{
	// Wealdshire Beekeepers' Association: the shared hive inspection log of its five apiaries,
	// April 2022 to October 2024, as exported on 4 November 2024, one row per visit to a hive.
	// Hives are opened every 7 to 10 days from April to September on a warm enough day (14 °C
	// or more), with a last look in October; in December (or early January) each hive is given
	// an oxalic acid treatment without being opened, so nothing inside is recorded. Varroa is
	// counted (mites dropped on the monitoring board) about once every four inspections.
	// Honey is taken in a spring crop (late May to mid June) and a summer crop (late July to
	// mid August); 2024 was a poor year. Varroa is treated with Apiguard (two trays a fortnight
	// apart) or MAQS after the summer harvest. Colonies that die over winter are found dead at
	// the first spring visit (no bees, so no temper) and the hive is restocked with a nucleus in
	// May or June. Hive numbers ('01', '02', …) are per apiary.
	// apiary → [hives, [[inspector, weight]], summer treatment]
	const members = Array.from({ length: 16 }, () => newName());
	members[3] = "Bridget O'Connor";
	usedNames.add(members[3]);
	const apiaries = {
		'Association Apiary': [8, [[members[0], 4], [members[1], 3], [members[2], 3], [members[3], 2], [members[4], 2], [members[5], 1]], 'Apiguard'],
		'Church Farm': [5, [[members[6], 5], [members[7], 2]], 'Apiguard'],
		"Miller's Orchard": [4, [[members[8], 4], [members[3], 2]], 'Apiguard'],
		'Station Allotments': [3, [[members[9], 3], [members[10], 3], [members[11], 1]], 'Apiguard'],
		'Rectory Garden': [3, [[members[12], 5], [members[13], 1]], 'MAQS']
	};
	const tempMean = [6, 7, 10, 13, 16.5, 19.5, 22, 21.5, 18.5, 14.5, 9.5, 7];
	const yearWarmth = { 2022: 1.2, 2023: 0.6, 2024: -0.7 };
	const honeyYear = { 2022: 1.15, 2023: 1.0, 2024: 0.5 };
	const tempOn = (d) => round1(tempMean[d.getUTCMonth()] + yearWarmth[d.getUTCFullYear()] + normal(0, 3));
	const rows = [];
	for (const [apiary, [nHives, inspectors, summerTreat]] of Object.entries(apiaries)) {
		for (let h = 1; h <= nHives; h++) {
			const hive = String(h).padStart(2, '0');
			let colony = { strength: 0.7 + rand() * 0.5, temper: rand() < 0.15 ? 2.5 : 1, mites: 1 + rand() * 2, newThisYear: false };
			for (const year of [2022, 2023, 2024]) {
				const yearRows = [];
				const log = (d, r) => yearRows.push({ date: d, apiary, hive, inspector: weighted(inspectors), temp: tempOn(d), queenSeen: null, brood: null, temper: null, swarm: false, varroa: null, honey: 0, treatment: null, ...r });
				let t = addDays(day(year, 4, 1), int(0, 12));
				if (year > 2022) {
					// the first spring visit: did the colony survive the winter?
					if (rand() < (colony.mites > 8 ? 0.5 : 0.14)) {
						log(t, { queenSeen: false, brood: 0, temper: null, temp: round1(clamp(tempOn(t), 14, 19)) });
						t = addDays(day(year, 5, 10), int(0, 35));
						colony = { strength: 0.55 + rand() * 0.3, temper: rand() < 0.1 ? 2.5 : 1, mites: 0.8 + rand() * 1.5, newThisYear: true };
					} else {
						colony.newThisYear = false;
						colony.mites += 1 + rand() * 2;
						colony.strength = clamp(colony.strength + normal(0, 0.1), 0.5, 1.3);
					}
				}
				let n = 0;
				let swarmAfter = 0;
				let treatStart = null;
				let springHoney = false;
				let summerHoney = false;
				while (t <= day(year, 9, 30)) {
					let temp = tempOn(t);
					let tries = 0;
					while (temp < 14 && tries < 4) {
						t = addDays(t, 1);
						temp = tempOn(t);
						tries++;
					}
					if (temp < 14) temp = round1(14 + rand() * 2);
					const m = t.getUTCMonth() + 1;
					const dayOfYear = (t - day(year, 1, 1)) / 86400000;
					const growth = clamp(Math.sin(((dayOfYear - 75) / 200) * Math.PI), 0.25, 1);
					const treating = treatStart && t >= treatStart;
					colony.mites = treating ? Math.max(0.3, colony.mites * 0.6) : colony.mites * (1.07 + rand() * 0.07);
					const queenless = swarmAfter > 0;
					const brood = queenless ? int(0, 2) : clamp(Math.round(growth * 9 * colony.strength + normal(0, 0.8)), 1, 11);
					const swarm = !queenless && (m === 5 || (m === 6 && t.getUTCDate() <= 20)) && rand() < 0.13 * colony.strength * (colony.newThisYear ? 0.3 : 1);
					const moody = colony.temper * (temp < 16 ? 1.6 : 1) * (m >= 8 ? 1.4 : 1);
					const temper = weighted([['Calm', 66], ['Nervous', 18 * moody], ['Defensive', 10 * moody], ['Aggressive', 2 * moody * moody]]);
					let honey = 0;
					if (!springHoney && !colony.newThisYear && t >= day(year, 5, 22) && t <= day(year, 6, 18) && rand() < 0.5 * colony.strength) {
						honey = round1(clamp(normal(9, 3) * colony.strength * honeyYear[year], 2, 18));
						springHoney = true;
					} else if (!summerHoney && t >= day(year, 7, 24) && t <= day(year, 8, 16) && rand() < 0.6) {
						honey = round1(clamp(normal(16, 5) * colony.strength * honeyYear[year] * (colony.newThisYear ? 0.5 : 1), 2, 32));
						summerHoney = true;
					}
					let treatment = null;
					if (!treatStart && (summerHoney || t >= day(year, 8, 17)) && honey === 0 && t >= day(year, 8, 1)) {
						treatStart = t;
						treatment = summerTreat;
					} else if (treatStart && summerTreat === 'Apiguard' && (t - treatStart) / 86400000 >= 12 && (t - treatStart) / 86400000 <= 20) treatment = 'Apiguard';
					log(t, { temp, queenSeen: !queenless && rand() < (brood > 7 ? 0.42 : 0.62), brood, temper, swarm, varroa: n % 4 === 1 ? Math.max(0, Math.round(colony.mites * 3 * (0.8 + rand() * 0.4))) : null, honey, treatment });
					if (swarm) swarmAfter = 2;
					else if (swarmAfter > 0) swarmAfter--;
					n++;
					t = addDays(t, int(7, 10));
				}
				// a last look in October and the winter treatment (not opened)
				const oct = addDays(day(year, 10, 3), int(0, 18));
				log(oct, { queenSeen: rand() < 0.5, brood: clamp(Math.round(2 * colony.strength + normal(0, 0.7)), 0, 4), temper: weighted([['Calm', 60], ['Nervous', 25 * colony.temper], ['Defensive', 12 * colony.temper]]), varroa: Math.round(colony.mites * 3), temp: round1(clamp(tempOn(oct), 12, 18)) });
				if (year < 2024) {
					const dec = addDays(day(year, 12, 10), int(0, 24));
					log(dec, { treatment: 'Oxalic acid', temp: round1(clamp(normal(6, 2.5), 1, 11)) });
					colony.mites = colony.mites * 0.25;
				}
				rows.push(...yearRows);
			}
		}
	}
	rows.sort((a, b) => a.date - b.date || a.apiary.localeCompare(b.apiary) || a.hive.localeCompare(b.hive));
	writeCsv(
		OUT,
		'hive_inspections.csv',
		['Inspection ID', 'inspection_date', 'Apiary', 'Hive No', 'Inspector', 'Temp (°C)', 'Queen Seen', 'Frames of Brood', 'Temper', 'swarmCells', 'Varroa Count', 'Honey Taken (kg)', 'Treatment'],
		rows.map((r, i) => [i + 1, isoDate(r.date), r.apiary, r.hive, r.inspector, r.temp.toFixed(1), r.queenSeen === null ? null : r.queenSeen ? 'Yes' : 'No', r.brood, r.temper, r.swarm ? 'true' : 'false', r.varroa, r.honey.toFixed(1), r.treatment])
	);
}
