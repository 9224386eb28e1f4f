// Deterministic generator for the set AB evaluation tables (a bicycle repair shop's job cards,
// a small theatre's box office bookings, a recycling site's weighbridge tickets). No
// dependencies. Run from the repo root: node tests/nl/data/set-ab/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260901);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);

// UK bank holidays 2022-2024 (with the Queen's funeral and the coronation)
const bankHolidays = new Set(['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27', '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
const firstNames = ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Leo', 'Freya', 'Oscar', 'Lily', 'George', 'Grace', 'Charlie', 'Evie', 'Alfie', 'Sophie', 'Theo', 'Poppy', 'Arthur', 'Ella', 'Freddie', 'Ruby', 'Archie', 'Millie', 'Henry', 'Daisy', 'Finley', 'Erin', 'James', 'Sarah', 'David', 'Helen', 'Michael', 'Claire', 'Richard', 'Karen', 'Peter', 'Susan', 'Mark', 'Julie', 'Andrew', 'Rachel', 'Paul', 'Emma', 'Simon', 'Laura', 'Gareth', 'Nicola', 'Tariq', 'Priya', 'Marek', 'Agnieszka', 'Kwame', 'Fatima', 'Rhys', 'Siobhan', 'Callum', 'Bethan'];
const surnames = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'James', 'Phillips', 'Mason', 'Mitchell', 'Rose', 'Davis', 'Rodriguez', 'Cox', 'Alexander', "O'Brien", 'Murphy', 'Kowalczyk', 'Nowak', 'Mensah', 'Ali', 'Hussain', 'Begum', 'Fletcher', 'Gibson', 'Holmes', 'Lamb', 'Marshall', 'Palmer', 'Quinn', 'Sutton', 'Tucker', 'Webb'];
const personName = () => `${pick(firstNames)} ${pick(surnames)}`;

// ------------------------------------------------------------------ cycle repairs (2022-2024)
{
	// Chainline Cycles: a small bicycle repair workshop's job cards 2022-2024, one row per job
	// booked in, as exported at closing time on 23 December 2024. Open Tuesday to Saturday,
	// closed from Christmas Eve to New Year's Day; busiest in spring and summer, and busier each year. A customer books
	// a bike in, a mechanic does the job, the customer collects and pays on collection. Labour is
	// charged by the hour (£40 in 2022, £45 in 2023, £50 in 2024) plus parts; the free first
	// service and warranty work on bikes sold by the shop are charged nothing. A few bikes were
	// never collected; the last days' bikes were still waiting to be collected at the export.
	// mechanic → [from, until, weight]
	const mechanics = {
		'Dave Kowalski': [day(2022, 1, 1), null, 5],
		'Sam Okafor': [day(2022, 1, 1), null, 4],
		'Liam Brennan': [day(2022, 1, 1), day(2023, 8, 31), 2.5],
		'Jess Whitfield': [day(2023, 4, 4), null, 4]
	};
	// code → [description, hours, parts £ [lo, hi] or null, weight, warranty possible]
	const services = {
		'01': ['Puncture repair', [0.5], [0, 12], 14, false],
		'02': ['Brake adjustment', [0.5], null, 8, true],
		'03': ['Brake pads replaced', [0.75], [15, 40], 9, false],
		'04': ['Gear adjustment', [0.5], null, 9, true],
		'05': ['Chain and cassette', [1], [45, 130], 6, false],
		'06': ['Basic service', [1], [0, 20], 12, true],
		'07': ['Full service', [2.5, 3], [20, 90], 10, false],
		'08': ['Wheel true', [0.75, 1], null, 5, false],
		'09': ['Tyre replacement', [0.5], [25, 65], 7, false],
		'10': ['E-bike diagnostics', [1, 1.5], null, 0, true],
		'11': ['Hydraulic brake bleed', [1], [8, 15], 4, true],
		'12': ['Bottom bracket', [1.25], [20, 60], 3, false],
		'13': ['New bike build', [2], null, 2, false]
	};
	const bikeWeights = (y) => [['Hybrid', 30], ['Road bike', 22], ['Mountain bike', 18], ['E-bike', y === 2022 ? 8 : y === 2023 ? 13 : 18], ['Kids bike', 8], ['Folding bike', 5], ['Cargo bike', y === 2022 ? 1.5 : 3], ['BMX', 2]];
	const rateFor = (y) => (y === 2022 ? 40 : y === 2023 ? 45 : 50);
	const exported = day(2024, 12, 24);
	const customers = [];
	const used = new Set();
	const newCustomer = (y) => {
		let nm;
		do nm = personName();
		while (used.has(nm));
		used.add(nm);
		const c = { name: nm, bike: weighted(bikeWeights(y)), weight: weighted([[1, 6], [2, 2], [6, 1]]), boughtHere: rand() < 0.12 };
		customers.push(c);
		return c;
	};
	const rows = [];
	for (let t = day(2022, 1, 4); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		if (dow === 0 || dow === 1) continue;
		if ((m === 12 && t.getUTCDate() >= 24) || (m === 1 && t.getUTCDate() === 1)) continue;
		if (bankHolidays.has(isoDate(t))) continue;
		const season = [0.6, 0.6, 0.9, 1.3, 1.5, 1.5, 1.4, 1.1, 1.1, 0.9, 0.7, 0.6][m - 1];
		const n = poisson(1.55 * season * (y === 2022 ? 1 : y === 2023 ? 1.1 : 1.2) * (dow === 6 ? 1.3 : 1));
		for (let k = 0; k < n; k++) {
			const cust = customers.length > 20 && rand() < 0.32 ? customers[weighted(customers.map((c, i) => [i, c.weight]))] : newCustomer(y);
			const bike = rand() < 0.1 ? weighted(bikeWeights(y)) : cust.bike;
			const code = weighted(Object.entries(services).map(([c, s]) => [c, bike === 'E-bike' && c === '10' ? 25 : bike === 'Kids bike' && ['05', '07', '11', '12', '13'].includes(c) ? s[3] * 0.1 : bike === 'BMX' && ['06', '07', '11'].includes(c) ? 0 : s[3]]));
			const [desc, hoursList, parts, , canWarranty] = services[code];
			const warranty = canWarranty && cust.boughtHere && rand() < 0.55;
			const hours = pick(hoursList) + (bike === 'E-bike' || bike === 'Cargo bike' ? weighted([[0, 3], [0.25, 1]]) : 0);
			const onDuty = Object.entries(mechanics).filter(([, [f, u]]) => f <= t && (!u || u >= t)).map(([nm, [, , w]]) => [nm, w * (nm === 'Liam Brennan' && dow !== 6 ? 0.3 : 1)]);
			const mechanic = weighted(onDuty);
			const partsCost = warranty || !parts ? 0 : round2(int(parts[0], parts[1]) + pick([0, 0.5, 0.99, 0.49]));
			const total = warranty ? 0 : round2(hours * rateFor(y) + partsCost);
			const turnaround = (hours >= 2 ? int(2, 6) : int(0, 3)) + (season >= 1.3 ? int(0, 3) : 0);
			let collected = addDays(t, turnaround + weighted([[0, 5], [1, 3], [2, 2], [int(3, 12), 1]]));
			while (collected.getUTCDay() === 0 || collected.getUTCDay() === 1) collected = addDays(collected, 1);
			if (collected >= exported || rand() < 0.006) collected = null;
			const payment = collected && !warranty ? weighted([['Card', 74], ['Cash', 16], ['Bank transfer', 6], ['Cycle to Work voucher', 4]]) : null;
			rows.push({ t, collected, customer: cust.name, bike, code, desc, mechanic, hours, partsCost, total, warranty, payment });
		}
	}
	writeCsv(
		OUT,
		'cycle_repairs.csv',
		['Job No', 'Booked In', 'collectedOn', 'Customer', 'bike_type', 'Service Code', 'Service', 'Mechanic', 'Labour (hrs)', 'Parts (£)', 'Total (£)', 'Warranty', 'payment_method'],
		rows.map((r, i) => [10001 + i, isoDate(r.t), r.collected ? isoDate(r.collected) : null, r.customer, r.bike, r.code, r.desc, r.mechanic, r.hours, r.partsCost.toFixed(2), r.total.toFixed(2), r.warranty ? 'Yes' : 'No', r.payment])
	);
}

// ------------------------------------------------------------------ theatre tickets (2023-2024)
{
	// The Maltings Theatre: a 90-seat small-town theatre's box office bookings for its
	// performances of 2023-2024, one row per booking (several tickets, all at one price), as
	// exported on 2 January 2025. Touring drama and comedy, a spring musical, children's shows,
	// one-night music and stand-up nights, and a Christmas pantomime. Price codes: 01 full price,
	// 02 concession (over 60s, students: £3 off), 03 under 16 (half price), 04 group (ten or more,
	// £2 off), 05 complimentary (free). Friends of the Maltings book early. The evening of
	// Swan Lake on 2 March 2024 was cancelled (a storm) and every booking refunded; a few other
	// bookings were refunded one by one. Walk-up sales at the box office often leave no name.
	const perfs = [];
	const add = (show, genre, price, pop, dates) => {
		for (const [d, perf] of dates) perfs.push({ show, genre, price, pop, date: d, perf });
	};
	/** Evenings from `first` for `n` days (only the weekdays in `days`), with Saturday matinees. */
	const run = (first, n, days = [2, 3, 4, 5, 6], matinees = [6]) => {
		const out = [];
		for (let i = 0; i < n; i++) {
			const d = addDays(first, i);
			const w = d.getUTCDay();
			if (matinees.includes(w)) out.push([d, 'Matinee']);
			if (days.includes(w)) out.push([d, 'Evening']);
		}
		return out;
	};
	const lastFriday = (y, m) => {
		let d = addDays(day(y, m + 1, 1), -1);
		while (d.getUTCDay() !== 5) d = addDays(d, -1);
		return d;
	};
	const secondSaturday = (y, m) => {
		let d = day(y, m, 1);
		while (d.getUTCDay() !== 6) d = addDays(d, 1);
		return addDays(d, 7);
	};
	for (const y of [2023, 2024]) {
		add('Comedy Club Night', 'Comedy', 14, 0.75, [1, 3, 5, 7, 9, 11].map((m) => [lastFriday(y, m), 'Evening']));
		add('Folk at the Maltings', 'Music', 15, 0.45, [4, 6, 10].map((m) => [secondSaturday(y, m), 'Evening']));
		add('Abba Tribute Night', 'Music', 22, 0.95, [[y === 2023 ? day(2023, 8, 19) : day(2024, 8, 17), 'Evening']]);
	}
	add('Blithe Spirit', 'Comedy', 16, 0.6, run(day(2023, 2, 2), 3, [4, 5, 6]));
	add('The Woman in Black', 'Drama', 20, 0.8, run(day(2023, 3, 14), 5));
	add('Little Shop of Horrors', 'Musical', 18, 0.7, run(day(2023, 5, 10), 11, [3, 4, 5, 6]));
	add('The Gruffalo', 'Family', 12, 0.85, [[day(2023, 6, 3), 'Matinee'], [day(2023, 6, 4), 'Matinee']]);
	add('An Inspector Calls', 'Drama', 18, 0.55, run(day(2023, 9, 20), 4));
	add('Giselle', 'Dance', 20, 0.5, [[day(2023, 10, 19), 'Evening']]);
	add('Aladdin', 'Pantomime', 17, 0.9, [...run(day(2023, 12, 8), 16, [5, 6], [6, 0]), ...run(day(2023, 12, 27), 11, [3, 4, 5, 6], [3, 4, 5, 6, 0])]);
	add("Abigail's Party", 'Comedy', 17, 0.65, run(day(2024, 2, 7), 4));
	add('Swan Lake', 'Dance', 22, 0.7, run(day(2024, 3, 2), 1));
	add('Macbeth', 'Drama', 18, 0.5, run(day(2024, 4, 17), 4));
	add('Guys and Dolls', 'Musical', 20, 0.75, run(day(2024, 5, 15), 11, [3, 4, 5, 6]));
	add('Room on the Broom', 'Family', 12, 0.85, [[day(2024, 6, 1), 'Matinee'], [day(2024, 6, 2), 'Matinee']]);
	add('Educating Rita', 'Drama', 18, 0.6, run(day(2024, 9, 25), 4));
	add('The 39 Steps', 'Comedy', 18, 0.7, run(day(2024, 10, 16), 4));
	add('Cinderella', 'Pantomime', 18, 0.9, run(day(2024, 12, 6), 21, [5, 6], [6, 0]).concat(run(day(2024, 12, 27), 5, [5, 6], [3, 4, 5, 6, 0])));
	perfs.sort((a, b) => a.date - b.date || (a.perf === 'Matinee' ? -1 : 1));
	const cancelled = (p) => p.show === 'Swan Lake' && p.perf === 'Evening';
	const patrons = [];
	const used = new Set();
	const newPatron = () => {
		let nm;
		do nm = personName();
		while (used.has(nm));
		used.add(nm);
		const p = { name: nm, friend: rand() < 0.12, weight: weighted([[1, 6], [3, 2], [8, 1]]) };
		patrons.push(p);
		return p;
	};
	const rows = [];
	for (const p of perfs) {
		const family = p.genre === 'Family' || p.genre === 'Pantomime';
		let sold = 0;
		const demand = 90 * clamp(p.pop * (0.5 + rand() * 0.3) * (p.perf === 'Matinee' && !family ? 0.8 : 1), 0.15, 1);
		while (sold < demand) {
			let tickets = family ? weighted([[1, 3], [2, 12], [3, 14], [4, 18], [5, 8], [6, 4]]) : weighted([[1, 16], [2, 48], [3, 8], [4, 12], [5, 3], [6, 3]]);
			if (rand() < 0.015) tickets = int(10, 18);
			if (sold + tickets > 90) break;
			sold += tickets;
			const lead = clamp(Math.round(Math.exp(normal(family ? 3.4 : 2.7, 1.1))), 0, family ? 160 : 100);
			const bookDay = addDays(p.date, -lead);
			const channel = lead === 0 ? weighted([['Box Office', 7], ['Online', 3]]) : weighted([['Online', 62], ['Box Office', 20], ['Phone', 18]]);
			const hour = channel === 'Online' ? int(7, 23) : lead === 0 && p.perf === 'Evening' ? int(18, 19) : lead === 0 ? int(12, 13) : int(10, 16);
			const bookedAt = atTime(bookDay, hour, int(0, 59), int(0, 59));
			const walkUp = channel === 'Box Office' && rand() < 0.45;
			const patron = walkUp ? null : patrons.length > 30 && rand() < 0.35 ? patrons[weighted(patrons.map((x, i) => [i, x.weight * (x.friend ? 2 : 1)]))] : newPatron();
			const code = tickets >= 10 ? '04' : rand() < 0.02 ? '05' : weighted([['01', 58], ['02', 27], ['03', family ? 28 : 2]]);
			const unit = { '01': p.price, '02': p.price - 3, '03': Math.ceil(p.price / 2), '04': p.price - 2, '05': 0 }[code];
			let refunded = null;
			if (cancelled(p)) refunded = addDays(p.date, int(2, 3));
			else if (rand() < 0.006 && lead >= 3) refunded = addDays(bookDay, int(1, Math.max(1, lead - 1)));
			rows.push({ bookedAt, show: p.show, date: p.date, perf: p.perf, genre: p.genre, tickets, code, total: tickets * unit, channel, name: patron ? patron.name : null, friend: patron ? patron.friend : false, refunded });
		}
	}
	rows.sort((a, b) => a.bookedAt - b.bookedAt);
	const seq = {};
	writeCsv(
		OUT,
		'theatre_tickets.csv',
		['Booking Ref', 'booked_at', 'Show', 'Performance Date', 'Performance', 'Genre', 'Tickets', 'Price Code', 'Total (£)', 'Channel', 'Customer Name', 'isFriend', 'Refunded On'],
		rows.map((r) => {
			const yy = r.bookedAt.getUTCFullYear() % 100;
			seq[yy] = (seq[yy] ?? 0) + 1;
			return [`MT${yy}-${pad(seq[yy], 4)}`, isoStamp(r.bookedAt), r.show, isoDate(r.date), r.perf, r.genre, r.tickets, r.code, r.total.toFixed(2), r.channel, r.name, r.friend ? 'true' : 'false', r.refunded ? isoDate(r.refunded) : null];
		})
	);
}

// ------------------------------------------------------------------ weighbridge tickets (2023-2024)
{
	// Hollins Lane Recycling: a waste transfer and recycling site's weighbridge tickets
	// 2023-2024, one row per load weighed in and tipped. Open Monday to Friday 07:00-17:00 and
	// Saturday mornings, closed on bank holidays and between Christmas and New Year. Each load is
	// weighed loaded (gross) and empty (tare); net is the waste tipped, charged at the gate fee
	// per tonne of its waste type (European Waste Catalogue code), which goes up each April;
	// scrap metal and electricals are taken free (fridges and freezers, hazardous for the
	// gases in them, carry the asterisk of a hazardous waste code). Account customers are invoiced monthly; the
	// public and small firms pay at the gate (no haulier recorded for members of the public).
	// Weighbridge weights are in 20 kg steps.
	// code → [material, gate fee to 31 March 2023, from 1 April 2023, from 1 April 2024]
	const materials = {
		'17 01 07': ['Rubble', 22, 24, 26],
		'17 09 04': ['Mixed construction waste', 115, 122, 130],
		'17 08 02': ['Plasterboard', 90, 95, 102],
		'20 02 01': ['Green waste', 36, 38, 40],
		'20 01 38': ['Wood', 60, 64, 68],
		'20 01 40': ['Scrap metal', 0, 0, 0],
		'20 01 01': ['Paper and cardboard', 28, 30, 30],
		'20 03 07': ['Bulky waste', 135, 142, 150],
		'20 03 01': ['Mixed general waste', 120, 126, 134],
		'16 01 03': ['Tyres', 170, 180, 190],
		'20 01 36': ['Electricals', 0, 0, 0],
		'20 01 23*': ['Fridges and freezers', 0, 0, 0]
	};
	// vehicle type → [tare kg, payload kg [lo, hi]]
	const vehicles = {
		'Skip lorry': [8600, [1400, 6500]],
		Hookloader: [12400, [3000, 9500]],
		Tipper: [7800, [2000, 9000]],
		'Caged tipper': [3000, [400, 1300]],
		Van: [2100, [250, 950]],
		'Car and trailer': [1850, [120, 600]],
		'Refuse truck': [11800, [1800, 6000]]
	};
	const regLetters = 'ABCDEFGHJKLMNOPRSTUVWXY';
	const reg = () => `${pick(['AB', 'AF', 'BT', 'CK', 'DN', 'EY', 'FJ', 'GX', 'HN', 'KP', 'LR', 'MW', 'NV', 'OE', 'PK', 'RJ', 'SF', 'VU', 'WD', 'YG'])}${pick(['15', '65', '17', '67', '18', '68', '19', '69', '20', '70', '21', '71', '22', '72', '23'])} ${pick(regLetters.split(''))}${pick(regLetters.split(''))}${pick(regLetters.split(''))}`;
	// customer → [account, weight, [[vehicle type, count]], drivers, [[code, weight]], from, until]
	const hauliers = {
		'Greenway Skip Hire': [true, 22, [['Skip lorry', 2], ['Hookloader', 1]], ['Gary Pike', 'Mick Dunn', 'Lee Hart'], [['17 09 04', 40], ['17 01 07', 20], ['20 01 38', 10], ['17 08 02', 8], ['20 03 07', 6], ['20 02 01', 5], ['20 01 40', 5]]],
		'Kwik Skips Ltd': [true, 14, [['Skip lorry', 2]], ['Paul Rees', 'Craig Mellor'], [['17 09 04', 45], ['17 01 07', 25], ['20 01 38', 8], ['17 08 02', 10], ['20 03 07', 5]], day(2023, 1, 1), day(2024, 6, 30)],
		'Barton Builders': [true, 8, [['Tipper', 1]], ['Steve Barton'], [['17 01 07', 50], ['17 09 04', 20], ['17 08 02', 10], ['20 01 38', 10]]],
		'Fenland Landscapes': [true, 10, [['Tipper', 1], ['Caged tipper', 1]], ['Wayne Cole', 'Jamie Fenn'], [['20 02 01', 80], ['17 01 07', 15], ['20 01 38', 5]]],
		'A1 House Clearances': [true, 10, [['Van', 2]], ['Tony Fisher', 'Dean Marsh'], [['20 03 07', 50], ['20 03 01', 20], ['20 01 38', 10], ['20 01 40', 10], ['20 01 36', 10], ['20 01 23*', 6]]],
		'Northfield Parish Council': [true, 4, [['Caged tipper', 1]], ['Ray Holt'], [['20 02 01', 60], ['20 03 01', 40]]],
		'Brightside Retail Park': [true, 8, [['Refuse truck', 1]], ['Karen Lowe', 'Ian Pratt'], [['20 01 01', 70], ['20 03 01', 30]]],
		'Quick Tyre Centre': [true, 3, [['Van', 1]], ['Marek Nowak'], [['16 01 03', 100]]],
		'Oakley Skips': [true, 9, [['Skip lorry', 1], ['Hookloader', 1]], ['Jordan Reeve', 'Shane Kirby'], [['17 09 04', 45], ['17 01 07', 25], ['20 01 38', 10], ['17 08 02', 10], ['20 03 07', 10]], day(2024, 5, 1), null],
		'P & J Roofing': [false, 3, [['Van', 1]], ['Phil Jarvis'], [['17 09 04', 50], ['20 01 38', 30], ['17 08 02', 20]]],
		"Dan's Removals": [false, 2, [['Van', 1]], ['Dan Whitlock'], [['20 03 07', 80], ['20 01 36', 20], ['20 01 23*', 10]]]
	};
	const fleets = Object.fromEntries(Object.entries(hauliers).map(([nm, h]) => [nm, h[2].flatMap(([type, count]) => Array.from({ length: count }, () => ({ type, reg: reg(), tare: vehicles[type][0] + int(-6, 6) * 20 })))]));
	const publicCodes = [['20 02 01', 30], ['20 01 38', 15], ['20 03 07', 15], ['17 01 07', 12], ['20 03 01', 12], ['20 01 40', 8], ['17 08 02', 5], ['20 01 36', 3], ['20 01 23*', 2]];
	const rows = [];
	for (let t = day(2023, 1, 3); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		if (dow === 0 || bankHolidays.has(isoDate(t))) continue;
		if (m === 12 && t.getUTCDate() >= 24) continue;
		const greenSeason = [0.3, 0.3, 0.8, 1.4, 1.6, 1.5, 1.3, 1.2, 1.3, 1.2, 0.9, 0.4][m - 1];
		const n = poisson(dow === 6 ? 2.1 : 3.6);
		for (let k = 0; k < n; k++) {
			const isPublic = rand() < (dow === 6 ? 0.5 : 0.2);
			let haulier = null;
			let vehicle;
			let driver;
			let code;
			if (isPublic) {
				vehicle = weighted([['Van', 5], ['Car and trailer', 4]]);
				vehicle = { type: vehicle, reg: reg(), tare: vehicles[vehicle][0] + int(-10, 10) * 20 };
				driver = personName();
				code = weighted(publicCodes.map(([c, w]) => [c, c === '20 02 01' ? w * greenSeason : w]));
			} else {
				haulier = weighted(Object.entries(hauliers).filter(([, h]) => (!h[5] || h[5] <= t) && (!h[6] || h[6] >= t)).map(([nm, h]) => [nm, h[1] * (nm === 'Fenland Landscapes' ? greenSeason : 1)]));
				const h = hauliers[haulier];
				vehicle = pick(fleets[haulier]);
				driver = pick(h[3]);
				code = weighted(h[4].map(([c, w]) => [c, c === '20 02 01' ? w * greenSeason : w]));
			}
			const [lo, hi] = vehicles[vehicle.type][1];
			const heavy = code === '17 01 07' ? 1.4 : code === '20 02 01' || code === '20 01 01' || code === '20 03 07' ? 0.6 : 1;
			const net = Math.round(clamp((lo + rand() * (hi - lo)) * heavy, lo * 0.5, hi * 1.15) / 20) * 20;
			const tare = vehicle.tare + int(-2, 2) * 20;
			const [material, r0, r1, r2] = materials[code];
			const rate = t < day(2023, 4, 1) ? r0 : t < day(2024, 4, 1) ? r1 : r2;
			const start = dow === 6 ? 7.5 * 60 : 7 * 60;
			const end = dow === 6 ? 12 * 60 : 17 * 60;
			const minute = int(start, end - 5);
			rows.push({ at: atTime(t, Math.floor(minute / 60), minute % 60, int(0, 59)), haulier, vehicle, driver: rand() < 0.025 ? null : driver, code, material, gross: tare + net, tare, net, rate, charge: round2((net / 1000) * rate), account: haulier ? hauliers[haulier][0] : false });
		}
	}
	rows.sort((a, b) => a.at - b.at);
	writeCsv(
		OUT,
		'weighbridge_tickets.csv',
		['Ticket No', 'weighed_in', 'Vehicle Reg', 'vehicle_type', 'Haulier', 'Driver', 'EWC Code', 'Material', 'Gross (kg)', 'Tare (kg)', 'Net (kg)', 'Rate (£/t)', 'Charge (£)', 'onAccount'],
		rows.map((r, i) => [50001 + i, isoStamp(r.at), r.vehicle.reg, r.vehicle.type, r.haulier, r.driver, r.code, r.material, r.gross, r.tare, r.net, r.rate.toFixed(2), r.charge.toFixed(2), r.account ? 'Yes' : 'No'])
	);
}
