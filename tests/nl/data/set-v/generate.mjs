// Deterministic generator for the set V evaluation tables (a minicab firm's trips, a town
// council's street-repair reports, a leisure centre's swimming-lesson register). No dependencies.
// Run from the repo root: node tests/nl/data/set-v/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260307);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);

// ------------------------------------------------------------------ minicab trips (2022-2024)
{
	// Abbey Cars: a minicab firm in a small cathedral city. One row per pre-booked trip, 2022-2024,
	// from the booking system's export. Each driver has one car (saloon, estate or MPV); groups of
	// five or more go in an MPV. Fares are metered on the council's tariff (flag fall plus a rate a
	// mile, half as much again at night, 22:00-05:59), MPVs a fifth more. Tips are only recorded
	// when added on the card machine; cash tips are not recorded, account trips have none.
	// Cancelled bookings keep their details but have no distance, fare or tip.
	// area → [x, y] in miles from the cathedral, pickup weight, drop-off weight
	const areas = {
		'City Centre': [[0, 0], 6, 5],
		'Railway Station': [[0.8, -0.6], 5, 5],
		'County Hospital': [[-2.1, 1.4], 3, 3],
		Northfield: [[0.4, 3.2], 3, 3],
		Westbury: [[-3.5, -0.8], 3, 3],
		Hillside: [[2.6, 2.2], 2, 2],
		Riverside: [[1.5, -2.4], 3, 3],
		Oakwood: [[-1.2, -3.6], 2, 2],
		'Retail Park': [[3.8, -0.5], 2, 2.5],
		University: [[-0.9, 2.3], 2.5, 2],
		Airport: [[14.5, 18.2], 0.6, 1.4]
	};
	// [name, vehicle, from, until]
	const drivers = [
		['Gary Hollis', 'Saloon', day(2022, 1, 1), null],
		['Sandeep Gill', 'Saloon', day(2022, 1, 1), null],
		['Tomasz Nowak', 'Estate', day(2022, 1, 1), null],
		['Bev Marsh', 'Saloon', day(2022, 1, 1), null],
		['Imran Shah', 'MPV', day(2022, 1, 1), null],
		['Keith Doyle', 'Saloon', day(2022, 1, 1), day(2023, 8, 31)],
		['Ayo Bello', 'Estate', day(2022, 1, 1), null],
		['Sharon Pike', 'Saloon', day(2022, 1, 1), null],
		['Dean Fowler', 'MPV', day(2022, 1, 1), null],
		['Mo Rahman', 'Saloon', day(2022, 5, 16), null],
		['Lena Kovac', 'Estate', day(2023, 9, 4), null],
		['Phil Grant', 'MPV', day(2024, 2, 1), null]
	].map(([name, vehicle, from, until]) => ({ name, vehicle, from, until }));
	// [from, flag fall, £ a mile]
	const tariffs = [
		[day(2022, 1, 1), 3.8, 2.0],
		[day(2023, 4, 1), 4.2, 2.2],
		[day(2024, 4, 1), 4.4, 2.3]
	];
	const hourW = [1.2, 0.9, 0.5, 0.3, 0.4, 0.8, 1.6, 2.6, 2.8, 2, 1.7, 1.7, 1.8, 1.7, 1.8, 2.2, 2.4, 2.6, 2.3, 2, 1.9, 2, 2.1, 1.7];
	const names = Object.keys(areas);
	const rows = [];
	for (let t = day(2022, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const dow = t.getUTCDay();
		const n = poisson(1.65 * (dow === 5 || dow === 6 ? 1.45 : dow === 0 ? 0.8 : 1) * (m === 12 ? 1.3 : m === 8 ? 0.85 : 1) * (1 + (y - 2022) * 0.06));
		const on = drivers.filter((d) => d.from <= t && (!d.until || d.until >= t));
		for (let k = 0; k < n; k++) {
			const hour = weighted(hourW.map((w, h) => [h, w * ((dow === 5 || dow === 6) && (h >= 22 || h <= 2) ? 2.2 : 1)]));
			const booked = atTime(t, hour, int(0, 59), int(0, 59));
			const pickup = weighted(names.map((a) => [a, areas[a][1]]));
			let drop;
			do drop = weighted(names.map((a) => [a, areas[a][2] * (pickup === 'Airport' && a === 'Airport' ? 0 : 1)]));
			while (drop === pickup && rand() < 0.9);
			const pax = weighted([[1, 55], [2, 25], [3, 10], [4, 6], [5, 2], [6, 1.3], [7, 0.7]]);
			const fleet = pax >= 5 ? on.filter((d) => d.vehicle === 'MPV') : on;
			const driver = weighted(fleet.map((d) => [d, d.name === 'Gary Hollis' || d.name === 'Sandeep Gill' ? 1.5 : d.name === 'Bev Marsh' ? 0.7 : 1]));
			const [[x1, y1]] = areas[pickup];
			const [[x2, y2]] = areas[drop];
			const crow = Math.hypot(x2 - x1, y2 - y1);
			const miles = round1(Math.max(0.6, crow * (1.25 + rand() * 0.2) + (pickup === drop ? 0.8 + rand() * 1.5 : 0.3 * rand())));
			const [, flag, perMile] = tariffs.filter(([from]) => from <= t).pop();
			const night = hour >= 22 || hour <= 5;
			let fare = (flag + perMile * miles) * (night ? 1.5 : 1) * (driver.vehicle === 'MPV' ? 1.2 : 1);
			fare = Math.max(6, Math.round(fare * 10) / 10);
			const accountish = pickup === 'County Hospital' || drop === 'County Hospital' || pickup === 'University' || drop === 'University';
			const payment = weighted([
				['Account', accountish ? 35 : 8],
				['Card', 38 + (y - 2022) * 9],
				['Cash', 45 - (y - 2022) * 9]
			]);
			const cancelled = rand() < (night ? 0.09 : 0.05);
			const tip = !cancelled && payment === 'Card' && rand() < 0.38 ? Math.max(0.5, Math.round(clamp(normal(fare * 0.1, 1.2), 0.5, 10) * 2) / 2) : null;
			rows.push({ booked, pickup, drop, driver: driver.name, vehicle: driver.vehicle, pax, miles, fare, tip, payment, cancelled });
		}
	}
	rows.sort((a, b) => a.booked - b.booked);
	writeCsv(
		OUT,
		'minicab_trips.csv',
		['trip_id', 'Booked At', 'pickup_area', 'Dropoff Area', 'Driver', 'vehicleType', 'pax', 'Distance (mi)', 'Fare (£)', 'tip', 'Payment', 'Cancelled'],
		rows.map((r, i) => [
			51001 + i,
			isoStamp(r.booked),
			r.pickup,
			r.drop,
			r.driver,
			r.vehicle,
			r.pax,
			r.cancelled ? null : r.miles.toFixed(1),
			r.cancelled ? null : r.fare.toFixed(2),
			r.tip === null ? null : r.tip.toFixed(2),
			r.payment,
			r.cancelled ? 'Yes' : 'No'
		])
	);
}

// ------------------------------------------------------------------ street-repair reports (2022-2024)
{
	// Kelby Town Council: street problems reported by residents, 2022-2024, from the highways
	// team's case system as exported on 6 January 2025. A report is Closed once fixed (with the
	// fixed date and the repair cost), In Progress once a crew is booked, Open before then. A few
	// closed cases have no cost yet (not invoiced). Repeat Report: the same problem had been
	// reported before.
	const wards = {
		Abbey: ['Abbey Road', 'Priory Lane', 'Monks Walk', 'Cloister Close'],
		Castle: ['Castle Street', 'Keep Hill', 'Bailey Road', 'Gatehouse Lane', 'Moat View'],
		Eastfield: ['Eastfield Road', 'Poplar Avenue', 'Willow Crescent', 'Ash Grove'],
		Greenhill: ['Greenhill Road', 'Beacon Way', 'Summit Drive'],
		Market: ['High Street', 'Market Place', 'Sheep Street', 'Bridge Street', 'Chapel Row'],
		Moorside: ['Moor Lane', 'Heather Close', 'Bracken Road', 'Curlew Way'],
		Parkside: ['Park Road', 'Victoria Avenue', 'Bandstand Walk', 'Elm Terrace'],
		"St Mary's": ['Church Lane', 'Vicarage Road', 'Bell Street', 'Glebe Close']
	};
	const wardW = { Abbey: 1, Castle: 1.2, Eastfield: 1.4, Greenhill: 0.7, Market: 1.6, Moorside: 0.9, Parkside: 1.1, "St Mary's": 1 };
	// issue → [weight, [high, medium, low], [cost lo, cost hi], seasonal months boost]
	const issues = {
		Pothole: [35, [35, 45, 20], [55, 420], [1, 2, 3]],
		Streetlight: [20, [20, 50, 30], [80, 650], [10, 11, 12, 1]],
		'Fly-tipping': [18, [25, 50, 25], [45, 900], [5, 6, 7, 8]],
		Graffiti: [12, [5, 35, 60], [40, 260], [4, 5, 6, 7, 8, 9]],
		'Blocked drain': [15, [40, 40, 20], [95, 720], [9, 10, 11, 12]]
	};
	// median days to fix by priority
	const fixDays = { High: 4, Medium: 14, Low: 30 };
	const exported = day(2025, 1, 6);
	const rows = [];
	const seq = {};
	for (let t = day(2022, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const dow = t.getUTCDay();
		const n = poisson(1.3 * (dow === 0 || dow === 6 ? 0.6 : 1.1) * (m <= 2 ? 1.3 : 1) * (1 + (y - 2022) * 0.08));
		for (let k = 0; k < n; k++) {
			const issue = weighted(Object.entries(issues).map(([i, v]) => [i, v[0] * (v[3].includes(m) ? 1.6 : 1)]));
			const [, priW, [lo, hi]] = issues[issue];
			const ward = weighted(Object.entries(wardW));
			const street = pick(wards[ward]);
			const priority = weighted([['High', priW[0]], ['Medium', priW[1]], ['Low', priW[2]]]);
			// the council fell behind in the winter of 2023-24
			const backlog = t >= day(2023, 11, 1) && t < day(2024, 3, 1) ? 1.6 : 1;
			const days = Math.max(0, Math.round(Math.exp(normal(Math.log(fixDays[priority] * backlog), 0.6))));
			const booked = Math.round(days * (0.3 + rand() * 0.4));
			const stuck = rand() < 0.012;
			let status;
			let fixed = null;
			let cost = null;
			if (!stuck && addDays(t, days) < exported) {
				status = 'Closed';
				fixed = addDays(t, days);
				const size = Math.exp(normal(0, 0.5));
				cost = rand() < 0.03 ? null : round2(clamp(Math.sqrt(lo * hi) * size * (priority === 'High' ? 1.25 : 1), lo, hi));
			} else status = stuck || addDays(t, booked) >= exported ? 'Open' : 'In Progress';
			if (stuck && rand() < 0.5) status = 'In Progress';
			seq[y] = (seq[y] ?? 0) + 1;
			rows.push({
				ref: `SR-${y}-${pad(seq[y], 4)}`,
				t,
				ward,
				street,
				issue,
				priority,
				status,
				fixed,
				cost,
				via: weighted([
					['App', 25 + (y - 2022) * 12],
					['Phone', 40 - (y - 2022) * 10],
					['Web', 35]
				]),
				repeat: rand() < (issue === 'Pothole' || issue === 'Fly-tipping' ? 0.16 : 0.08)
			});
		}
	}
	writeCsv(
		OUT,
		'street_repairs.csv',
		['Report Ref', 'reported_date', 'Ward', 'Street', 'issueType', 'pri', 'Status', 'Fixed Date', 'Repair Cost (£)', 'reported_via', 'Repeat Report'],
		rows.map((r) => [
			r.ref,
			isoDate(r.t),
			r.ward,
			r.street,
			r.issue,
			r.priority,
			r.status,
			r.fixed ? isoDate(r.fixed) : null,
			r.cost === null ? null : r.cost.toFixed(2),
			r.via,
			r.repeat ? 'Yes' : 'No'
		])
	);
}

// ------------------------------------------------------------------ swimming-lesson register (2022-2024)
{
	// Hollins Park Leisure Centre: the weekly timetable of children's swimming lessons in term time,
	// September 2022 to December 2024, from the bookings system, one row per lesson. Stages 1-7 of
	// the learn-to-swim scheme: stages 1-4 are 30-minute lessons (up to 6 pupils at stages 1-2, 8 at
	// 3-4), stages 5-7 45 minutes (up to 10). Income is pupils booked x the lesson price (a quarter
	// more for the 45-minute lessons), 0 when the lesson was cancelled (refunded). Attended is
	// blank when the lesson was cancelled or the register was not taken.
	// [first day, last day, half-term week start]
	const terms = [
		[day(2022, 9, 5), day(2022, 12, 16), day(2022, 10, 24)],
		[day(2023, 1, 9), day(2023, 3, 31), day(2023, 2, 13)],
		[day(2023, 4, 17), day(2023, 7, 21), day(2023, 5, 29)],
		[day(2023, 9, 4), day(2023, 12, 15), day(2023, 10, 30)],
		[day(2024, 1, 8), day(2024, 3, 28), day(2024, 2, 12)],
		[day(2024, 4, 15), day(2024, 7, 19), day(2024, 5, 27)],
		[day(2024, 9, 2), day(2024, 12, 13), day(2024, 10, 28)]
	];
	// [weekday (1 Monday … 6 Saturday), start, stage, lane]
	const timetable = [
		[1, '16:00', 1, 6], [1, '16:30', 2, 6], [1, '16:30', 3, 4], [1, '17:15', 5, 2],
		[2, '16:00', 2, 6], [2, '16:30', 4, 4], [2, '17:00', 6, 2],
		[3, '16:00', 1, 6], [3, '16:30', 3, 5], [3, '17:15', 7, 1],
		[4, '16:00', 2, 6], [4, '16:30', 4, 4], [4, '17:00', 5, 2],
		[6, '09:00', 1, 6], [6, '09:30', 2, 6], [6, '09:30', 3, 4], [6, '10:00', 4, 4], [6, '10:30', 5, 2], [6, '11:15', 6, 1], [6, '11:15', 3, 5]
	];
	// school year (by its autumn) → instructors on the rota
	const rota = {
		2022: ['Claire Dunn', 'Marcus Webb', 'Jo Almond', 'Dev Mistry', 'Pete Sorensen'],
		2023: ['Claire Dunn', 'Marcus Webb', 'Jo Almond', 'Dev Mistry', 'Hannah Lowe'],
		2024: ['Claire Dunn', 'Marcus Webb', 'Jo Almond', 'Dev Mistry', 'Hannah Lowe']
	};
	const price = { 2022: 7.2, 2023: 7.6, 2024: 8.1 };
	// pool closed all day: plant failure, a gala
	const closures = new Set(['2023-02-04', '2023-11-15', '2024-01-20', '2024-06-12', '2024-10-05']);
	const rows = [];
	for (const [first, last, half] of terms) {
		const sy = first.getUTCMonth() >= 8 ? first.getUTCFullYear() : first.getUTCFullYear() - 1;
		// each lesson slot keeps its instructor for the school year
		// (stages 6-7 by the two senior instructors), never two lessons at once
		const staff = [];
		const busy = (i, name) => timetable.some((s, j) => j !== i && staff[j] === name && s[0] === timetable[i][0] && s[1] === timetable[i][1]);
		timetable.forEach((s, i) => {
			const pool = (s[2] >= 6 ? ['Marcus Webb', 'Dev Mistry'] : rota[sy]).filter((name) => !busy(i, name));
			staff[i] = pick(pool);
		});
		for (let t = first; t <= last; t = addDays(t, 1)) {
			if (t >= half && t < addDays(half, 7)) continue;
			const dow = t.getUTCDay();
			timetable.forEach(([wd, start, stage, lane], i) => {
				if (wd !== dow) return;
				const cap = stage <= 2 ? 6 : stage <= 4 ? 8 : 10;
				const mins = stage <= 4 ? 30 : 45;
				const demand = { 1: 0.97, 2: 0.95, 3: 0.9, 4: 0.85, 5: 0.75, 6: 0.65, 7: 0.55 }[stage] * (dow === 6 ? 1.05 : 1);
				let booked = 0;
				for (let p = 0; p < cap; p++) if (rand() < demand) booked++;
				booked = Math.max(1, booked);
				const cancelled = closures.has(isoDate(t)) || rand() < 0.018;
				let attended = null;
				if (!cancelled && rand() > 0.04) {
					attended = 0;
					for (let p = 0; p < booked; p++) if (rand() < (t.getUTCMonth() === 0 || t.getUTCMonth() === 1 ? 0.82 : 0.9)) attended++;
				}
				// now and then another instructor covers
				const instructor = rand() < 0.06 ? pick(rota[sy].filter((name) => name !== staff[i] && !busy(i, name))) : staff[i];
				rows.push({
					t,
					start,
					stage,
					instructor,
					booked,
					cap,
					lane,
					mins,
					cancelled,
					income: cancelled ? 0 : round2(booked * price[sy] * (mins === 45 ? 1.25 : 1)),
					attended
				});
			});
		}
	}
	rows.sort((a, b) => a.t - b.t || a.start.localeCompare(b.start) || a.lane - b.lane);
	writeCsv(
		OUT,
		'swimming_lessons.csv',
		['lesson_id', 'Lesson Date', 'start_time', 'Stage', 'Instructor', 'booked', 'cap', 'Lane', 'duration_mins', 'Cancelled', 'Income (£)', 'attended'],
		rows.map((r, i) => [
			2201 + i,
			isoDate(r.t),
			r.start,
			r.stage,
			r.instructor,
			r.booked,
			r.cap,
			r.lane,
			r.mins,
			r.cancelled ? 'Yes' : 'No',
			r.income.toFixed(2),
			r.attended
		])
	);
}
