// Deterministic generator for the set N evaluation tables (a small-animal vet practice's visits,
// a regional charity's donations, one runner's training log). No dependencies.
// Run from the repo root: node tests/nl/data/set-n/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal } = randomTools(20240611);

const FIRST = [
	'Emma', 'James', 'Olivia', 'William', 'Sophia', 'Benjamin', 'Charlotte', 'Lucas', 'Amelia',
	'Henry', 'Harper', 'Daniel', 'Evelyn', 'Michael', 'Abigail', 'Samuel', 'Grace', 'David',
	'Chloe', 'Joseph', 'Nora', 'Andrew', 'Zoe', 'Ryan', 'Hannah', 'Nathan', 'Leah', 'Aaron',
	'Priya', 'Marcus', 'Fatima', 'Connor', 'Ingrid', 'Mateo', 'Keiko', 'Omar', 'Rosa', 'Declan',
	'Anita', 'Victor'
];
const LAST = [
	'Anderson', 'Bennett', 'Carter', 'Dawson', 'Ellis', 'Foster', 'Garcia', 'Hughes', 'Ibrahim',
	'Jensen', 'Kaur', 'Lawson', 'Mitchell', 'Nguyen', 'Owens', 'Parker', 'Quinn', 'Reid',
	'Sullivan', 'Thompson', 'Underwood', 'Vasquez', 'Walsh', 'Young', 'Brennan', 'Castillo',
	'Doyle', 'Fitzgerald', 'Holloway', 'McKenzie', 'Novak', 'Patel', 'Robertson', 'Shah', 'Tanaka'
];

