// Deterministic generator for the set X evaluation tables (a dog-walking business's walks, a
// climbing centre's member register, a packaging factory's maintenance work orders). No
// dependencies. Run from the repo root: node tests/nl/data/set-x/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260523);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);
const hours = (a, b) => (b.getTime() - a.getTime()) / 3600000;

// ------------------------------------------------------------------ dog walks (2023-2024)
{
	// Wag & Wander: a small dog-walking business, every walk of 2023 and 2024 from its booking
	// app. Walks are booked Monday to Friday, a few on Saturdays (£3 extra). Solo walks are one
	// dog; group walks (60 or 90 minutes, cheaper) go out to the big parks. Prices went up by £1
	// in January 2024. Owners are invoiced monthly: most of December 2024 is not paid yet, and
	// one owner is a slow payer.
	// walker → [from, until, weight when covering]
	const walkers = {
		'Jess Hartley': [day(2023, 1, 1), null, 3],
		'Marcus Bell': [day(2023, 1, 1), null, 3],
		'Tom Reilly': [day(2023, 1, 1), day(2024, 8, 30), 2],
		'Aisha Khan': [day(2023, 3, 6), null, 2],
		'Nina Kowalski': [day(2024, 9, 2), null, 2]
	};
	const successor = { 'Tom Reilly': 'Nina Kowalski' };
	// dog, breed, owner, from, until, walks a week, usual walker, walk type, minutes, usual route
	const dogs = [
		['Biscuit', 'Cockapoo', 'Helen Carter', day(2023, 1, 2), null, 3, 'Jess Hartley', 'Solo', 60, 'Riverside Path'],
		['Luna', 'Labrador', 'Raj Patel', day(2023, 1, 2), null, 2, 'Marcus Bell', 'Group', 60, 'The Downs'],
		['Bruno', 'Boxer', 'Raj Patel', day(2023, 1, 2), day(2024, 5, 31), 2, 'Marcus Bell', 'Group', 60, 'The Downs'],
		['Poppy', 'Border Terrier', 'Sue Whitfield', day(2023, 1, 2), null, 1.5, 'Jess Hartley', 'Solo', 30, 'Local Streets'],
		['Archie', 'Springer Spaniel', 'Dan Moreton', day(2023, 1, 2), null, 3, 'Tom Reilly', 'Group', 90, 'Ashton Court'],
		['Milo', 'French Bulldog', 'Gary Doyle', day(2023, 2, 13), null, 2, 'Tom Reilly', 'Solo', 30, 'Local Streets'],
		['Willow', 'Whippet', 'Anna Lindqvist', day(2023, 3, 6), day(2024, 2, 29), 2, 'Aisha Khan', 'Solo', 45, 'Canal Towpath'],
		['Teddy', 'Cavapoo', 'Laura Chen', day(2023, 4, 3), null, 4, 'Aisha Khan', 'Solo', 60, 'Riverside Path'],
		['Scout', 'Border Collie', 'Mike Sandford', day(2023, 5, 8), null, 2, 'Marcus Bell', 'Group', 90, 'Ashton Court'],
		['Bonnie', 'Golden Retriever', 'Helen Carter', day(2023, 6, 5), null, 1, 'Jess Hartley', 'Solo', 60, 'Riverside Path'],
		['Rolo', 'Dachshund', 'Pat Ogden', day(2023, 7, 3), day(2024, 3, 29), 2.5, 'Tom Reilly', 'Solo', 30, 'Local Streets'],
		['Maple', 'Labrador', 'Chris Adeyemi', day(2023, 9, 4), null, 2, 'Marcus Bell', 'Group', 60, 'The Downs'],
		['Otis', 'Greyhound', 'Fiona Grant', day(2023, 10, 2), null, 1, 'Jess Hartley', 'Solo', 45, 'Canal Towpath'],
		['Nala', 'Staffordshire Bull Terrier', 'Leon Brooks', day(2024, 1, 8), null, 3, 'Aisha Khan', 'Solo', 60, 'Leigh Woods'],
		['Juno', 'Husky', 'Kate Morgan', day(2024, 2, 5), null, 2, 'Marcus Bell', 'Group', 90, 'Leigh Woods'],
		['Fudge', 'Cockapoo', 'Sue Whitfield', day(2024, 4, 1), null, 1, 'Jess Hartley', 'Solo', 30, 'Local Streets'],
		['Pepper', 'Jack Russell', 'Tariq Hussain', day(2024, 6, 3), null, 2, 'Aisha Khan', 'Solo', 45, 'Canal Towpath'],
		['Hugo', 'German Shepherd', 'Emma Sowerby', day(2024, 9, 2), null, 2, 'Nina Kowalski', 'Group', 60, 'Ashton Court'],
		['Mabel', 'Beagle', 'Dan Moreton', day(2024, 9, 16), null, 2, 'Nina Kowalski', 'Solo', 60, 'Riverside Path']
	];
	// holiday cover: a handful of walks now and then
	const occasional = [
		['Ziggy', 'Cocker Spaniel', 'Ben Harcourt', 0.25],
		['Barney', 'Bichon Frise', 'Margaret Lowe', 0.2],
		['Skye', 'Labrador', 'Owen Price', 0.15],
		['Koda', 'Husky', 'Jo Whitlam', 0.12],
		['Daisy', 'Pug', 'Ruth Ansell', 0.2]
	];
	const routesAll = ['Riverside Path', 'The Downs', 'Ashton Court', 'Canal Towpath', 'Leigh Woods', 'Local Streets'];
	const closed = new Set(['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
	const priceOf = (type, minutes, t) => {
		const base = type === 'Group' ? { 60: 14, 90: 18 }[minutes] : { 30: 12, 45: 15, 60: 18, 90: 24 }[minutes];
		return base + (t >= day(2024, 1, 1) ? 1 : 0) + (t.getUTCDay() === 6 ? 3 : 0);
	};
	const activeWalkers = (t) => Object.entries(walkers).filter(([, [from, until]]) => from <= t && (!until || until >= t));
	const rows = [];
	// each dog's owner is away now and then: a week or two with no walks
	const away = new Map(dogs.map(([dog]) => [dog, 0]));
	for (let t = day(2023, 1, 2); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		if (dow === 0 || closed.has(isoDate(t))) continue;
		const month = t.getUTCMonth() + 1;
		const list = [];
		for (const [dog, breed, owner, from, until, perWeek, usual, type, minutes, route] of dogs) {
			if (from > t || (until && until < t)) continue;
			if (dow === 1 && away.get(dog) === 0 && rand() < 0.035) away.set(dog, int(5, 10));
			if (away.get(dog) > 0) {
				away.set(dog, away.get(dog) - 1);
				continue;
			}
			const p = dow === 6 ? 0.04 : (perWeek / 5) * 0.82 * (month === 8 ? 0.8 : 1);
			if (rand() >= p) continue;
			list.push({ dog, breed, owner, usual, type, minutes, route });
		}
		for (const [dog, breed, owner, perWeek] of occasional) {
			if (dow !== 6 && rand() < perWeek / 5 / (month === 7 || month === 8 ? 1 : 3)) list.push({ dog, breed, owner, usual: null, type: 'Solo', minutes: pick([30, 60]), route: pick(routesAll) });
		}
		for (const w of list) {
			const here = activeWalkers(t);
			const isHere = here.some(([n]) => n === w.usual);
			let walker = w.usual && isHere && rand() < 0.86 ? w.usual : weighted(here.map(([n, [, , wt]]) => [n, wt]));
			// a leaver's dogs go to the walker who took over; holiday-cover dogs to whoever is free
			if (w.usual && !isHere && here.some(([n]) => n === successor[w.usual])) walker = rand() < 0.86 ? successor[w.usual] : walker;
			const minutes = w.type === 'Solo' && rand() < 0.08 ? pick([30, 45, 60, 90].filter((m) => m !== w.minutes)) : w.minutes;
			const route = rand() < 0.8 ? w.route : w.type === 'Group' ? pick(['The Downs', 'Ashton Court', 'Leigh Woods']) : pick(routesAll);
			const slot = w.type === 'Group' ? pick([[9, 0], [9, 30], [10, 0], [12, 0], [12, 30]]) : [int(8, 14), pick([0, 15, 30, 45])];
			const start = atTime(t, slot[0], slot[1]);
			let notes = null;
			if (rand() < 0.11) {
				const wetMonth = month <= 3 || month >= 10;
				notes = weighted([
					['very muddy, towelled off', wetMonth ? 4 : 1],
					['pulled on lead', 3],
					['rolled in fox poo', 2],
					['slight limp on front leg, told owner', 1],
					['ate something off the path', 1.5],
					['lovely walk, met friends', 2],
					['reluctant in the rain, cut short', wetMonth ? 2 : 0.5],
					['lost ball in the river', w.route === 'Riverside Path' ? 2 : 0.2],
					['owner asked for a longer walk next time', 0.8],
					['key safe code changed', 0.6]
				]);
			}
			rows.push({ ...w, t, start, walker, minutes, route, notes, price: priceOf(w.type, minutes, t) });
		}
	}
	rows.sort((a, b) => a.start - b.start || a.dog.localeCompare(b.dog));
	writeCsv(
		OUT,
		'dog_walks.csv',
		['walk_id', 'Dog Name', 'breed', 'owner', 'Walker', 'walkDate', 'Start Time', 'duration_mins', 'Walk Type', 'route', 'Price (£)', 'Paid', 'notes'],
		rows.map((r, i) => {
			const december = r.t >= day(2024, 12, 1);
			const unpaid = december ? rand() < 0.7 : rand() < (r.owner === 'Gary Doyle' ? 0.18 : 0.01);
			return [
				5001 + i,
				r.dog,
				r.breed,
				r.owner,
				r.walker,
				isoDate(r.t),
				`${pad(r.start.getUTCHours())}:${pad(r.start.getUTCMinutes())}`,
				r.minutes,
				r.type,
				r.route,
				r.price.toFixed(2),
				unpaid ? 'No' : 'Yes',
				r.notes
			];
		})
	);
}

// ------------------------------------------------------------------ climbing centre members (2022-2024)
{
	// Crux Climbing Centre: the member register as exported on 31 December 2024, one row per
	// member who joined from January 2022 on (the register started then). Students join in
	// September and October, everyone in January. Monthly Fee is the rate the member signed up
	// at (prices rose each year; an annual membership is shown as its monthly equivalent).
	// visits_ytd counts check-ins in 2024. Cancelled members keep their row.
	const first = ['Chloe', 'Oliver', 'Amelia', 'Jack', 'Isla', 'Harry', 'Sophie', 'George', 'Ella', 'Noah', 'Grace', 'Leo', 'Freya', 'Oscar', 'Ruby', 'Arthur', 'Evie', 'Finn', 'Hannah', 'Sam', 'Maya', 'Ethan', 'Zara', 'Lewis', 'Niamh', 'Callum', 'Priya', 'Tom', 'Lucy', 'Kai', 'Martha', 'Ben', 'Imogen', 'Rory', 'Anya', 'Josh', 'Holly', 'Dan', 'Megan', 'Alex', 'Fatima', 'Joe', 'Rosie', 'Will', 'Jade', 'Ravi', 'Katie', 'Owen', 'Laura', 'Matt', 'Eilidh', 'Ali', 'Beth', 'Connor', 'Sian', 'Max', 'Nadia', 'Ryan', 'Abi', 'Luke'];
	const last = ['Bennett', 'Clarke', 'Hughes', 'Patel', 'Wright', 'Walker', 'Robinson', 'Thompson', 'Evans', 'Khan', 'Murphy', 'Price', 'Davies', 'Shaw', 'Ward', 'Turner', 'Morris', 'Cooper', 'Hall', 'Green', 'Kelly', 'Ali', 'Fraser', 'Reid', 'Marsh', 'Dunn', 'Lloyd', 'Fox', 'Stone', 'Baxter', 'Singh', 'Holt', 'Carr', 'Nolan', 'Booth', 'Pearce', 'Webb', 'Lamb', 'Nash', 'Quinn', 'Ellis', 'Burke', 'Hart', 'Mason', 'Byrne', 'Doyle', 'Rowe', 'Chang', 'Okafor', 'Ahmed'];
	const areas = [['Northfield', 18], ['Castle Hill', 14], ['Riverside', 16], ['Old Town', 12], ['Westbrook', 10], ['Hilltop', 8], ['University Quarter', 12], ['Out of town', 10]];
	// type → [weight, fee by join year 2022-2024, monthly chance of leaving]
	const types = {
		Monthly: [40, [45, 47, 49], 0.03],
		'Off-Peak': [14, [33, 35, 36], 0.03],
		Annual: [12, [39, 40, 42], 0.012],
		Student: [20, [35, 36, 38], 0.05],
		Junior: [14, [25, 26, 28], 0.025]
	};
	const exported = day(2024, 12, 31);
	const start2024 = day(2024, 1, 1);
	const used = new Set();
	const rows = [];
	for (let t = day(2022, 1, 4); t <= day(2024, 12, 30); t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const n = poisson(0.92 * (m === 1 ? 1.9 : m === 9 || m === 10 ? 1.6 : m === 7 || m === 8 ? 0.7 : 1) * (1 + (y - 2022) * 0.08));
		for (let k = 0; k < n; k++) {
			const type = weighted(Object.entries(types).map(([ty, [w]]) => [ty, w * (ty === 'Student' && (m === 9 || m === 10) ? 3 : ty === 'Student' && (m === 7 || m === 8) ? 0.3 : 1)]));
			let name;
			do name = `${pick(first)} ${pick(last)}`;
			while (used.has(name));
			used.add(name);
			const age = type === 'Junior' ? int(8, 17) : type === 'Student' ? int(18, 24) : Math.round(clamp(normal(type === 'Off-Peak' ? 44 : 33, 10), 18, 71));
			const area = type === 'Student' && rand() < 0.6 ? 'University Quarter' : weighted(areas);
			const [, fees, leave] = types[type];
			// months until the member leaves (geometric: the same chance each month)
			const monthsStayed = Math.floor(Math.log(1 - rand()) / Math.log(1 - leave));
			const cancelled = addDays(t, Math.round(monthsStayed * 30.4 + int(0, 29)));
			const isCancelled = cancelled <= exported;
			const isFrozen = !isCancelled && t < addDays(exported, -180) && rand() < 0.05;
			const perWeek = Math.max(0.08, normal(type === 'Junior' ? 1.1 : type === 'Off-Peak' ? 1.3 : 1.7, 0.8));
			const neverCame = rand() < 0.015;
			// the member's last day as a climber: cancelled, frozen some weeks ago, or today
			const lastDay = isCancelled ? addDays(cancelled, -int(0, 20)) : isFrozen ? addDays(exported, -int(30, 150)) : exported;
			let visits = 0;
			let lastVisit = null;
			if (!neverCame && lastDay >= t) {
				const from2024 = t > start2024 ? t : start2024;
				if (lastDay >= from2024) visits = poisson((perWeek * (hours(from2024, lastDay) / 24 + 1)) / 7);
				const gap = Math.round(-Math.log(1 - rand()) * (7 / perWeek));
				lastVisit = addDays(lastDay, -gap);
				if (lastVisit < t) lastVisit = t;
				// keep the last visit in line with the 2024 count
				if (visits === 0 && lastVisit >= start2024) lastVisit = t < start2024 ? addDays(start2024, -int(1, 40)) : null;
				if (lastVisit && lastVisit < t) lastVisit = t;
				if (visits > 0 && lastVisit < start2024) lastVisit = addDays(lastDay, -int(0, 3));
			}
			const belay = rand() < (type === 'Junior' ? 0.2 : 0.45 + Math.min(0.3, hours(t, exported) / 24 / 365 / 5));
			const surname = name.split(' ')[1];
			const contactName = rand() < 0.6 ? `${pick(first)} ${surname}` : `${pick(first)} ${pick(last)}`;
			const missingContact = type !== 'Junior' && rand() < (y === 2022 ? 0.22 : 0.08);
			const status = isCancelled ? 'Cancelled' : isFrozen ? 'Frozen' : 'Active';
			rows.push({ t, name, type, age, area: rand() < 0.035 ? null : area, visits, lastVisit, belay, fee: fees[y - 2022], contact: missingContact ? null : `${contactName} 07700 900${pad(int(0, 999), 3)}`, status });
		}
	}
	writeCsv(
		OUT,
		'climbing_members.csv',
		['member_no', 'Full Name', 'Join Date', 'membershipType', 'Age', 'home_area', 'visits_ytd', 'Last Visit', 'Belay Certified', 'Monthly Fee (£)', 'emergency_contact', 'status'],
		rows.map((r, i) => [10001 + i, r.name, isoDate(r.t), r.type, r.age, r.area, r.visits, r.lastVisit ? isoDate(r.lastVisit) : null, r.belay ? 'Yes' : 'No', r.fee.toFixed(2), r.contact, r.status])
	);
}

// ------------------------------------------------------------------ maintenance work orders (2022-2024)
{
	// Hollins Packaging: the maintenance team's work orders at a plastic-bag factory that runs
	// day and night, every order raised 2022-2024, from the maintenance system as exported at
	// 16:00 on 31 December 2024. Orders still open have no completion time, downtime or labour yet;
	// an Open one has no technician yet either. Some low-priority jobs of the last quarter wait
	// for the shutdown in January 2025. Downtime is how long the machine stood still.
	// Parts cost is 0 when no parts were used.
	// machine → [area, weight, fault weights: Mechanical, Electrical, Hydraulic, Pneumatic, Sensor, Software, parts factor]
	const machines = {
		'Extruder 1': ['Extrusion', 1.5, [4, 3, 1, 0.5, 1.5, 0.5], 1.8],
		'Extruder 2': ['Extrusion', 1.1, [4, 3, 1, 0.5, 1.5, 0.5], 1.8],
		'Printer P1': ['Print', 1.3, [2, 2, 0, 1, 2.5, 2.5], 1.2],
		'Printer P2': ['Print', 0.9, [2, 2, 0, 1, 2.5, 2.5], 1.2],
		'Bag Maker 1': ['Conversion', 1.7, [4, 1.5, 0, 2, 2, 0.5], 1],
		'Bag Maker 2': ['Conversion', 1.2, [4, 1.5, 0, 2, 2, 0.5], 1],
		'Bag Maker 3': ['Conversion', 1.0, [4, 1.5, 0, 2, 2, 0.5], 1],
		Slitter: ['Conversion', 0.8, [4, 2, 0, 1, 1, 0.3], 0.8],
		'Air Compressor': ['Utilities', 0.6, [3, 2, 0, 3, 1, 0], 1.5],
		Chiller: ['Utilities', 0.5, [2, 3, 0, 0, 2, 0.5], 1.6],
		'Forklift 3': ['Warehouse', 0.7, [4, 2, 3, 0, 0.5, 0], 0.9],
		'Forklift 4': ['Warehouse', 0.6, [4, 2, 3, 0, 0.5, 0], 0.9],
		Palletiser: ['Warehouse', 0.9, [3, 2, 1, 2, 2, 1], 1]
	};
	const faults = ['Mechanical', 'Electrical', 'Hydraulic', 'Pneumatic', 'Sensor', 'Software'];
	const partsMedian = { Mechanical: 180, Electrical: 120, Hydraulic: 320, Pneumatic: 70, Sensor: 95, Software: 0 };
	// technician → [from, until, weight, electrician]
	const techs = {
		'Dave Okoro': [day(2022, 1, 1), null, 3, false],
		'Sean Whitaker': [day(2022, 1, 1), null, 2.5, false],
		'Priya Desai': [day(2022, 1, 1), null, 2, true],
		'Gareth Hughes': [day(2022, 1, 1), day(2023, 11, 24), 2, false],
		'Liam Fletcher': [day(2023, 5, 2), null, 2, true]
	};
	// priority → [weight, median hours to complete, spread]
	const pris = { Urgent: [8, 3, 0.6], High: [22, 14, 0.7], Medium: [45, 60, 0.8], Low: [25, 220, 0.9] };
	const exported = atTime(day(2024, 12, 31), 16, 0);
	const rows = [];
	for (let t = day(2022, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		// the factory is shut on Christmas Day, Boxing Day and New Year's Day; busier in the autumn
		// rush, and the old extruder wears
		if ((m === 12 && (t.getUTCDate() === 25 || t.getUTCDate() === 26)) || (m === 1 && t.getUTCDate() === 1)) continue;
		const n = poisson(1.3 * (m >= 9 && m <= 11 ? 1.2 : 1) * (t.getUTCDay() === 0 ? 0.5 : 1));
		for (let k = 0; k < n; k++) {
			const machine = weighted(Object.entries(machines).map(([mc, [, w]]) => [mc, w * (mc === 'Chiller' && m >= 6 && m <= 8 ? 3 : 1) * (mc === 'Extruder 1' ? 1 + (y - 2022) * 0.25 : 1)]));
			const [area, , fw, partsX] = machines[machine];
			const fault = weighted(faults.map((f, i) => [f, fw[i]]));
			const safety = rand() < (area === 'Warehouse' ? 0.16 : fault === 'Electrical' ? 0.09 : 0.03);
			let pri = weighted(Object.entries(pris).map(([p, [w]]) => [p, w]));
			if (safety && (pri === 'Low' || pri === 'Medium')) pri = rand() < 0.5 ? 'Urgent' : 'High';
			const hour = weighted([[int(6, 13), 5], [int(14, 21), 3], [pick([22, 23, 0, 1, 2, 3, 4, 5]), 2]]);
			const reported = atTime(t, hour, int(0, 59), int(0, 59));
			const [, median, spread] = pris[pri];
			// some low-priority jobs wait weeks for parts or for a planned stop
			const waits = pri === 'Low' && rand() < 0.3 ? int(300, 2400) : pri === 'Medium' && rand() < 0.05 ? int(100, 600) : 0;
			const ttc = Math.max(0.3, median * Math.exp(normal(0, spread))) + waits;
			const completed = new Date(reported.getTime() + Math.round(ttc * 60) * 60000);
			// from October 2024 some low-priority jobs are held over for the January shutdown
			const deferred = pri === 'Low' && t >= day(2024, 10, 1) && rand() < 0.35;
			const done = !deferred && completed <= exported;
			const electrician = fault === 'Electrical' || fault === 'Software' || fault === 'Sensor';
			const here = Object.entries(techs).filter(([, [from, until]]) => from <= t && (!until || until >= t));
			const tech = weighted(here.map(([nm, [, , w, elec]]) => [nm, w * (electrician === elec ? 2.5 : 1)]));
			// jobs not done yet: urgent ones and those a few weeks old mostly have a technician on them
			const assigned = done || pri === 'Urgent' || pri === 'High' || (!deferred && hours(reported, exported) > 24 * 21) || rand() < 0.4;
			let downtime = 0;
			if (pri === 'Urgent') downtime = Math.min(ttc, ttc * (0.7 + rand() * 0.3));
			else if (pri === 'High' && rand() < 0.45) downtime = Math.min(ttc, 4 * Math.exp(normal(0, 0.7)));
			else if (pri === 'Medium' && rand() < 0.2) downtime = Math.min(ttc, 1.5 * Math.exp(normal(0, 0.6)));
			const labour = Math.min(ttc, (pri === 'Urgent' ? 3 : pri === 'High' ? 2.5 : 2) * Math.exp(normal(0, 0.6)));
			const parts = fault === 'Software' || rand() < 0.4 ? 0 : partsMedian[fault] * partsX * Math.exp(normal(0, 0.8));
			const status = done ? 'Closed' : assigned ? 'In Progress' : 'Open';
			rows.push({ reported, machine, area, fault, pri, completed: done ? completed : null, downtime: done ? round1(Math.max(0, downtime)) : null, labour: done ? Math.max(0.2, round1(labour)) : null, parts: status === 'Open' ? 0 : round2(parts), tech: assigned ? tech : null, status, safety });
		}
	}
	rows.sort((a, b) => a.reported - b.reported);
	writeCsv(
		OUT,
		'work_orders.csv',
		['WO Number', 'machine', 'Area', 'faultType', 'pri', 'Reported At', 'completed_at', 'Downtime (hrs)', 'labour_hrs', 'parts_cost_gbp', 'Technician', 'Status', 'Safety Issue'],
		rows.map((r, i) => [
			`WO-${20001 + i}`,
			r.machine,
			r.area,
			r.fault,
			r.pri,
			isoStamp(r.reported),
			r.completed ? isoStamp(r.completed) : null,
			r.downtime === null ? null : r.downtime.toFixed(1),
			r.labour === null ? null : r.labour.toFixed(1),
			r.parts.toFixed(2),
			r.tech,
			r.status,
			r.safety ? 'Yes' : 'No'
		])
	);
}
