// Deterministic generator for the set AM evaluation tables (a community fridge's intake log, a
// driving school's lesson diary, a garage's MOT test register). No dependencies. Run from the
// repo root: node tests/nl/data/set-am/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, BANK_HOLIDAYS, clamp, day, eachDay, isChristmas, isoDate, pad, randomTools, round1, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal } = randomTools(20261231);


// ------------------------------------------------------------------ community fridge donations (2023-2024)
{
	// The Marsden Street Community Fridge, run by volunteers from a church hall: its intake log for
	// 2023 and 2024, one row per donation of one kind of food (a supermarket's collection is logged
	// as one row per category). Open Monday to Saturday; closed on Christmas Day, Boxing Day and New
	// Year's Day. Supermarket surplus is collected by a volunteer driver (Tesco Express on Mondays,
	// Wednesdays and Fridays, the Co-op on Tuesdays and Saturdays, Sainsbury's Local on Thursdays,
	// and Lidl on Mondays and Thursdays from 3 June 2024); cafes drop off their leftovers;
	// allotments bring fruit and veg from April to November, most in August and September;
	// households drop off, more just after Christmas. Known donors have a three-digit Donor ID (with
	// its leading zeros) given in the order they first gave; households that did not leave a name
	// have no Donor ID and no name. Loose fruit and veg and tins and dry goods have no use-by date
	// (empty). A volunteer checks each donation in: food past its use-by date or spoiled is not
	// still good and is all thrown away (kg_wasted = the weight); of the food put in the fridge, some
	// is thrown away later when it goes off before anyone takes it.
	const volunteersOf = (t) => {
		const v = ['Jen Maddox', 'Tom Whitaker', "Aisling O'Dowd", 'Priya Sharma'];
		if (t < day(2023, 10, 14)) v.push('Geoff Barnes');
		if (t >= day(2023, 11, 6)) v.push('Mo Rahman');
		return v;
	};
	const rota = { 1: 'Jen Maddox', 2: 'Tom Whitaker', 3: "Aisling O'Dowd", 4: 'Priya Sharma', 5: 'Jen Maddox' };
	const donorIds = new Map();
	const idOf = (name) => {
		if (!donorIds.has(name)) donorIds.set(name, pad(donorIds.size + 1, 3));
		return donorIds.get(name);
	};
	const supermarkets = {
		'Tesco Express Marsden Street': { days: [1, 3, 5], rows: [[1, 30], [2, 45], [3, 25]] },
		'Co-op Hollins Road': { days: [2, 6], rows: [[1, 45], [2, 40], [3, 15]] },
		"Sainsbury's Local": { days: [4], rows: [[1, 35], [2, 45], [3, 20]] },
		'Lidl Canal Street': { days: [1, 4], rows: [[1, 20], [2, 50], [3, 30]], from: day(2024, 6, 3) }
	};
	const superCats = [['Bakery', 38], ['Fruit & Veg', 26], ['Dairy', 14], ['Sandwiches', 11], ['Ready Meals', 8], ['Meat & Fish', 3]];
	const cafes = [["Rosie's Kitchen", 1.6], ['The Daily Grind', 1.1], ['Bean There Cafe', 0.8], ['Greggs Market Street', 1.4], ["Mama Ji's", 0.6]];
	const cafeCats = [['Sandwiches', 36], ['Bakery', 44], ['Ready Meals', 15], ['Dairy', 5]];
	const allotments = [['Hollins Road Allotments', 1.2], ["St Mary's Allotment Society", 0.9], ['Canal Side Growers', 0.6]];
	const allotSeason = [0, 0, 0, 0.25, 0.45, 0.8, 1.3, 2.0, 1.8, 0.9, 0.3, 0];
	const houseCats = [['Tins & Dry Goods', 34], ['Fruit & Veg', 20], ['Bakery', 11], ['Dairy', 10], ['Ready Meals', 7], ['Eggs', 6], ['Meat & Fish', 4], ['Sandwiches', 3]];
	const householdNames = ['Margaret Ellis', 'Derek Holt', "Bridie O'Neill", 'Anwar Hussain', 'Carol Pickles', 'Fiona McBride', "Sean D'Arcy", 'Ruth Appleyard', 'Kofi Mensah', 'Pat Greenwood', 'Helen Baxter', 'Nadia Kowalski'];
	const householdWeights = [3, 2.5, 2, 1.5, 1.5, 1, 1, 1, 0.8, 0.8, 0.6, 0.6];
	const weightOf = (cat, who) => {
		const base = {
			Bakery: [5.5, 2.5, 1, 14],
			'Fruit & Veg': [8, 3.5, 1, 20],
			Dairy: [4, 1.6, 0.5, 10],
			Sandwiches: [2.4, 1, 0.4, 6],
			'Ready Meals': [3.4, 1.3, 0.5, 8],
			'Meat & Fish': [3, 1.2, 0.5, 7],
			'Tins & Dry Goods': [3, 1.5, 0.4, 9],
			Eggs: [1.2, 0.4, 0.4, 2.4]
		}[cat];
		let [m, s, lo, hi] = base;
		if (who === 'Cafe') [m, s, lo, hi] = [m * 0.45, s * 0.4, 0.3, 5];
		if (who === 'Household') [m, s, lo, hi] = [m * 0.4, s * 0.4, 0.2, 7];
		return round1(clamp(normal(m, s), lo, hi));
	};
	const perItem = { Bakery: 0.4, 'Fruit & Veg': 0.6, Dairy: 0.5, Sandwiches: 0.2, 'Ready Meals': 0.4, 'Meat & Fish': 0.45, 'Tins & Dry Goods': 0.4, Eggs: 0.7 };
	const dated = new Set(['Bakery', 'Dairy', 'Sandwiches', 'Ready Meals', 'Meat & Fish', 'Eggs']);
	const rows = [];
	const add = (t, type, donor, cat, extra = {}) => {
		const w = extra.weight ?? weightOf(cat, type);
		const items = Math.max(1, Math.round((w / perItem[cat]) * clamp(normal(1, 0.2), 0.6, 1.5)));
		let useBy = null;
		if (dated.has(cat)) {
			let d;
			if (cat === 'Eggs') d = int(4, 20);
			else if (type === 'Supermarket') d = weighted([[0, 62], [1, 30], [2, 8]]);
			else if (type === 'Cafe') d = weighted([[0, 80], [1, 20]]);
			else d = weighted([[-3, 2], [-2, 3], [-1, 6], [0, 20], [1, 25], [2, 20], [3, 14], [5, 10]]);
			useBy = addDays(t, d);
		}
		const m = t.getUTCMonth() + 1;
		const summer = m >= 6 && m <= 8;
		let good = !(useBy && useBy < t);
		if (good && cat === 'Fruit & Veg' && rand() < (summer ? 0.06 : 0.025)) good = false;
		if (good && cat !== 'Fruit & Veg' && rand() < 0.008) good = false;
		let wasted = 0;
		if (!good) wasted = w;
		else {
			const p = { Bakery: 0.22, Sandwiches: 0.16, 'Fruit & Veg': summer ? 0.26 : 0.14, Dairy: 0.08, 'Ready Meals': 0.09, 'Meat & Fish': 0.1, Eggs: 0.02, 'Tins & Dry Goods': 0 }[cat];
			if (rand() < p) wasted = round1(clamp(w * (0.1 + rand() * 0.45), 0.1, w));
		}
		const vols = volunteersOf(t);
		const dow = t.getUTCDay();
		let vol = dow === 6 ? pick(vols) : rota[dow];
		if (!vols.includes(vol) || rand() < 0.22) vol = pick(vols);
		if (dow === 6 && t >= day(2023, 11, 6) && rand() < 0.5) vol = 'Mo Rahman';
		rows.push({ t, type, donor, id: donor ? idOf(donor) : null, cat, items, w, useBy, collected: extra.collected ?? false, vol, good, wasted });
	};
	for (const t of eachDay(day(2023, 1, 3), day(2024, 12, 31))) {
		const s = isoDate(t);
		const md = s.slice(5);
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		if (dow === 0 || md === '12-25' || md === '12-26' || md === '01-01') continue;
		// supermarket collections (none on bank holidays)
		if (!BANK_HOLIDAYS.has(s)) {
			for (const [name, sm] of Object.entries(supermarkets)) {
				if (!sm.days.includes(dow) || (sm.from && t < sm.from)) continue;
				if (rand() < 0.06) continue; // nothing to collect that day
				const n = weighted(sm.rows) + (md >= '12-27' || md <= '01-03' ? 1 : 0);
				const cats = new Set();
				while (cats.size < n) cats.add(weighted(superCats));
				for (const cat of cats) add(t, 'Supermarket', name, cat, { collected: true });
			}
		}
		// cafes, weekdays and Saturdays, late in the day
		for (const [name, rate] of cafes) {
			if (name === "Mama Ji's" && t < day(2023, 5, 15)) continue;
			if (name === 'Bean There Cafe' && t >= day(2024, 9, 1)) continue; // closed down
			if (rand() < (rate / 6) * (m === 8 ? 0.7 : 1)) add(t, 'Cafe', name, weighted(cafeCats));
		}
		// allotments, in the growing season
		for (const [name, rate] of allotments) {
			if (rand() < (rate * allotSeason[m - 1]) / 6) {
				const cat = m >= 4 && m <= 9 && rand() < 0.12 ? 'Eggs' : 'Fruit & Veg';
				const weight = cat === 'Eggs' ? undefined : round1(clamp(normal(7, 3.5) * (m === 8 || m === 9 ? 1.5 : 1), 1, 32));
				add(t, 'Allotment', name, cat, { weight, collected: rand() < 0.25 });
			}
		}
		// households
		const xmas = md >= '12-27' || md <= '01-08' ? 3.2 : md >= '12-15' ? 1.5 : 1;
		const harvest = m === 8 || m === 9 ? 1.3 : 1;
		const nHouse = Math.floor(rand() * 10 < 4.2 * xmas * harvest ? 1 + (rand() < 0.25 * xmas ? 1 : 0) : 0);
		for (let k = 0; k < nHouse; k++) {
			const named = rand() < 0.3;
			let donor = null;
			if (named) {
				const names = householdNames.filter((nm, i) => !(nm === 'Nadia Kowalski' && t < day(2024, 2, 1)) && !(i === 1 && t >= day(2024, 7, 1)));
				donor = weighted(names.map((nm) => [nm, householdWeights[householdNames.indexOf(nm)]]));
			}
			let cat = weighted(houseCats);
			if ((m === 8 || m === 9) && rand() < 0.3) cat = 'Fruit & Veg';
			if (xmas > 2 && rand() < 0.3) cat = weighted([['Bakery', 3], ['Dairy', 2], ['Meat & Fish', 2], ['Tins & Dry Goods', 3]]);
			add(t, 'Household', donor, cat);
		}
	}
	// give the refs per year in date order
	const counters = {};
	writeCsv(
		OUT,
		'community_fridge_donations.csv',
		['Ref', 'Date Received', 'donorType', 'Donor ID', 'Donor Name', 'Category', 'items', 'Weight (kg)', 'use_by', 'Collected', 'Checked In By', 'Still Good', 'kg_wasted'],
		rows.map((r) => {
			const yy = String(r.t.getUTCFullYear()).slice(2);
			counters[yy] = (counters[yy] ?? 0) + 1;
			return [`CF${yy}-${pad(counters[yy], 4)}`, isoDate(r.t), r.type, r.id, r.donor, r.cat, r.items, r.w.toFixed(1), r.useBy ? isoDate(r.useBy) : null, r.collected ? 'Yes' : 'No', r.vol, r.good ? 'Yes' : 'No', r.wasted.toFixed(1)];
		})
	);
}