// ------------------------------------------------------------------ vet visits (2023-2024)
{
	const PET_NAMES = [
		'Bella', 'Max', 'Luna', 'Charlie', 'Daisy', 'Milo', 'Coco', 'Buddy', 'Lola', 'Rocky',
		'Bailey', 'Molly', 'Oscar', 'Poppy', 'Teddy', 'Willow', 'Simba', 'Nala', 'Ziggy', 'Pepper',
		'Biscuit', 'Rosie', 'Jasper', 'Maple', 'Archie', 'Hazel', 'Loki', 'Ruby', 'Murphy', 'Tilly',
		'Bruno', 'Cleo', 'Frankie', 'Juniper', 'Otis', 'Pickle', 'Sage', 'Winston', 'Olive', 'Gus'
	];
	// [species, weight, breeds, weight mean kg, weight sd, lifespan]
	const species = [
		['Dog', 10, ['Labrador Retriever', 'Cocker Spaniel', 'French Bulldog', 'Border Collie', 'Dachshund', 'Golden Retriever', 'Staffordshire Bull Terrier', 'Mixed'], 18, 9, 15],
		['Cat', 8, ['Domestic Shorthair', 'Maine Coon', 'Siamese', 'British Shorthair', 'Ragdoll', 'Bengal'], 4.6, 1.1, 18],
		['Rabbit', 1.5, ['Netherland Dwarf', 'Holland Lop', 'Lionhead'], 2.0, 0.5, 10],
		['Guinea Pig', 0.8, [], 1.0, 0.2, 7],
		['Bird', 0.6, [], 0.3, 0.2, 15]
	];
	const vets = ['Dr. Sarah Mitchell', 'Dr. James Okoro', 'Dr. Priya Nair', 'Dr. Tom Becker'];
	// [visit type, weight, base charge, charge sd, duration mean, duration sd]
	const vtypes = [
		['Vaccination', 5, 68, 8, 15, 3],
		['Check-up', 6, 55, 10, 20, 5],
		['Illness', 5, 120, 45, 25, 8],
		['Injury', 2.5, 160, 70, 30, 10],
		['Dental', 1.5, 310, 90, 60, 15],
		['Surgery', 1, 780, 260, 95, 30],
		['Follow-up', 3, 42, 8, 15, 4]
	];
	// a pool of pets, each with an owner
	const pets = [];
	const usedPets = new Set();
	for (let i = 0; i < 620; i++) {
		const sp = weighted(species.map((s) => [s, s[1]]));
		let name, owner;
		do {
			name = pick(PET_NAMES);
			owner = `${pick(FIRST)} ${pick(LAST)}`;
		} while (usedPets.has(`${name}|${owner}`));
		usedPets.add(`${name}|${owner}`);
		const breed = sp[2].length ? (rand() < 0.08 ? null : pick(sp[2])) : null;
		const age = round1(clamp(rand() * sp[5] * 0.9 + 0.3, 0.2, sp[5]));
		const dogKg = { 'Labrador Retriever': 32, 'Cocker Spaniel': 13, 'French Bulldog': 12, 'Border Collie': 19, Dachshund: 9, 'Golden Retriever': 30, 'Staffordshire Bull Terrier': 16, Mixed: 17 };
		const mean = sp[0] === 'Dog' ? dogKg[breed ?? 'Mixed'] : sp[3];
		const w = clamp(normal(mean, sp[0] === 'Dog' ? mean * 0.12 : sp[4]), sp[3] * 0.25, sp[3] * 3);
		const insured = sp[0] === 'Dog' ? rand() < 0.45 : sp[0] === 'Cat' ? rand() < 0.3 : rand() < 0.05;
		pets.push({ id: `P${3000 + i}`, name, owner, sp: sp[0], breed, age, w, insured, active: 0.4 + rand() });
	}
	const rows = [];
	let t = day(2023, 1, 3);
	const end = day(2024, 12, 31);
	while (t <= end) {
		const dow = t.getUTCDay();
		if (dow !== 0) {
			const n = dow === 6 ? int(0, 3) : int(1, 4);
			for (let k = 0; k < n; k++) {
				const pet = weighted(pets.map((p) => [p, p.active]));
				let vt = weighted(vtypes.map((v) => [v, v[1]]));
				if ((pet.sp === 'Bird' || pet.sp === 'Guinea Pig') && vt[0] === 'Vaccination') vt = vtypes[1];
				const vet = dow === 6 ? 'Dr. Tom Becker' : weighted([[vets[0], 3], [vets[1], 3], [vets[2], 2.5], [vets[3], 1.5]]);
				const yearsIn = (t - day(2023, 1, 1)) / (365.25 * 86400000);
				const charge = round2(clamp(normal(vt[2], vt[3]) * (pet.sp === 'Dog' ? 1.1 : pet.sp === 'Cat' ? 1 : 0.75) * (1 + 0.06 * yearsIn), 25, 2400));
				const dur = Math.round(clamp(normal(vt[4], vt[5]), 10, 180) / 5) * 5;
				const paidBy = pet.insured && charge > 100 ? 'Insurance' : weighted([['Card', 8], ['Cash', 1.5], ['Insurance', pet.insured ? 2 : 0]]);
				const follow = vt[0] === 'Surgery' || vt[0] === 'Injury' ? rand() < 0.8 : vt[0] === 'Illness' ? rand() < 0.45 : vt[0] === 'Dental' ? rand() < 0.3 : rand() < 0.04;
				const weight = rand() < 0.05 ? null : round2(pet.w * (1 + normal(0, 0.03)));
				const age = rand() < 0.03 ? null : round1(pet.age + yearsIn);
				rows.push([0, isoDate(t), pet.name, pet.sp, pet.breed, pet.owner, age, weight, vet, vt[0], dur, charge, paidBy, follow ? 'Yes' : 'No']);
			}
		}
		t = addDays(t, 1);
	}
	rows.forEach((r, i) => (r[0] = `V-${pad(10001 + i, 5)}`));
	writeCsv(
		OUT,
		'vet_visits.csv',
		['visit_id', 'Visit Date', 'pet_name', 'Species', 'breed', 'Owner Name', 'ageYrs', 'weight_kg', 'Vet', 'visit_type', 'dur_min', 'Total Charge', 'paid_by', 'Follow Up Needed'],
		rows
	);
}

