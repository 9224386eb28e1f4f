// Deterministic generator for the set U evaluation tables (a community EV charging network's
// sessions, a three-branch bakery's weekly production and waste count, a volunteer centre's
// shifts). No dependencies.
// Run from the repo root: node tests/nl/data/set-u/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260211);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);
const addMinutes = (d, mins) => new Date(d.getTime() + Math.round(mins * 60) * 1000);

// ------------------------------------------------------------------ EV charging sessions (2022-2024)
{
	// Greenway Charge: a small community-owned charging network in a market town, five sites (a
	// sixth, the park & ride, opened in June 2023). One row per charging session, 2022-2024, from
	// the back office's export. Rapid chargers have a CCS and a CHAdeMO lead, the others a Type 2
	// socket. An idle fee for staying plugged in after charging finished came in on 2023-06-01
	// (blank before then).
	// [site, prefix, opened, [[kind, count]], popularity]
	const sites = [
		['Harbour Street Car Park', 'HSC', day(2022, 1, 1), [['ac', 4], ['rapid', 2]], 1.2],
		['Riverside Leisure Centre', 'RLC', day(2022, 1, 1), [['ac', 6]], 0.9],
		['Market Square', 'MKT', day(2022, 1, 1), [['ac', 2], ['rapid', 1]], 0.8],
		['Northgate Retail Park', 'NRP', day(2022, 1, 1), [['rapid', 2], ['ultra', 2]], 1.3],
		['Station Road', 'STN', day(2022, 1, 1), [['ac', 4]], 0.7],
		['Kingsway Park & Ride', 'KPR', day(2023, 6, 12), [['ac', 6], ['rapid', 2]], 1.0]
	].map(([name, prefix, opened, kinds, pop]) => {
		const chargers = [];
		let n = 0;
		for (const [kind, count] of kinds) for (let i = 0; i < count; i++) chargers.push({ id: `${prefix}-${pad(++n)}`, kind });
		return { name, opened, chargers, pop };
	});
	// make → [weight, battery kWh, rapid connector ('CCS' | 'CHAdeMO')]
	const makes = {
		Tesla: [14, 70, 'CCS'],
		Nissan: [12, 40, 'CHAdeMO'],
		Kia: [11, 64, 'CCS'],
		Hyundai: [9, 64, 'CCS'],
		Volkswagen: [10, 58, 'CCS'],
		MG: [9, 51, 'CCS'],
		BMW: [5, 66, 'CCS'],
		Renault: [6, 52, 'CCS'],
		Vauxhall: [5, 50, 'CCS'],
		Audi: [4, 80, 'CCS'],
		Polestar: [3, 75, 'CCS'],
		Skoda: [5, 62, 'CCS'],
		Mitsubishi: [2, 13, 'CHAdeMO']
	};
	const faults = [
		['COMMS_LOST', 4],
		['EV_REJECTED', 3],
		['OVERTEMP', 1.5],
		['GROUND_FAULT', 1],
		['EMERGENCY_STOP', 0.7]
	];
	// £ per kWh by year and charger kind; members pay less
	const rates = { 2022: { ac: 0.35, rapid: 0.55, ultra: 0.65 }, 2023: { ac: 0.45, rapid: 0.69, ultra: 0.79 }, 2024: { ac: 0.42, rapid: 0.65, ultra: 0.75 } };
	const memberOff = { ac: 0.06, rapid: 0.1, ultra: 0.1 };
	const hourW = [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.5, 2.5, 3, 3.2, 3.2, 3.4, 3.2, 3, 3, 3.2, 3.4, 3, 2.5, 1.8, 1.2, 0.8, 0.5];
	const idleStart = day(2023, 6, 1);
	const rows = [];
	for (let t = day(2022, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const dow = t.getUTCDay();
		// uptake grows year on year, a little busier at weekends and in summer holidays
		const growth = 0.77 + ((t - day(2022, 1, 1)) / (365 * 86400000)) * 0.72;
		const n = poisson(growth * (dow === 0 || dow === 6 ? 1.15 : 1) * (m === 8 ? 1.2 : m === 1 ? 0.85 : 1));
		const open = sites.filter((s) => s.opened <= t);
		for (let k = 0; k < n; k++) {
			const site = weighted(open.map((s) => [s, s.pop]));
			const make = rand() < 0.06 ? null : weighted(Object.entries(makes).map(([mk, v]) => [mk, v[0] * (mk === 'Nissan' && y === 2024 ? 0.6 : 1)]));
			const [, battery, rapidLead] = make ? makes[make] : [null, 60, rand() < 0.9 ? 'CCS' : 'CHAdeMO'];
			let charger = pick(site.chargers);
			// a car that cannot use a 150 kW charger (CHAdeMO) goes to another
			if (charger.kind === 'ultra' && rapidLead === 'CHAdeMO') charger = site.chargers.find((c) => c.kind === 'rapid') ?? charger;
			const connector = charger.kind === 'ac' ? 'Type 2' : charger.kind === 'ultra' ? 'CCS' : rapidLead;
			const start = atTime(t, weighted(hourW.map((w, h) => [h, w])), int(0, 59), int(0, 59));
			const member = rand() < (y === 2022 ? 0.3 : y === 2023 ? 0.38 : 0.45);
			const need = battery * clamp(0.2 + rand() * 0.6, 0.1, 0.9);
			let kwh;
			let chargeMins;
			let plugged;
			if (charger.kind === 'ac') {
				// 7 kW posts; people often leave the car for hours
				const power = battery < 20 ? 3.6 : 6.8;
				const stay = clamp(normal(site.name === 'Station Road' ? 420 : 150, site.name === 'Station Road' ? 120 : 70), 20, 720);
				chargeMins = Math.min(stay, (need / power) * 60);
				kwh = (power * chargeMins) / 60;
				chargeMins = Math.max(chargeMins, 5);
				plugged = stay;
			} else {
				const power = charger.kind === 'ultra' ? 85 : connector === 'CHAdeMO' ? 38 : 42;
				kwh = need;
				chargeMins = (need / power) * 60 * (1 + rand() * 0.2) + 2;
				plugged = chargeMins + (rand() < 0.8 ? rand() * 6 : Math.abs(normal(12, 12)));
			}
			const fault = rand() < 0.035 ? weighted(faults) : null;
			if (fault) {
				// stopped early: little or no energy delivered
				const frac = fault === 'EV_REJECTED' ? 0 : rand() * 0.25;
				kwh *= frac;
				plugged = Math.max(1, plugged * (frac + 0.05));
				chargeMins = plugged;
			}
			kwh = round2(kwh);
			const rate = rates[y][charger.kind] - (member ? memberOff[charger.kind] : 0);
			const cost = round2(kwh * rate);
			let idle = null;
			if (start >= idleStart) {
				// after a grace period (10 min rapid, 60 min AC), a charge per minute, capped at £20
				const over = plugged - chargeMins - (charger.kind === 'ac' ? 60 : 10);
				idle = over > 0 && !fault ? Math.min(20, round2(over * (charger.kind === 'ac' ? 0.1 : 0.5))) : 0;
			}
			rows.push({
				start,
				end: addMinutes(start, plugged),
				site: site.name,
				charger: charger.id,
				connector,
				kwh,
				cost,
				member,
				make,
				idle,
				fault
			});
		}
	}
	rows.sort((a, b) => a.start - b.start);
	writeCsv(
		OUT,
		'ev_charging_sessions.csv',
		['session_id', 'chargerId', 'Site Name', 'connector', 'Start Time', 'end_time', 'kwh', 'Cost (£)', 'Member', 'Vehicle Make', 'idleFee', 'fault_code'],
		rows.map((r, i) => [
			880101 + i,
			r.charger,
			r.site,
			r.connector,
			isoStamp(r.start),
			isoStamp(r.end),
			r.kwh.toFixed(2),
			r.cost.toFixed(2),
			r.member ? 'Yes' : 'No',
			r.make,
			r.idle === null ? null : r.idle.toFixed(2),
			r.fault
		])
	);
}

// ------------------------------------------------------------------ bakery production and waste (2023-2024)
{
	// Crumb & Co.: a high-street bakery with three branches (Market Hall opened in September 2023).
	// Each branch does a full end-of-day count once a week, on a different weekday each week
	// (Monday-Saturday): for every product it baked that day, how many were baked, sold and left
	// over, at what price, and whether the leftovers went to the food bank (collections on
	// Tuesdays and Fridays from May 2023) rather than the bin.
	// [product, category, price 2023, base daily bake, sell-through, months (null: all year), branches]
	const products = [
		['White Bloomer', 'Bread', 3.2, 28, 0.86, null, null],
		['Sourdough', 'Bread', 4.5, 22, 0.9, null, null],
		['Wholemeal Tin', 'Bread', 2.9, 16, 0.8, null, ['Station Parade', 'Market Hall']],
		['Seeded Rye', 'Bread', 3.8, 10, 0.74, null, ['High Street']],
		['Baguette', 'Bread', 1.9, 24, 0.83, null, ['High Street', 'Station Parade']],
		['Croissant', 'Pastry', 1.8, 40, 0.88, null, null],
		['Pain au Chocolat', 'Pastry', 2.1, 30, 0.9, null, ['High Street', 'Station Parade']],
		['Cinnamon Bun', 'Pastry', 2.6, 24, 0.85, null, ['High Street', 'Market Hall']],
		['Sausage Roll', 'Pastry', 2.2, 36, 0.92, null, null],
		['Mince Pie', 'Pastry', 1.5, 30, 0.8, [11, 12], null],
		['Lemon Drizzle', 'Cake', 2.8, 14, 0.78, null, ['High Street']],
		['Chocolate Brownie', 'Cake', 2.5, 20, 0.87, null, ['Station Parade', 'Market Hall']],
		['Carrot Cake', 'Cake', 3.1, 12, 0.75, null, ['High Street']],
		['Stollen', 'Cake', 4.2, 8, 0.7, [12], ['High Street']]
	].map(([name, category, price, base, sell, months, branches]) => ({ name, category, price, base, sell, months, branches }));
	// branch → [opened, footfall]
	const branches = [
		['High Street', day(2023, 1, 1), 1.2],
		['Station Parade', day(2023, 1, 1), 0.9],
		['Market Hall', day(2023, 9, 4), 0.7]
	];
	const bakers = { Bread: [['JM', 5], ['AK', 3]], Pastry: [['PT', 4], ['SO', 3], ['AK', 1]], Cake: [['RB', 5], ['SO', 1]] };
	const rows = [];
	for (let week = day(2023, 1, 2); week <= day(2024, 12, 23); week = addDays(week, 7)) {
		for (const [branch, opened, footfall] of branches) {
			if (week < opened) continue;
			// closed over Christmas
			const t = addDays(week, int(0, 5));
			const m = t.getUTCMonth() + 1;
			const dow = t.getUTCDay();
			if (m === 12 && t.getUTCDate() >= 25) continue;
			if (m === 1 && t.getUTCDate() === 1) continue;
			const busy = footfall * (dow === 6 ? 1.3 : dow === 1 ? 0.85 : 1) * (m === 12 ? 1.15 : m === 8 ? 0.9 : 1);
			const donates = t >= day(2023, 5, 2) && (dow === 2 || dow === 5);
			for (const p of products) {
				if (p.months && !p.months.includes(m)) continue;
				if (p.branches && !p.branches.includes(branch)) continue;
				// the baker plans on last week's trade; demand varies around it
				const baked = Math.max(4, Math.round(p.base * busy * (branch === 'Market Hall' && p.category === 'Bread' ? 0.7 : 1) * Math.exp(normal(0, 0.08))));
				const demand = baked * p.sell * Math.exp(normal(0, 0.12)) * (dow === 6 ? 1.05 : 1);
				const sold = Math.min(baked, Math.round(demand));
				// prices went up in March 2024
				const price = round2(t >= day(2024, 3, 4) ? Math.round(p.price * 1.08 * 20) / 20 : p.price);
				rows.push({
					t,
					branch,
					p,
					baked,
					sold,
					// not counted on some busy days
					waste: rand() < 0.035 ? null : baked - sold,
					price,
					donated: donates && baked > sold,
					baker: rand() < 0.03 ? null : weighted(bakers[p.category])
				});
			}
		}
	}
	rows.sort((a, b) => a.t - b.t || a.branch.localeCompare(b.branch));
	writeCsv(
		OUT,
		'bakery_waste_log.csv',
		['log_date', 'Branch', 'Product', 'Category', 'baked_qty', 'Sold Qty', 'wasteQty', 'pri', 'Donated', 'Baker'],
		rows.map((r) => [isoDate(r.t), r.branch, r.p.name, r.p.category, r.baked, r.sold, r.waste, r.price.toFixed(2), r.donated ? 'Yes' : 'No', r.baker])
	);
}

// ------------------------------------------------------------------ volunteer shifts (2022-2024)
{
	// Brookside Volunteer Centre: shifts worked by its volunteers across six projects, April 2022 to
	// December 2024, from the rota system. A volunteer's first shift is flagged for those who
	// joined after the rota system went live; travel is the round trip, and drivers on Meals on
	// Wheels include their delivery round. The shift's feedback score (1-5) is the volunteer's own
	// rating from a text message afterwards; many never reply.
	// project → [[role, weight]], hours [lo, hi]
	const projects = {
		'Food Bank': [[['Warehouse', 5], ['Driver', 2], ['Reception', 2]], [2, 4]],
		'Community Café': [[['Kitchen', 4], ['Reception', 2]], [3, 5]],
		'Charity Shop': [[['Shop Assistant', 5], ['Warehouse', 1]], [3, 6]],
		'Meals on Wheels': [[['Driver', 1]], [2, 3.5]],
		'Community Garden': [[['Gardener', 1]], [2, 5]],
		Befriending: [[['Befriender', 1]], [1, 2]]
	};
	const first = ['Aisha', 'Ben', 'Carol', 'David', 'Eleanor', 'Fatima', 'George', 'Hannah', 'Imran', 'Joan', 'Kevin', 'Linda', 'Mohammed', 'Niamh', 'Oliver', 'Priya', 'Rachel', 'Simon', 'Tom', 'Usha', 'Valerie', 'William', 'Yusuf', 'Zoe', 'Margaret', 'Peter', 'Sarah', 'James', 'Grace', 'Harry', 'Ruth', 'Dennis', 'Chloe', 'Arjun', 'Bernard', 'Emily', 'Frank', 'Jasmine', 'Keith', 'Lucy', 'Maureen', 'Nathan', 'Olga', 'Patrick', 'Sian', 'Trevor'];
	const last = ['Smith', 'Patel', 'Jones', 'Williams', 'Khan', 'Brown', 'Taylor', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Roberts', 'Hughes', 'Walker', 'Wright', 'Green', 'Hall', 'Wood', 'Clarke', 'Ahmed', 'Murphy', "O'Brien", 'Kowalski', 'Okafor', 'Singh', 'Turner', 'Baker', 'Price'];
	const bands = [['16-24', 2], ['25-34', 1.5], ['35-49', 2], ['50-64', 3], ['65-74', 4], ['75+', 1.2]];
	const startAt = day(2022, 4, 1);
	const endAt = day(2024, 12, 31);
	const names = new Set();
	const volunteers = [];
	for (let i = 0; i < 105; i++) {
		let name;
		do name = `${pick(first)} ${pick(last)}`;
		while (names.has(name));
		names.add(name);
		const band = weighted(bands);
		// 40 on the books when the rota went live, the rest join over the period
		const joined = i < 40 ? null : addDays(startAt, int(10, 960));
		const from = joined ?? startAt;
		const stays = rand() < 0.35 ? addDays(from, int(40, 500)) : endAt;
		const project = weighted(Object.keys(projects).map((p) => [p, { 'Food Bank': 5, 'Community Café': 3, 'Charity Shop': 4, 'Meals on Wheels': 2.5, 'Community Garden': 2, Befriending: 2 }[p] * (band === '16-24' && p === 'Meals on Wheels' ? 0.2 : 1)]));
		volunteers.push({
			name,
			band,
			joined,
			from,
			until: stays > endAt ? endAt : stays,
			project,
			second: rand() < 0.3 ? pick(Object.keys(projects)) : null,
			// shifts a week
			rate: clamp(Math.exp(normal(Math.log(0.22), 0.7)), 0.05, 1.4) * (band === '65-74' ? 1.3 : 1),
			miles: rand() < 0.2 ? 0 : round1(clamp(Math.exp(normal(Math.log(5), 0.7)), 0.6, 28)),
			claims: rand() < 0.55,
			replies: rand() < 0.7 ? 0.85 : 0.2,
			mood: normal(0.4, 0.5)
		});
	}
	const rows = [];
	for (const v of volunteers) {
		let isFirst = v.joined !== null;
		for (let t = v.from; t <= v.until; t = addDays(t, 1)) {
			const m = t.getUTCMonth() + 1;
			const dow = t.getUTCDay();
			if (rand() > (v.rate / 7) * (dow === 0 ? 0.3 : 1) * (m === 8 ? 0.7 : m === 12 ? 1.2 : 1)) continue;
			const project = v.second && rand() < 0.3 ? v.second : v.project;
			if (project === 'Community Garden' && (m <= 2 || m >= 11) && rand() < 0.7) continue;
			const [roles, [lo, hi]] = projects[project];
			const role = weighted(roles);
			const hrs = Math.round((lo + rand() * (hi - lo)) * 4) / 4;
			const drive = role === 'Driver' ? round1(v.miles + clamp(normal(project === 'Meals on Wheels' ? 18 : 9, 5), 2, 40)) : v.miles;
			const score = rand() < v.replies ? clamp(Math.round(4 + v.mood + normal(0, 0.7) - (project === 'Food Bank' && m === 12 ? 0.6 : 0)), 1, 5) : null;
			rows.push({
				t,
				name: v.name,
				band: v.band,
				role,
				project,
				hrs,
				miles: drive,
				claimed: drive > 0 && (role === 'Driver' ? rand() < 0.9 : v.claims && rand() < 0.85),
				first: isFirst,
				score
			});
			isFirst = false;
		}
	}
	rows.sort((a, b) => a.t - b.t || a.name.localeCompare(b.name));
	writeCsv(
		OUT,
		'volunteer_shifts.csv',
		['shift_id', 'Volunteer Name', 'ageBand', 'Role', 'project', 'Shift Date', 'hrs', 'Travel (miles)', 'Mileage Claimed', 'first_shift', 'Feedback Score'],
		rows.map((r, i) => [`VS-${pad(i + 1, 5)}`, r.name, r.band, r.role, r.project, isoDate(r.t), r.hrs.toFixed(2), r.miles.toFixed(1), r.claimed ? 'Yes' : 'No', r.first ? 'Yes' : 'No', r.score])
	);
}