// ------------------------------------------------------------------ driving lessons (2023-2024)
{
	// Roadwise School of Motoring, three instructors: the lesson diary for 2023 and 2024, one row per
	// lesson booked (lessons cancelled with 24 hours' notice or more are taken out of the diary; one
	// cancelled with less is kept, marked, and charged in full). Dave Kitching (the owner) teaches in
	// a manual car, Sue O'Hara in an automatic, Imran Qureshi in a manual from 4 September 2023.
	// Monday to Saturday, none on bank holidays or from Christmas Eve to New Year; each instructor
	// takes two weeks off in the summer and a week at another time. More pupils in the summer, fewer
	// in December. Prices by the hour: manual £36, automatic £38, up to £38 and £40 from 1 March
	// 2024; a test day (the hour before the test and the car for the test) £95, £100 from 1 March
	// 2024. Pupils book their driving test early; a mock test comes in the last weeks; a motorway
	// lesson for about half of them near the end. Minors are the driving faults marked on a mock
	// test or the test itself; the test result is empty on every other lesson. Unpaid: some late
	// cancellations, a few lessons never paid, and lessons of late December 2024 not yet paid.
	const instructors = [
		{ name: 'Dave Kitching', gear: 'Manual', cap: 9, from: day(2023, 1, 1), off: [[day(2023, 4, 10), 7], [day(2023, 8, 7), 14], [day(2024, 4, 15), 7], [day(2024, 8, 12), 14]] },
		{ name: "Sue O'Hara", gear: 'Automatic', cap: 8, from: day(2023, 1, 1), off: [[day(2023, 5, 22), 7], [day(2023, 7, 24), 14], [day(2024, 2, 12), 7], [day(2024, 9, 2), 14]] },
		{ name: 'Imran Qureshi', gear: 'Manual', cap: 7, from: day(2023, 9, 4), off: [[day(2024, 3, 25), 7], [day(2024, 7, 15), 14]] }
	];
	const season = [0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.15, 1.0, 0.9, 0.85, 0.75];
	const areas = [['Town Centre', 22], ['Northfield', 20], ['Ashgrove', 16], ['Riverside', 14], ['Hill Top', 12], ['College', 16]];
	const name = uniqueNamer(pick);
	let pupilSeq = 0;
	const newPupil = (ins, t) => {
		pupilSeq++;
		const p = {
			ref: pad(pupilSeq, 4),
			name: name(),
			area: weighted(areas),
			ins,
			perWeek: rand() < 0.3 ? 2 : 1,
			dur: weighted([[60, 40], [90, 38], [120, 22]]),
			need: clamp(normal(38, 11), 14, 70),
			skill: clamp(normal(0.5, 0.15), 0.15, 0.85),
			hours: 0,
			testDate: null,
			mocked: false,
			motorway: rand() < 0.5,
			motorwayDone: false,
			tests: 0,
			done: false,
			joined: t,
			slow: rand() < 0.04 // never pays for a few lessons
		};
		if (pupilSeq === 7) p.name = "Niamh O'Connor";
		if (pupilSeq === 31) p.name = "Josh D'Souza";
		return p;
	};
	const pupils = [];
	const rows = [];
	const start = day(2023, 1, 2);
	const end = day(2024, 12, 23);
	for (let w = start; w <= end; w = addDays(w, 7)) {
		const m = addDays(w, 2).getUTCMonth();
		for (const ins of instructors) {
			if (w < ins.from) continue;
			const mine = pupils.filter((p) => p.ins === ins && !p.done);
			const ramp = ins.name === 'Imran Qureshi' && w < day(2024, 1, 1) ? 0.6 : 1;
			const target = Math.round(ins.cap * season[m] * ramp);
			for (let k = mine.length; k < target; k++) {
				if (rand() < 0.6) {
					const p = newPupil(ins, w);
					// the pupils already learning when the diary starts are part of the way through
					if (w.getTime() === start.getTime()) p.hours = Math.round(rand() * p.need * 0.9);
					pupils.push(p);
					mine.push(p);
				}
			}
			// now and then a pupil gives up before the test
			for (const p of mine) if (!p.done && rand() < 0.006) p.done = true;
			const busy = {};
			for (const p of mine) {
				let n = p.perWeek;
				if (m === 11 && rand() < 0.35) n--;
				if (rand() < 0.1) n--;
				const used = new Set();
				for (let k = 0; k < n; k++) {
					const dayIdx = p.area === 'College' ? pick([1, 2, 3, 4, 5, 6, 6]) : int(1, 6);
					if (used.has(dayIdx)) continue;
					const t = addDays(w, dayIdx - 1);
					const s = isoDate(t);
					if (t > end || BANK_HOLIDAYS.has(s) || isChristmas(t) || ins.off.some(([o, len]) => t >= o && t < addDays(o, len))) continue;
					if (p.testDate && t >= p.testDate) continue;
					used.add(dayIdx);
					// the kind of lesson
					let type = 'Standard';
					let dur = p.dur;
					if (p.testDate && !p.mocked && (p.testDate - t) / 86400000 <= 21) type = 'Mock Test';
					else if (p.motorway && !p.motorwayDone && p.hours > p.need * 0.6 && ins.gear) type = 'Motorway';
					if (type === 'Mock Test') dur = weighted([[60, 60], [90, 40]]);
					if (type === 'Motorway') dur = 120;
					// a slot in the instructor's day
					const taken = (busy[s] ??= []);
					const lo = p.area === 'College' && dayIdx < 6 ? 32 : 16;
					let slot = null;
					for (let tries = 0; tries < 12 && slot === null; tries++) {
						const st = int(lo, 37); // half hours from midnight: 08:00 to 18:30
						if (st * 30 + dur > 20 * 60) continue;
						if (taken.every(([a, b]) => st * 30 + dur + 15 <= a || st * 30 >= b + 15)) slot = st;
					}
					if (slot === null) continue;
					taken.push([slot * 30, slot * 30 + dur]);
					const late = rand() < 0.04;
					const rise = t >= day(2024, 3, 1);
					const rate = (ins.gear === 'Manual' ? 36 : 38) + (rise ? 2 : 0);
					const price = (rate * dur) / 60;
					let minors = null;
					if (!late) {
						p.hours += dur / 60;
						if (type === 'Mock Test') {
							p.mocked = true;
							minors = Math.max(0, Math.round(normal(16 - p.skill * 12 - Math.min(p.hours, 60) / 12, 3)));
						}
						if (type === 'Motorway') p.motorwayDone = true;
					}
					let paid = true;
					if (late) paid = rand() < 0.55;
					else if (p.slow && rand() < 0.15) paid = false;
					else if (t >= day(2024, 12, 9) && rand() < 0.3) paid = false;
					rows.push({ t, time: `${pad(Math.floor(slot / 2))}:${slot % 2 ? '30' : '00'}`, p, ins, type, dur, price, paid, late, result: null, minors });
				}
				// book the test at half way, about 12 weeks ahead; a retest 6 to 10 weeks after a fail
				if (!p.testDate && p.hours >= p.need * 0.5) p.testDate = addDays(w, 7 * int(9, 15) + int(0, 4));
			}
		}
		// tests taken this week
		for (const p of pupils) {
			if (p.done || !p.testDate || p.testDate < w || p.testDate >= addDays(w, 7)) continue;
			const t = p.testDate;
			const s = isoDate(t);
			const ins = p.ins;
			if (BANK_HOLIDAYS.has(s) || isChristmas(t) || t > end || t.getUTCDay() === 0 || ins.off.some(([o, len]) => t >= o && t < addDays(o, len))) {
				p.testDate = addDays(t, 7 * int(3, 6));
				continue;
			}
			p.tests++;
			const ready = Math.min(1, p.hours / p.need);
			const passP = clamp(0.12 + p.skill * 0.55 + (ready - 0.8) * 0.6 + (p.tests - 1) * 0.12, 0.08, 0.9);
			const pass = rand() < passP;
			const minors = pass ? Math.max(0, Math.min(15, Math.round(normal(6 - p.skill * 3, 2.5)))) : Math.max(0, Math.round(normal(8, 3.5)));
			const price = t >= day(2024, 3, 1) ? 100 : 95;
			const paid = !(t >= day(2024, 12, 9) && rand() < 0.3);
			const hour = pick(['08:10', '09:20', '10:30', '12:40', '13:50', '15:00']);
			rows.push({ t, time: hour, p, ins, type: 'Test Day', dur: 120, price, paid, late: false, result: pass ? 'Pass' : 'Fail', minors });
			if (pass) p.done = true;
			else {
				p.testDate = addDays(t, 7 * int(6, 10));
				p.mocked = false;
				p.need = p.hours + 6;
			}
		}
	}
	rows.sort((a, b) => a.t - b.t || (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
	writeCsv(
		OUT,
		'driving_lessons.csv',
		['Lesson ID', 'Lesson Date', 'startTime', 'Pupil Ref', 'Pupil', 'Pickup Area', 'Instructor', 'Gearbox', 'Lesson Type', 'duration_mins', 'Price (£)', 'Paid', 'Cancelled <24h', 'test_result', 'Minors'],
		rows.map((r, i) => [i + 1, isoDate(r.t), r.time, r.p.ref, r.p.name, r.p.area, r.ins.name, r.ins.gear, r.type, r.dur, r.price.toFixed(2), r.paid ? 'Yes' : 'No', r.late ? 'Yes' : 'No', r.result, r.minors])
	);
}

// ------------------------------------------------------------------ MOT tests (2023-2024)
{
	// Kirkby Road Garage, an MOT test centre with one bay: its test register for 2023 and 2024, one
	// row per test. Monday to Friday and Saturday mornings, none on bank holidays or from Christmas
	// Eve to New Year. A car's MOT falls due each year on the anniversary of its first registration
	// (from its third year), so the busy months follow the new number plates of March and September.
	// A failed car may be booked in for a retest (Retest Date), within ten working days; a retest is
	// free and has its own row (test_type 'Retest'). The full test cost £45 until 31 March 2024 and
	// £49 from 1 April 2024. Mileage is empty where the odometer could not be read. The main failure
	// reason is empty on a pass. Booked Online from the new website, launched 1 June 2023.
	const models = [
		['Ford', 'Fiesta', 9, ['Petrol', 85], ['Diesel', 15]],
		['Ford', 'Focus', 7, ['Petrol', 60], ['Diesel', 40]],
		['Ford', 'Kuga', 3, ['Petrol', 40], ['Diesel', 45], ['Hybrid', 15]],
		['Ford', 'Transit', 3, ['Diesel', 100]],
		['Vauxhall', 'Corsa', 8, ['Petrol', 85], ['Diesel', 10], ['Electric', 5]],
		['Vauxhall', 'Astra', 5, ['Petrol', 60], ['Diesel', 40]],
		['Volkswagen', 'Golf', 6, ['Petrol', 60], ['Diesel', 35], ['Hybrid', 5]],
		['Volkswagen', 'Polo', 5, ['Petrol', 90], ['Diesel', 10]],
		['Toyota', 'Yaris', 5, ['Petrol', 50], ['Hybrid', 50]],
		['Toyota', 'Corolla', 2, ['Hybrid', 100]],
		['Toyota', 'Prius', 2, ['Hybrid', 100]],
		['Nissan', 'Qashqai', 6, ['Petrol', 55], ['Diesel', 45]],
		['Nissan', 'Micra', 3, ['Petrol', 100]],
		['Nissan', 'Leaf', 2, ['Electric', 100]],
		['BMW', '3 Series', 3, ['Petrol', 35], ['Diesel', 65]],
		['Mercedes-Benz', 'A-Class', 3, ['Petrol', 55], ['Diesel', 45]],
		['Kia', 'Sportage', 3, ['Petrol', 45], ['Diesel', 40], ['Hybrid', 15]],
		['Kia', 'Picanto', 3, ['Petrol', 100]],
		['Hyundai', 'i10', 3, ['Petrol', 100]],
		['Peugeot', '208', 3, ['Petrol', 75], ['Diesel', 25]],
		['Renault', 'Clio', 3, ['Petrol', 70], ['Diesel', 30]],
		['Skoda', 'Octavia', 3, ['Petrol', 40], ['Diesel', 60]],
		['Land Rover', 'Discovery Sport', 1, ['Diesel', 100]],
		['Tesla', 'Model 3', 1, ['Electric', 100]],
		['MINI', 'Hatch', 2, ['Petrol', 100]]
	];
	// a first registration month: most in March and September, when the plates change
	const regMonth = [[1, 5], [2, 3], [3, 19], [4, 7], [5, 7], [6, 7], [7, 7], [8, 4], [9, 16], [10, 8], [11, 8], [12, 9]];
	const LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXY';
	const usedRegs = new Set();
	const regOf = (y, mo) => {
		const age = mo >= 3 && mo <= 8 ? y % 100 : mo >= 9 ? (y % 100) + 50 : ((y - 1) % 100) + 50;
		let r;
		do r = `${pick(['Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'B', 'M', 'L', 'N', 'D'])}${pick(LETTERS.replace('Y', ''))}${pad(age)} ${pick(LETTERS)}${pick(LETTERS)}${pick(LETTERS)}`;
		while (usedRegs.has(r));
		usedRegs.add(r);
		return r;
	};
	const newCar = () => {
		const [make, model, , ...fuels] = weighted(models.map((mm) => [mm, mm[2]]));
		let fuel = weighted(fuels);
		let y = Math.round(clamp(normal(2014.5, 4.2), 2003, 2021));
		if (fuel === 'Electric') y = Math.max(y, 2014);
		if (model === 'Model 3') y = Math.max(y, 2019);
		if (fuel === 'Hybrid' && !['Prius', 'Yaris', 'Corolla'].includes(model)) y = Math.max(y, 2019);
		const mo = weighted(regMonth);
		const perYear = clamp(normal(fuel === 'Diesel' ? 10500 : 7200, 2800), 2000, 22000) * (model === 'Transit' ? 1.6 : 1);
		return { make, model, fuel, y, mo, reg: regOf(y, mo), perYear, loyal: rand() < 0.72, wear: clamp(normal(1, 0.25), 0.5, 1.8) };
	};
	const rows = [];
	const cars = [];
	for (let i = 0; i < 740; i++) cars.push(newCar());
	// the dates a car came in, year by year
	const bookings = [];
	for (const y of [2023, 2024]) {
		if (y === 2024) for (let i = 0; i < 270; i++) cars.push(newCar());
		for (const c of cars) {
			if (y - c.y < 3) continue;
			if (y === 2024 && c.seen2023 !== undefined && !c.loyal) continue;
			if (y === 2024 && c.seen2023 === undefined && rand() < 0.45) continue;
			if (y === 2023 && rand() < 0.2) continue;
			// in the month it is due, or the month before
			let mo = c.mo - (rand() < 0.22 ? 1 : 0);
			let yy = y;
			if (mo === 0) {
				mo = 12;
				yy = y - 1;
			}
			let t = day(yy, mo, int(1, 28));
			if (yy < 2023) t = day(2023, 1, int(3, 28));
			if (y === 2023) c.seen2023 = true;
			bookings.push({ c, t, y });
		}
	}
	const open = (t) => t.getUTCDay() !== 0 && !BANK_HOLIDAYS.has(isoDate(t)) && !isChristmas(t);
	const nextOpen = (t) => {
		while (!open(t)) t = addDays(t, 1);
		return t;
	};
	const tester = (t) => {
		if (t < day(2023, 7, 1)) return weighted([['Gary Holt', 55], ["Declan O'Rourke", 45]]);
		return weighted([['Gary Holt', 42], ["Declan O'Rourke", 36], ['Wendy Pike', 22]]);
	};
	const reasons = [['Lights', 26], ['Brakes', 18], ['Tyres', 16], ['Suspension', 14], ['Windscreen & Wipers', 9], ['Emissions', 6], ['Corrosion', 5], ['Steering', 4], ['Seat Belts', 2]];
	const end = day(2024, 12, 23);
	for (const b of bookings) {
		const c = b.c;
		// a day the garage is open (Saturday mornings take fewer bookings)
		let t = b.t;
		for (let k = 0; k < 20 && (!open(t) || (t.getUTCDay() === 6 && rand() < 0.45)); k++) t = addDays(t, int(-3, 3));
		t = nextOpen(t);
		if (t > end || t < day(2023, 1, 3)) continue;
		const age = b.y - c.y;
		const miles = Math.round(c.perYear * (age + (c.mo - 6) / 12 + clamp(normal(0, 0.15), -0.4, 0.4)) + int(0, 999));
		const failP = clamp(0.1 + 0.014 * (age - 3) * c.wear + (miles > 120000 ? 0.05 : 0), 0.08, 0.55);
		const fail = rand() < failP;
		let reason = null;
		if (fail) {
			do reason = weighted(reasons.map(([r, w]) => [r, r === 'Emissions' && c.fuel === 'Diesel' ? w * 2 : r === 'Corrosion' ? w * (age > 12 ? 2.5 : 0.5) : w]));
			while (reason === 'Emissions' && c.fuel === 'Electric');
		}
		const adv = fail ? weighted([[0, 40], [1, 30], [2, 20], [3, 10]]) : rand() < clamp(0.3 + 0.025 * age, 0.3, 0.75) ? weighted([[1, 45], [2, 30], [3, 15], [4, 7], [5, 3]]) : 0;
		const result = fail ? 'Fail' : adv > 0 ? 'Pass with advisories' : 'Pass';
		const online = t >= day(2023, 6, 1) && rand() < (t >= day(2024, 1, 1) ? 0.48 : 0.32);
		let retest = null;
		if (fail && rand() < 0.8) {
			retest = addDays(t, int(1, 9));
			retest = nextOpen(retest);
			if (retest > end) retest = null;
		}
		const fee = t >= day(2024, 4, 1) ? 49 : 45;
		const unread = rand() < 0.015;
		rows.push({ t, type: 'Full Test', c, miles: unread ? null : miles, result, reason, retest, fee, who: tester(t), adv, online });
		if (retest) {
			const fail2 = rand() < 0.05;
			const adv2 = fail2 ? adv : rand() < 0.3 ? Math.max(1, adv) : 0;
			rows.push({ t: retest, type: 'Retest', c, miles: unread ? null : miles + int(2, 60), result: fail2 ? 'Fail' : adv2 > 0 ? 'Pass with advisories' : 'Pass', reason: fail2 ? reason : null, retest: null, fee: 0, who: rand() < 0.7 ? rows[rows.length - 1].who : tester(retest), adv: adv2, online: false });
		}
	}
	rows.sort((a, b) => a.t - b.t || (a.type === b.type ? 0 : a.type === 'Retest' ? -1 : 1));
	writeCsv(
		OUT,
		'mot_tests.csv',
		['Test No', 'Test Date', 'test_type', 'Reg', 'Make', 'Model', 'Year of Manufacture', 'Fuel', 'Mileage', 'Result', 'failReason', 'advisories', 'Retest Date', 'Fee (£)', 'Tester', 'Booked Online'],
		rows.map((r, i) => [pad(i + 401, 6), isoDate(r.t), r.type, r.c.reg, r.c.make, r.c.model, r.c.y, r.c.fuel, r.miles, r.result, r.reason, r.adv, r.retest ? isoDate(r.retest) : null, r.fee.toFixed(2), r.who, r.online ? 'Yes' : 'No'])
	);
}