// ------------------------------------------------------------------ charity donations (2022-2024)
{
	const regions = [
		['North West', 1.4],
		['Yorkshire', 1.2],
		['London', 1.5],
		['Midlands', 1.1],
		['South East', 1.0],
		['Scotland', 0.7]
	];
	const companies = [
		'Hartley Joinery Ltd', 'Greenway Logistics', 'Pennine Print Co', 'Bright Smile Dental',
		'Northern Rail Supplies', 'Castlegate Solicitors', 'Mill Lane Bakery', 'Ashworth Engineering',
		'Riverside Motors', 'Kestrel IT Services', 'Oakfield Garden Centre', 'Blue Door Estate Agents'
	];
	const trusts = ['The Linwood Trust', 'Halcyon Foundation', 'The Mercer Charitable Trust', 'Saltaire Community Fund', 'The Greaves Foundation'];
	// campaigns with their active windows [name, months (1-12) or null for all year, weight]
	const campaigns = [
		['General Fund', null, 4],
		['Winter Appeal', [11, 12, 1], 5],
		['Spring Fun Run', [3, 4, 5], 4],
		['Emergency Appeal', null, 1],
		['Christmas Raffle', [11, 12], 3]
	];
	const donors = [];
	const usedD = new Set();
	for (let i = 0; i < 700; i++) {
		const type = weighted([['Individual', 88], ['Business', 8], ['Trust/Foundation', 4]]);
		let name;
		if (type === 'Individual') {
			do name = `${pick(FIRST)} ${pick(LAST)}`;
			while (usedD.has(name));
		} else if (type === 'Business') {
			name = companies[i % companies.length];
		} else name = trusts[i % trusts.length];
		if (usedD.has(name)) continue;
		usedD.add(name);
		donors.push({ id: `D${pad(1000 + i, 4)}`, name, type, region: weighted(regions), dd: type === 'Individual' && rand() < 0.07, gen: type === 'Individual' ? Math.exp(normal(3.2, 0.8)) : type === 'Business' ? Math.exp(normal(6, 0.7)) : Math.exp(normal(7.7, 0.5)), taxpayer: rand() < 0.6 });
	}
	const rows = [];
	// direct debits: monthly, fixed amount
	for (const d of donors.filter((x) => x.dd)) {
		const amt = pick([5, 5, 10, 10, 10, 15, 20, 25]);
		let m = int(0, 20);
		const stop = rand() < 0.3 ? int(m + 3, 35) : 35;
		for (; m <= stop; m++) {
			const date = day(2022 + Math.floor(m / 12), (m % 12) + 1, 1 + (d.id.charCodeAt(4) % 27));
			rows.push({ date, d, amt, channel: 'Direct Debit', campaign: 'General Fund', recurring: true });
		}
	}
	// one-off gifts
	for (let i = 0; i < 1250; i++) {
		const d = weighted(donors.map((x) => [x, x.type === 'Individual' ? 1 : 1.6]));
		let date = addDays(day(2022, 1, 1), int(0, 1095));
		const month = date.getUTCMonth() + 1;
		// emergency appeal only ran Mar-Jun 2023
		const options = campaigns.filter(([c, months]) => {
			if (c === 'Emergency Appeal') return date >= day(2023, 3, 1) && date <= day(2023, 6, 30);
			return months === null || months.includes(month);
		});
		const campaign = weighted(options.map((c) => [c[0], c[2] * (c[0] === 'Emergency Appeal' ? 4 : 1)]));
		let amt = d.gen * Math.exp(normal(0, 0.5));
		if (campaign === 'Christmas Raffle') amt = pick([2, 5, 5, 10, 10, 20]);
		else if (d.type === 'Individual') amt = amt < 20 ? Math.round(amt) : Math.round(amt / 5) * 5;
		else amt = Math.round(amt / 50) * 50;
		amt = Math.max(1, amt);
		const channel =
			campaign === 'Spring Fun Run' ? weighted([['Event', 6], ['Online', 4]]) :
			campaign === 'Christmas Raffle' ? weighted([['Cash', 5], ['Event', 3], ['Online', 2]]) :
			d.type !== 'Individual' ? weighted([['Cheque', 3], ['Online', 2]]) :
			weighted([['Online', 6], ['Cash', 1.5], ['Cheque', 1]]);
		rows.push({ date, d, amt, channel, campaign, recurring: false });
	}
	rows.sort((a, b) => a.date - b.date || a.d.id.localeCompare(b.d.id));
	const out = rows.map((r, i) => {
		const giftAid = r.d.type === 'Individual' && r.d.taxpayer && r.channel !== 'Cash' ? 'Y' : 'N';
		const thanked = r.recurring ? null : rand() < 0.1 ? null : isoDate(addDays(r.date, int(1, 21)));
		return [
			`DON-${22000 + i}`,
			isoDate(r.date),
			r.d.id,
			rand() < 0.04 && r.d.type === 'Individual' ? 'Anonymous' : r.d.name,
			r.d.type,
			r.campaign,
			r.channel,
			round2(r.amt),
			giftAid,
			r.recurring ? 'TRUE' : 'FALSE',
			rand() < 0.03 ? null : r.d.region,
			thanked
		];
	});
	writeCsv(
		OUT,
		'donations.csv',
		['donation_id', 'donatedOn', 'donor_ref', 'Donor Name', 'donor_type', 'Campaign', 'Channel', 'amt', 'Gift Aid', 'recurring', 'Region', 'Thank You Sent'],
		out
	);
}

