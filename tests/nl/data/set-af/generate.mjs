// Deterministic generator for the set AF evaluation tables (a piano tuner's visit log, a household
// recycling centre's gate log, a village cricket club's batting record). No dependencies. Run
// from the repo root: node tests/nl/data/set-af/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20261207);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);

const bankHolidays = new Set(['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27', '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
// ------------------------------------------------------------------ piano tuning visits (2022-2024)
{
	// Tom Kettering, a self-employed piano tuner working from Kingsford: his visit log for 2022 to
	// 2024, one row per piano booked for a visit (a school's visit to three pianos is three rows
	// of the same date and client). Works Monday to Friday, now and then a Saturday; off two weeks
	// in August and from 22 December to New Year. Homes are busiest in the autumn (before
	// Christmas) and quiet in summer; schools are done in the school holidays, churches before
	// Easter and before Christmas. Prices go up each January; from 1 September 2023 a £10 travel
	// surcharge on visits to towns over 20 miles away; from 1 March 2024 a £30 fee for a late
	// cancellation (before that, a cancelled visit was charged nothing and has no fee). The
	// mileage and travel time of a trip are logged on its first piano (0 on the others); a
	// cancelled visit has no mileage or travel time.
	// town → miles from home (one way), minutes (one way)
	const towns = {
		Kingsford: [2, 8],
		'Little Haddon': [6, 14],
		'Oakley Green': [9, 18],
		'Marston St Giles': [12, 22],
		"Bishop's Hollow": [14, 25],
		Elmbridge: [16, 26],
		'Castle Ferrers': [19, 32],
		'Brampton Magna': [23, 38],
		'Wickham Down': [28, 44]
	};
	const townWeights = [['Kingsford', 22], ['Little Haddon', 12], ['Oakley Green', 10], ['Marston St Giles', 9], ["Bishop's Hollow", 7], ['Elmbridge', 12], ['Castle Ferrers', 7], ['Brampton Magna', 5], ['Wickham Down', 4]];
	const makes = [['Yamaha', 16], ['Kawai', 9], ['Chappell', 7], ['Kemble', 10], ['Challen', 6], ['Broadwood', 6], ['Bechstein', 4], ['Steinway', 3], ['Danemann', 4], ['Knight', 5], ['Welmar', 5], ['Petrof', 3], ['Zender', 3]];
	const tuningFee = { 2022: 70, 2023: 75, 2024: 80 };
	const grandExtra = 15;
	const pitchRaiseFee = 30;
	const inspectionFee = { 2022: 50, 2023: 55, 2024: 60 };
	const clientName = uniqueNamer(pick);
	let clientSeq = 0;
	const clients = [];
	const newPiano = (kind) => {
		const make = weighted(makes);
		const grandShare = make === 'Steinway' || make === 'Bechstein' ? 0.6 : make === 'Yamaha' || make === 'Kawai' ? 0.15 : 0.05;
		const type = kind === 'Church' ? (rand() < 0.3 ? 'Grand' : 'Upright') : rand() < grandShare ? (rand() < 0.5 ? 'Baby Grand' : 'Grand') : 'Upright';
		return { make, type };
	};
	const newClient = (kind, name, town, pianos, every, known) => {
		clientSeq++;
		const c = { no: pad(clientSeq, 4), name, kind, town, pianos, every, last: known, visits: 0 };
		clients.push(c);
		return c;
	};
	const institutions = [
		['School', 'Kingsford Primary School', 'Kingsford', 3],
		['School', "St Anne's C of E Primary", 'Little Haddon', 2],
		['School', 'Elmbridge Academy', 'Elmbridge', 4],
		['School', 'Oakley Green Infants', 'Oakley Green', 1],
		['School', 'Castle Ferrers High School', 'Castle Ferrers', 3],
		['School', 'Brampton Magna Primary', 'Brampton Magna', 2],
		['Church', "St Mary's Church", 'Kingsford', 1],
		['Church', 'Holy Trinity Church', 'Elmbridge', 2],
		['Church', "St Peter's Church", 'Marston St Giles', 1],
		['Church', 'Kingsford Methodist Church', 'Kingsford', 1],
		['Church', "St Giles' Church", 'Marston St Giles', 1],
		['Church', 'Wickham Down Chapel', 'Wickham Down', 1],
		['Village Hall', 'Little Haddon Village Hall', 'Little Haddon', 1],
		['Village Hall', "Bishop's Hollow Memorial Hall", "Bishop's Hollow", 1],
		['Village Hall', 'Oakley Green Community Centre', 'Oakley Green', 1]
	];
	for (const [kind, name, town, n] of institutions) {
		const pianos = Array.from({ length: n }, () => newPiano(kind));
		newClient(kind, name, town, pianos, null, day(2021, int(6, 11), 1));
	}
	// homes already on the books in 2022: last tuned some months before
	const newHome = (at, known) => newClient('Home', clientName(), weighted(townWeights), [newPiano('Home')], weighted([[6, 2], [12, 6], [18, 2], [24, 1]]), known);
	for (let i = 0; i < 260; i++) {
		const c = newHome(null, null);
		c.last = addDays(day(2022, 1, 1), -int(30, c.every * 30));
	}
	const schoolWeeks = (t) => {
		const s = isoDate(t).slice(5);
		return (s >= '02-14' && s <= '02-18') || (s >= '04-04' && s <= '04-14') || (s >= '07-25' && s <= '08-05') || (s >= '10-24' && s <= '10-28');
	};
	const churchWeeks = (t) => {
		const s = isoDate(t).slice(5);
		return (s >= '03-01' && s <= '03-25') || (s >= '11-10' && s <= '12-15');
	};
	const homeSeason = [0.75, 0.8, 0.9, 0.85, 0.8, 0.7, 0.6, 0.45, 0.95, 1.1, 1.2, 1.05];
	const rows = [];
	const monthsBetween = (a, b) => Math.round((b - a) / (30.44 * 86400000));
	const book = (t, c, piano, tripFirst, cancelled) => {
		const y = t.getUTCFullYear();
		const known = c.last !== null;
		const months = known ? monthsBetween(c.last, t) : rand() < 0.55 ? int(18, 120) : null;
		const firstVisit = c.visits === 0;
		let job;
		if (c.kind === 'Home' && firstVisit && rand() < 0.08) job = 'Inspection';
		else job = weighted([['Tuning', c.kind === 'School' ? 62 : 80], ['Tuning & Repair', c.kind === 'School' ? 30 : 14], ['Repair', 6]]);
		const pitch = !cancelled && job !== 'Inspection' && job !== 'Repair' && (months === null ? rand() < 0.35 : months >= 24 ? rand() < 0.75 : months >= 15 ? rand() < 0.2 : false);
		const [miles, mins] = towns[c.town];
		let fee = null;
		let minutes = null;
		if (!cancelled) {
			const tune = tuningFee[y] + (piano.type === 'Upright' ? 0 : grandExtra);
			if (job === 'Tuning') fee = tune;
			else if (job === 'Tuning & Repair') fee = tune + int(2, 24) * 5;
			else if (job === 'Repair') fee = int(8, 36) * 5;
			else fee = inspectionFee[y];
			if (pitch) fee += pitchRaiseFee;
			if (tripFirst && miles > 20 && t >= day(2023, 9, 1)) fee += 10;
			minutes = job === 'Inspection' ? 45 : job === 'Repair' ? int(4, 12) * 10 : (piano.type === 'Upright' ? 70 : 90) + (job === 'Tuning & Repair' ? int(2, 6) * 10 : 0) + (pitch ? 40 : 0) + int(-1, 2) * 5;
		} else if (t >= day(2024, 3, 1)) fee = 30;
		const trip = !cancelled && tripFirst;
		const payment = fee === null ? null : c.kind !== 'Home' ? 'Invoice' : t >= day(2023, 6, 1) ? weighted([['Bank Transfer', 55], ['Card', 25], ['Cash', 15], ['Cheque', 5]]) : weighted([['Bank Transfer', 60], ['Cash', 28], ['Cheque', 12]]);
		rows.push({ t, c, piano, job, pitch, fee, minutes, miles: trip ? round1(2 * miles * clamp(normal(1, 0.04), 0.92, 1.1)) : cancelled ? null : 0, travel: trip ? Math.round((2 * mins * clamp(normal(1, 0.12), 0.8, 1.5)) / 5) * 5 : cancelled ? null : 0, cancelled, months: firstVisit ? months : monthsBetween(c.last, t), payment });
	};
	for (let t = day(2022, 1, 4); t <= day(2024, 12, 20); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const dd = t.getUTCDate();
		if (dow === 0 || bankHolidays.has(isoDate(t))) continue;
		if (dow === 6 && rand() > 0.12) continue;
		if (m === 8 && dd >= 12 && dd <= 26) continue;
		if (m === 12 && dd >= 22) continue;
		let slots = dow === 6 ? 2 : 4;
		// schools and churches first, in their weeks
		for (const c of clients) {
			if (c.kind === 'Home' || slots <= 0) continue;
			const inWeeks = c.kind === 'School' ? schoolWeeks(t) : c.kind === 'Church' ? churchWeeks(t) : m === 10 || m === 3;
			const gap = c.kind === 'Village Hall' ? 300 : 120;
			if (!inWeeks || (c.last && (t - c.last) / 86400000 < gap) || rand() > 0.45) continue;
			c.pianos.forEach((p, i) => book(t, c, p, i === 0, false));
			c.last = t;
			c.visits++;
			slots -= c.pianos.length;
		}
		// homes: regulars who are due, and new clients
		const n = Math.min(slots, poisson(2.55 * homeSeason[m - 1] * (dow === 6 ? 0.6 : 1)));
		for (let k = 0; k < n; k++) {
			const due = clients.filter((c) => c.kind === 'Home' && c.last && (t - c.last) / 86400000 >= c.every * 30 * 0.9 && c.lastBooked !== isoDate(t) && !c.gone);
			let c;
			if (due.length > 0 && rand() < 0.8) c = pick(due);
			else c = newHome(t, rand() < 0.55 ? true : null);
			if (c.last === true) c.last = addDays(t, -int(10, 60) * 30);
			c.lastBooked = isoDate(t);
			const cancelled = rand() < 0.055;
			book(t, c, c.pianos[0], true, cancelled);
			if (!cancelled) {
				c.last = t;
				c.visits++;
				// some clients move away or give up the piano
				if (rand() < 0.04) c.gone = true;
			}
		}
	}
	writeCsv(
		OUT,
		'piano_tuning_visits.csv',
		['job_no', 'Visit Date', 'Client No', 'Client', 'clientType', 'Town', 'Make', 'Piano Type', 'Job Type', 'Pitch Raise', 'Fee (£)', 'workMins', 'Mileage (miles)', 'travel_mins', 'Cancelled', 'Months Since Last Tuning', 'paymentMethod'],
		rows.map((r, i) => [4001 + i, isoDate(r.t), r.c.no, r.c.name, r.c.kind, r.c.town, r.piano.make, r.piano.type, r.job, r.pitch ? 'Yes' : 'No', r.fee === null ? null : r.fee.toFixed(2), r.minutes, r.miles === null ? null : r.miles.toFixed(1), r.travel, r.cancelled ? 'Yes' : 'No', r.months, r.payment])
	);
}

// ------------------------------------------------------------------ recycling centre visits (2024)
{
	// Nether Brook Household Recycling Centre (a small rural site run for the county council):
	// its gate log for 2024, one row per vehicle arriving. Open Wednesday, Saturday and Sunday,
	// 9:00 to 16:00 (15:00 from November to February), closed 25 and 26 December. Vans, pickups
	// and cars with trailers need a van permit (a number with its leading zeros) and a booked
	// slot; cars need neither. Busiest in spring and summer (garden waste) and after Christmas
	// (cardboard). From 1 June 2024 DIY waste is charged: £4 a bag of rubble, £6 a sheet or bag
	// of plasterboard; the charge is empty where nothing was charged (every visit before then).
	// Vehicles turned away tip nothing, so they have no weight and no charge.
	const districts = [['SY7', 30], ['SY9', 18], ['LD7', 16], ['HR6', 9], ['SY8', 8], ['LD8', 6]];
	const outside = [['SY1', 2], ['WR15', 2], ['LD1', 1], ['TF9', 1]];
	const staff = ['Dave Pryce', 'Mo Rahman', "Gwen O'Hara"];
	const seasonOf = (m) => [0.85, 0.6, 0.8, 1.1, 1.25, 1.15, 1.1, 1.0, 0.95, 1.0, 0.85, 0.7][m - 1];
	const garden = (m) => [3, 3, 14, 26, 30, 28, 24, 20, 18, 22, 16, 6][m - 1];
	const permits = [];
	for (let i = 0; i < 140; i++) permits.push(pad(int(1, 2400), 5));
	const rows = [];
	for (let t = day(2024, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const s = isoDate(t);
		if (![0, 3, 6].includes(dow) || s === '2024-12-25' || s === '2024-12-26') continue;
		const winter = m <= 2 || m >= 11;
		const close = winter ? 15 : 16;
		const bankWeekend = ['2024-03-30', '2024-03-31', '2024-05-04', '2024-05-05', '2024-05-25', '2024-05-26', '2024-08-24', '2024-08-25'].includes(s);
		const afterXmas = s >= '2024-12-27' || s <= '2024-01-07';
		const mean = (dow === 3 ? 6 : dow === 6 ? 14.5 : 12) * seasonOf(m) * (bankWeekend ? 1.5 : 1) * (afterXmas ? 1.6 : 1);
		const n = poisson(mean);
		// a container full on a busy day: garden waste on a bank holiday weekend
		const fullFrom = bankWeekend ? int(11, 14) : null;
		for (let k = 0; k < n; k++) {
			const at = atTime(t, int(9, close - 1), int(0, 11) * 5);
			const vehicle = weighted([['Car', 70], ['Car + Trailer', 12], ['Van', 13], ['Pickup', 5]]);
			const needsPermit = vehicle !== 'Car';
			const resident = rand() > 0.045;
			const district = resident ? weighted(districts) : weighted(outside);
			const chargeOn = t >= day(2024, 6, 1);
			const material = weighted([
				['Garden Waste', garden(m)],
				['General Waste', 18],
				['Cardboard', afterXmas ? 40 : 8],
				['Wood', 8],
				['Metal', 6],
				['Electricals', 6],
				['Furniture', 5],
				['Glass', 4],
				['Rubble', chargeOn ? 3 : 8],
				['Plasterboard', chargeOn ? 1.5 : 3.5]
			]);
			const permit = needsPermit ? (rand() < 0.92 ? pick(permits) : null) : null;
			const booked = needsPermit ? rand() < 0.9 : rand() < 0.03;
			let reason = null;
			if (!resident) reason = 'Out of area';
			else if (needsPermit && !permit) reason = 'No permit';
			else if (needsPermit && !booked) reason = rand() < 0.6 ? 'No booking' : null;
			else if (vehicle === 'Van' && rand() < 0.05) reason = 'Trade waste';
			else if (fullFrom && material === 'Garden Waste' && at.getUTCHours() >= fullFrom) reason = 'Container full';
			const items = ['Rubble', 'Plasterboard'].includes(material) ? clamp(Math.round(Math.abs(normal(vehicle === 'Car' ? 4 : 8, 3))), 1, 20) : material === 'Furniture' || material === 'Electricals' ? int(1, 4) : null;
			const baseKg = { 'Garden Waste': 45, 'General Waste': 35, Cardboard: 12, Wood: 60, Metal: 40, Electricals: 25, Furniture: 55, Glass: 10, Rubble: 22, Plasterboard: 18 }[material];
			const carry = vehicle === 'Car' ? 1 : vehicle === 'Car + Trailer' ? 2.6 : vehicle === 'Pickup' ? 2.8 : 3.4;
			let kg = items !== null && (material === 'Rubble' || material === 'Plasterboard') ? items * baseKg * clamp(normal(1, 0.15), 0.6, 1.5) : baseKg * carry * clamp(normal(1, 0.35), 0.25, 2.2) * (items ?? 1) ** 0.6;
			kg = reason ? null : Math.max(2, Math.round(kg / 5) * 5);
			const charge = !reason && chargeOn && (material === 'Rubble' || material === 'Plasterboard') ? items * (material === 'Rubble' ? 4 : 6) : null;
			const gate = dow === 3 ? pick(['Dave Pryce', 'Mo Rahman']) : dow === 6 ? (rand() < 0.7 ? staff[0] : staff[2]) : rand() < 0.6 ? staff[2] : staff[1];
			rows.push({ at, vehicle, permit, booked, material, kg, items, district, reason, charge, gate });
		}
	}
	rows.sort((a, b) => a.at - b.at);
	writeCsv(
		OUT,
		'recycling_centre_visits.csv',
		['visit_no', 'Arrived', 'vehicleType', 'Van Permit', 'Booked', 'Main Material', 'Weight (kg)', 'itemCount', 'Postcode District', 'Turned Away', 'turned_away_reason', 'Charge (£)', 'Gate Staff'],
		rows.map((r, i) => [i + 1, isoStamp(r.at), r.vehicle, r.permit, r.booked ? 'Yes' : 'No', r.material, r.kg, r.items, r.district, r.reason ? 'Yes' : 'No', r.reason, r.charge === null ? null : r.charge.toFixed(2), r.gate])
	);
}

// ------------------------------------------------------------------ cricket innings (2021-2024)
{
	// Kingsford Village Cricket Club (one Saturday XI in a county league, with cup matches, a few
	// Sunday friendlies and, from 2023, a midweek evening Twenty20 league): its batting record of
	// the 2021 to 2024 seasons (April to September), one row per batter per innings (those who did
	// not bat have no row). Balls faced were only recorded once the club began scoring on the
	// app, from 1 May 2022; before that they are empty. A match abandoned after the club's innings
	// has no result (Match Won empty). Runs come easier in the dry of July and August.
	const playerName = uniqueNamer(pick);
	const players = [];
	let playerSeq = 0;
	const newPlayer = (from, skill, role) => {
		playerSeq++;
		const p = { no: pad(playerSeq, 3), name: playerName(), from, until: null, skill, role };
		players.push(p);
		return p;
	};
	// the squad of 2021, and who joined later
	const fixed = [
		['Ciaran O\'Donnell', 2021, 1.5, 'bat'],
		['Sam Whitlock', 2021, 1.35, 'bat'],
		['Imran Siddiqui', 2021, 1.3, 'bat'],
		['Josh Beddow', 2021, 1.1, 'all'],
		['Will Tranter', 2021, 1.0, 'wk']
	];
	for (const [nm, from, skill, role] of fixed) {
		playerSeq++;
		players.push({ no: pad(playerSeq, 3), name: nm, from, until: null, skill, role });
	}
	for (let i = 0; i < 13; i++) newPlayer(2021, weighted([[0.9, 3], [0.7, 4], [0.45, 5]]), weighted([['bat', 3], ['all', 3], ['bowl', 5]]));
	players.find((p) => p.name === 'Sam Whitlock').until = 2022;
	const joiners = [[2022, 3], [2023, 4], [2024, 3]];
	for (const [y, n] of joiners) for (let i = 0; i < n; i++) newPlayer(y, weighted([[1.2, 1], [0.9, 3], [0.7, 3], [0.45, 3]]), weighted([['bat', 3], ['all', 3], ['bowl', 4]]));
	newPlayer(2023, 1.45, 'bat').name = "Aidan D'Souza";
	for (const p of players) if (p.from === 2021 && p.until === null && rand() < 0.2) p.until = int(2021, 2023);
	const opponents = ['Little Haddon CC', 'Oakley Green CC', 'Marston St Giles CC', "Bishop's Hollow CC", 'Elmbridge Town CC', 'Castle Ferrers CC', 'Brampton Magna CC', 'Wickham Down CC', 'Ashby Parva CC', "St Bride's CC"];
	const rows = [];
	for (const y of [2021, 2022, 2023, 2024]) {
		const fixtures = [];
		// league on Saturdays from the last Saturday of April to the first of September
		for (let t = day(y, 4, 24); t <= day(y, 9, 7); t = addDays(t, 1)) {
			const dow = t.getUTCDay();
			if (dow === 6) fixtures.push([t, 'League']);
			if (dow === 0 && rand() < 0.22) fixtures.push([t, 'Friendly']);
			if (y >= 2023 && dow === 3 && t >= day(y, 5, 15) && t <= day(y, 8, 15) && rand() < 0.55) fixtures.push([t, 'Twenty20']);
		}
		// a cup run: rounds on Sundays in May and June
		let cupDay = day(y, 5, 14 + ((7 - day(y, 5, 14).getUTCDay()) % 7));
		for (let round = 0; round < 4; round++) {
			fixtures.push([cupDay, 'Cup']);
			if (rand() < 0.45) break;
			cupDay = addDays(cupDay, 14);
		}
		fixtures.push([day(y, 4, 16 + ((6 - day(y, 4, 16).getUTCDay() + 7) % 7)), 'Friendly']);
		fixtures.sort((a, b) => a[0] - b[0] || (a[1] === 'Cup' ? -1 : 1));
		// one match a day: a cup tie takes the place of a Sunday friendly
		for (let i = fixtures.length - 1; i > 0; i--) if (fixtures[i][0].getTime() === fixtures[i - 1][0].getTime()) fixtures.splice(i, 1);
		let home = rand() < 0.5;
		for (const [t, comp] of fixtures) {
			const m = t.getUTCMonth() + 1;
			// washed out without a ball bowled (no row)
			if (rand() < [0, 0, 0, 0.16, 0.12, 0.08, 0.07, 0.09, 0.12][m - 1]) continue;
			home = comp === 'League' ? !home : rand() < 0.5;
			const opp = pick(opponents);
			const squad = players.filter((p) => p.from <= y && (p.until === null || p.until >= y));
			const xi = [];
			const pool = [...squad];
			const keen = (p) => p.skill + (p.role === 'bowl' ? 0.3 : 0.2) + normal(0, 0.5);
			pool.sort((a, b) => keen(b) - keen(a));
			for (const p of pool) if (xi.length < 11 && rand() < (comp === 'Friendly' ? 0.6 : comp === 'Twenty20' ? 0.7 : 0.85)) xi.push(p);
			while (xi.length < 11) {
				const extra = newPlayer(y, 0.4, 'bowl');
				extra.until = y;
				xi.push(extra);
			}
			const order = (p) => (p.role === 'bat' ? 0 : p.role === 'wk' ? 1 : p.role === 'all' ? 2 : 3) - p.skill + normal(0, 0.4);
			const batting = xi.map((p) => [p, order(p)]).sort((a, b) => a[1] - b[1]).map(([p]) => p);
			const dry = m === 7 || m === 8 ? 1.18 : m === 4 || m === 9 ? 0.85 : 1;
			const ballsLimit = comp === 'Twenty20' ? 120 : comp === 'Friendly' ? 210 : 240;
			let balls = 0;
			let wickets = 0;
			let total = 0;
			const innings = [];
			let pos = 0;
			const atCrease = [];
			// batters come in while wickets fall and balls remain
			while (pos < 11 && balls < ballsLimit && wickets < 10) {
				const p = batting[pos];
				pos++;
				const mean = clamp(p.skill * (pos <= 4 ? 21 : pos <= 7 ? 14 : 7) * dry * (comp === 'Twenty20' ? 0.8 : 1), 2, 40);
				let runs = Math.min(Math.round(mean * 3.6), Math.max(0, Math.round(-Math.log(1 - rand()) * mean - (rand() < 0.1 ? 8 : 0))));
				const sr = clamp(normal(comp === 'Twenty20' ? 1.2 : 0.78, 0.2), 0.35, 2.1);
				let faced = Math.max(1, Math.round(runs / sr + (runs === 0 ? int(0, 8) : 0)));
				let out = true;
				if (balls + faced >= ballsLimit) {
					faced = Math.max(1, ballsLimit - balls);
					runs = Math.min(runs, Math.round(faced * sr));
					out = false;
				} else if (comp === 'Twenty20' && runs >= 35) {
					runs = Math.max(runs, 35);
					out = 'retired';
				}
				balls += faced;
				total += runs;
				let how;
				if (out === false) how = 'Not Out';
				else if (out === 'retired') how = 'Retired';
				else {
					how = weighted([['Caught', 46], ['Bowled', 24], ['LBW', 13], ['Run Out', 7], ['Stumped', 5], ['Caught & Bowled', 5]]);
					wickets++;
				}
				const sixes = Math.floor((runs / 6) * clamp(normal(0.05 * p.skill, 0.05), 0, 0.3));
				const fours = Math.floor(((runs - 6 * sixes) / 4) * clamp(normal(0.45, 0.14), 0.05, 0.85));
				innings.push({ p, pos, runs, faced, how, fours, sixes });
				atCrease.push(p);
			}
			// all out: the last man is not out; the overs ran out: the two at the crease are not out
			if (wickets >= 10 && pos < 11) {
				const runs = int(0, 6);
				innings.push({ p: batting[pos], pos: pos + 1, runs, faced: runs + int(1, 6), how: 'Not Out', fours: runs >= 4 && rand() < 0.5 ? 1 : 0, sixes: 0 });
			} else if (innings.length >= 2 && innings[innings.length - 2].how !== 'Not Out' && innings[innings.length - 1].how === 'Not Out') innings[innings.length - 2].how = 'Not Out';
			const target = (comp === 'Twenty20' ? 92 : comp === 'Friendly' ? 122 : 130) * dry * clamp(normal(1, 0.22), 0.5, 1.6);
			const noResult = rand() < 0.04;
			const won = noResult ? null : total > target;
			const recorded = t >= day(2022, 5, 1);
			for (const r of innings) rows.push({ t, opp, home, comp, won, recorded, ...r });
		}
	}
	writeCsv(
		OUT,
		'cricket_innings.csv',
		['Match Date', 'Opponent', 'homeAway', 'Competition', 'Batter', 'memberId', 'Order', 'Runs', 'Balls Faced', '4s', '6s', 'how_out', 'Match Won'],
		rows.map((r) => [isoDate(r.t), r.opp, r.home ? 'Home' : 'Away', r.comp, r.p.name, r.p.no, r.pos, r.runs, r.recorded ? r.faced : null, r.fours, r.sixes, r.how, r.won === null ? null : r.won ? 'Yes' : 'No'])
	);
}