// ------------------------------------------------------------------ running log (Mar 2022 - Feb 2025)
{
	const shoes = [
		['Brooks Ghost 14', day(2022, 3, 1), day(2022, 12, 31)],
		['Nike Pegasus 39', day(2022, 6, 1), day(2023, 8, 31)],
		['Hoka Clifton 9', day(2023, 1, 1), day(2024, 6, 30)],
		['Saucony Endorphin Speed 3', day(2023, 4, 1), day(2025, 2, 28)],
		['Asics Novablast 4', day(2024, 3, 1), day(2025, 2, 28)]
	];
	const routes = ['Riverside Loop', 'Canal Path', 'Parkrun Course', 'Hilltop Circuit', 'Track', 'Treadmill', 'Old Railway Line'];
	const races = [
		[day(2022, 5, 15), 'Race', 10, 'Town 10K'],
		[day(2022, 10, 9), 'Race', 21.1, 'Autumn Half Marathon'],
		[day(2023, 4, 23), 'Race', 42.2, 'City Marathon'],
		[day(2023, 9, 17), 'Race', 21.1, 'Autumn Half Marathon'],
		[day(2024, 3, 10), 'Race', 10, 'Town 10K'],
		[day(2024, 10, 13), 'Race', 42.2, 'Coastal Marathon'],
		[day(2025, 2, 2), 'Race', 5, 'Winter 5K']
	];
	const rows = [];
	let t = day(2022, 3, 1);
	const end = day(2025, 2, 28);
	while (t <= end) {
		const yrs = (t - day(2022, 3, 1)) / (365.25 * 86400000);
		const fitness = 1 + 0.05 * yrs; // getting faster
		const race = races.find((r) => r[0].getTime() === t.getTime());
		const dow = t.getUTCDay();
		const runToday = race || (rand() < (dow === 0 ? 0.85 : dow === 1 ? 0.2 : 0.55) && !(t.getUTCMonth() === 7 && t.getUTCDate() < 12 && t.getUTCFullYear() === 2023));
		if (runToday) {
			let type, dist, route;
			if (race) {
				type = 'Race';
				dist = race[2];
				route = race[3];
			} else {
				type = dow === 0 ? 'Long Run' : weighted([['Easy Run', 5], ['Tempo', 1.5], ['Intervals', 1.2], ['Recovery', 1.2]]);
				dist =
					type === 'Long Run' ? round2(clamp(normal(17, 4), 10, 34)) :
					type === 'Easy Run' ? round2(clamp(normal(7.5, 1.8), 3, 13)) :
					type === 'Tempo' ? round2(clamp(normal(9, 1.5), 6, 14)) :
					type === 'Intervals' ? round2(clamp(normal(8, 1.2), 5, 11)) :
					round2(clamp(normal(4.5, 1), 3, 7));
				route = type === 'Intervals' ? weighted([['Track', 4], ['Treadmill', 1]]) : type === 'Long Run' ? weighted([['Canal Path', 3], ['Old Railway Line', 3], ['Hilltop Circuit', 1]]) : weighted(routes.map((r) => [r, r === 'Track' ? 0.3 : r === 'Parkrun Course' && dow !== 6 ? 0.2 : 1]));
			}
			const basePace = { Race: 4.55, 'Long Run': 5.75, 'Easy Run': 5.85, Tempo: 4.95, Intervals: 5.05, Recovery: 6.45 }[type];
			const paceMin = clamp(normal(basePace, 0.18) / fitness + (dist > 30 ? 0.25 : 0), 3.7, 7.5);
			const secs = Math.round(paceMin * 60 * dist);
			const elev = route === 'Treadmill' || route === 'Track' ? 0 : Math.round(dist * (route === 'Hilltop Circuit' ? 28 : 6) * (0.7 + rand() * 0.6));
			const hr = rand() < 0.06 ? null : Math.round(clamp(normal({ Race: 172, 'Long Run': 148, 'Easy Run': 142, Tempo: 163, Intervals: 160, Recovery: 132 }[type], 5), 115, 190));
			const startH = dow === 0 || dow === 6 ? int(7, 9) : weighted([[6, 4], [7, 2], [12, 1], [18, 3], [19, 2]]);
			const start = `${isoDate(t)} ${pad(race ? 9 : startH)}:${pad(race ? 0 : int(0, 59))}:${pad(race ? 0 : int(0, 59))}`;
			const avail = shoes.filter(([, a, b]) => t >= a && t <= b);
			const shoe = rand() < 0.04 ? null : (type === 'Race' || type === 'Tempo' || type === 'Intervals') && avail.some((s) => s[0].startsWith('Saucony')) ? 'Saucony Endorphin Speed 3' : pick(avail)[0];
			const rpe = clamp(Math.round(normal({ Race: 9, 'Long Run': 7, 'Easy Run': 4, Tempo: 7, Intervals: 8, Recovery: 3 }[type], 0.8)), 1, 10);
			const kcal = Math.round(dist * 66 * (0.95 + rand() * 0.1));
			rows.push([start, type, route, dist, round1(secs / 60), round1((dist / secs) * 3600), hr, elev, kcal, shoe, rpe]);
		}
		t = addDays(t, 1);
	}
	writeCsv(
		OUT,
		'running_log.csv',
		['Start Time', 'activityType', 'Route', 'distance_km', 'Moving Time (min)', 'Avg Speed (km/h)', 'avg_hr', 'elev_gain_m', 'Calories', 'Shoes', 'RPE'],
		rows
	);
}
