// Deterministic generator for the set AG evaluation tables (a window cleaner's round book, a food
// bank's parcel log, a dinghy sailing club's race results). No dependencies. Run from the repo
// root: node tests/nl/data/set-ag/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, pad, randomTools, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20261208);

// ------------------------------------------------------------------ window cleaning rounds (2023-2024)
{
	// Clearview Window Cleaning, one van working from Fenwick: the round book for 2023 and 2024,
	// one row per clean due at a customer's house. Customers are on a four-weekly or an eight-
	// weekly round; the van works Monday to Friday, not in the week from Christmas Eve to New
	// Year. A clean missed for rain or because the side gate was locked is not made up: it waits
	// for the next round, and nothing is charged (Price empty, paid_by empty). Prices went up by
	// £2 a clean from 1 April 2024. A conservatory roof (£10 more) is done every other clean for
	// the customers who have one; gutters are cleared on request, mostly in the autumn (£35, £30 for
	// a flat's block or a terrace). Paid by cash, bank transfer or, from 1 July 2023, card; a clean
	// not yet paid for at the end of 2024 has paidBy empty too. The owner, Dean Hollis, cleans
	// most houses; Kieran O'Neill worked with him from 1 May 2023.
	const villages = {
		Fenwick: ['High Street', 'Mill Lane', 'Church Road', 'Orchard Close', 'Station Road', "St John's Way"],
		'Ashby Parva': ['The Green', 'Back Lane', 'Manor Road'],
		'Low Hesket': ['Chapel Street', 'Beck Side', 'Quarry Road'],
		'Thornby Marsh': ['Marsh Lane', 'Willow Drive'],
		Kelford: ['Park Avenue', 'Kings Road', 'Elm Grove', 'Cedar Court']
	};
	const villageWeights = [['Fenwick', 34], ['Ashby Parva', 14], ['Low Hesket', 14], ['Thornby Marsh', 8], ['Kelford', 20]];
	const houseTypes = [['Terraced', 26], ['Semi-Detached', 30], ['Detached', 18], ['Bungalow', 14], ['Flat', 8]];
	const basePrice = { Flat: 8, Terraced: 12, 'Semi-Detached': 15, Bungalow: 14, Detached: 20 };
	const windowsOf = { Flat: [4, 6], Terraced: [6, 9], 'Semi-Detached': [8, 12], Bungalow: [7, 11], Detached: [11, 18] };
	const name = uniqueNamer(pick);
	let seq = 0;
	const customers = [];
	const newCustomer = (from) => {
		seq++;
		const village = weighted(villageWeights);
		const type = weighted(houseTypes);
		const [lo, hi] = windowsOf[type];
		const windows = int(lo, hi);
		const big = windows - lo;
		const c = {
			no: pad(seq, 4),
			name: name(),
			village,
			street: pick(villages[village]),
			type,
			windows,
			price: basePrice[type] + Math.floor(big / 2),
			every: type === 'Detached' || rand() < 0.42 ? 4 : 8,
			conservatory: type !== 'Flat' && rand() < (type === 'Detached' ? 0.45 : 0.18),
			pays: weighted([['Cash', 40], ['Bank Transfer', 45], ['Card', 15]]),
			next: addDays(from, int(0, 27)),
			cleans: 0,
			until: null
		};
		if (c.every === 8) c.next = addDays(c.next, int(0, 1) * 28);
		customers.push(c);
		return c;
	};
	// fixed customers with an apostrophe in their names
	for (let i = 0; i < 62; i++) newCustomer(day(2023, 1, 2));
	customers[6].name = "Bridget O'Hare";
	customers[19].name = "Owen D'Souza";
	customers[40].name = "Tom O'Leary";
	const rows = [];
	const rainChance = [0.16, 0.14, 0.11, 0.08, 0.06, 0.05, 0.05, 0.06, 0.07, 0.1, 0.14, 0.16];
	const rainDays = new Set();
	for (let t = day(2023, 1, 2); t <= day(2024, 12, 31); t = addDays(t, 1)) if (rand() < rainChance[t.getUTCMonth()]) rainDays.add(isoDate(t));
	const end = day(2024, 12, 31);
	for (let t = day(2023, 1, 2); t <= end; t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const s = isoDate(t);
		// new customers through the year, more in spring; a few leave
		if (dow === 1 && rand() < [0.2, 0.25, 0.55, 0.6, 0.5, 0.4, 0.3, 0.3, 0.35, 0.25, 0.15, 0.05][t.getUTCMonth()]) newCustomer(addDays(t, 1));
		if (dow === 0 || dow === 6) continue;
		const holiday = s.slice(5) >= '12-24' || s.slice(5) <= '01-01';
		for (const c of customers) {
			if (c.until || c.next > t) continue;
			if (holiday) {
				c.next = addDays(t, 1);
				continue;
			}
			const rain = rainDays.has(s);
			const noAccess = !rain && rand() < 0.035;
			const done = !rain && !noAccess;
			const rise = t >= day(2024, 4, 1) ? 2 : 0;
			let conservatory = false;
			let gutters = false;
			let extras = 0;
			if (done) {
				conservatory = c.conservatory && c.cleans % 2 === 0;
				if (conservatory) extras += 10;
				const m = t.getUTCMonth() + 1;
				gutters = rand() < (m >= 9 && m <= 11 ? 0.09 : 0.015) * (c.every === 8 ? 1.6 : 1);
				if (gutters) extras += c.type === 'Flat' || c.type === 'Terraced' ? 30 : 35;
				c.cleans++;
			}
			const cleaner = t >= day(2023, 5, 1) && rand() < 0.38 ? "Kieran O'Neill" : 'Dean Hollis';
			const card = t >= day(2023, 7, 1);
			let paid = done ? (c.pays === 'Card' && !card ? 'Cash' : c.pays) : null;
			if (done && paid !== 'Card' && rand() < 0.08) paid = card ? 'Card' : 'Cash';
			if (done && t >= day(2024, 11, 15) && c.pays === 'Bank Transfer' && rand() < (t >= day(2024, 12, 9) ? 0.55 : 0.15)) paid = null;
			rows.push({ t, c, done, reason: rain ? 'Rain' : noAccess ? 'No access' : null, price: done ? c.price + rise : null, conservatory, gutters, extras: extras || null, paid, cleaner });
			c.next = addDays(t, c.every * 7);
			if (rand() < 0.012) c.until = t;
		}
	}
	writeCsv(
		OUT,
		'window_cleaning_rounds.csv',
		['job_id', 'Clean Date', 'Customer No', 'customerName', 'Street', 'Village', 'House Type', 'windows', 'Every (weeks)', 'Done', 'missed_reason', 'Price (£)', 'Conservatory', 'Gutters Cleared', 'Extras (£)', 'paidBy', 'Cleaner'],
		rows.map((r, i) => [i + 1, isoDate(r.t), r.c.no, r.c.name, r.c.street, r.c.village, r.c.type, r.c.windows, r.c.every, r.done ? 'Yes' : 'No', r.reason, r.price === null ? null : r.price.toFixed(2), r.conservatory ? 'Yes' : 'No', r.gutters ? 'Yes' : 'No', r.extras === null ? null : r.extras.toFixed(2), r.paid, r.cleaner])
	);
}

// ------------------------------------------------------------------ food bank parcels (2023-2024)
{
	// Harrowby Food Bank: its parcel log for 2023 and 2024, one row per food parcel handed out.
	// Open Tuesdays and Fridays until 31 August 2023; from 1 September 2023 Mondays, Wednesdays and
	// Fridays. Three distribution centres. Busier in winter (November to February, most in
	// December) and more in 2024 than in 2023. A parcel needs a voucher from a referral agency (a
	// six-digit number with its leading zeros); an emergency parcel is handed out without one, so
	// its voucher and agency are empty. Dietary needs are empty where there are none. Parcels are
	// collected or, for those who cannot get to a centre, delivered (from the Riverside Hub only).
	const centres = [["St Luke's Church Hall", 45], ['Eastgate Community Centre', 33], ['Riverside Hub', 22]];
	const agencies = [['Citizens Advice', 26], ['Jobcentre Plus', 14], ['GP Surgery', 10], ['School', 12], ['Social Services', 11], ['Housing Association', 9], ['Health Visitor', 6], ['Women\'s Aid', 4], ['Age UK', 8]];
	const volunteers = ['Margaret Ellis', 'Tony Briggs', "Sinead O'Malley", 'Ravi Chauhan', 'Joan Petrie', 'Ade Okafor'];
	const season = [1.35, 1.25, 1.05, 0.95, 0.9, 0.85, 0.95, 1.05, 0.95, 1.0, 1.25, 1.55];
	const rows = [];
	let voucher = 3200;
	const households = [];
	const namerH = () => {
		const adults = weighted([[1, 52], [2, 40], [3, 8]]);
		const children = adults === 1 ? weighted([[0, 55], [1, 18], [2, 15], [3, 8], [4, 4]]) : weighted([[0, 35], [1, 20], [2, 25], [3, 13], [4, 5], [5, 2]]);
		const diet = weighted([[null, 78], ['Vegetarian', 6], ['Halal', 7], ['Gluten Free', 3], ['Diabetic', 4], ['Vegan', 2]]);
		const h = { adults, children, diet, noCook: rand() < 0.06, housebound: rand() < 0.07 || adults === 1 && children === 0 && rand() < 0.05, visits: 0 };
		households.push(h);
		return h;
	};
	for (let t = day(2023, 1, 3); t <= day(2024, 12, 20); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const newDays = t >= day(2023, 9, 1);
		if (newDays ? ![1, 3, 5].includes(dow) : ![2, 5].includes(dow)) continue;
		if (['2023-04-07', '2024-03-29', '2023-05-01', '2024-05-06', '2023-08-28', '2024-08-26', '2023-12-25', '2023-12-26', '2024-05-27', '2023-05-29', '2023-05-08'].includes(isoDate(t))) continue;
		const growth = t.getUTCFullYear() === 2024 ? 1.15 : 1;
		const mean = (newDays ? 6.6 : 9.4) * season[m - 1] * growth;
		const n = poisson(mean);
		const vol = [pick(volunteers), pick(volunteers)];
		for (let k = 0; k < n; k++) {
			const returning = households.filter((h) => h.visits > 0 && h.visits < 8);
			const h = returning.length > 20 && rand() < 0.45 ? pick(returning) : namerH();
			const first = h.visits === 0;
			h.visits++;
			const emergency = rand() < 0.045;
			let centre = weighted(centres);
			const delivered = h.housebound && rand() < 0.9;
			if (delivered) centre = 'Riverside Hub';
			const size = h.adults + h.children;
			const type = h.noCook ? 'Kettle Pack' : size === 1 ? 'Single' : h.children > 0 && size >= 3 ? 'Family' : 'Standard';
			const kg = { Single: 9, Standard: 14, Family: 6 + size * 4.5, 'Kettle Pack': 7 }[type] * clamp(normal(1, 0.06), 0.85, 1.15);
			let agency = emergency ? null : weighted(agencies);
			if (agency === 'School' && h.children === 0) agency = 'Citizens Advice';
			if (agency === 'Health Visitor' && h.children === 0) agency = 'GP Surgery';
			if (agency === 'Age UK' && h.children > 1) agency = 'Social Services';
			const v = emergency ? null : pad((voucher += int(1, 4)), 6);
			rows.push({ t, centre, agency, v, adults: h.adults, children: h.children, size, type, diet: h.diet, first, delivered, vol: vol[k % 2], kg: Math.round(kg * 10) / 10 });
		}
	}
	writeCsv(
		OUT,
		'food_bank_parcels.csv',
		['parcel_id', 'Date Given', 'Distribution Centre', 'referralAgency', 'Voucher No', 'household_size', 'adults', 'children', 'Parcel Type', 'dietaryNeeds', 'First Visit', 'Delivered', 'Volunteer On Duty', 'Parcel Weight (kg)'],
		rows.map((r, i) => [i + 1, isoDate(r.t), r.centre, r.agency, r.v, r.size, r.adults, r.children, r.type, r.diet, r.first ? 'Yes' : 'No', r.delivered ? 'Yes' : 'No', r.vol, r.kg.toFixed(1)])
	);
}

// ------------------------------------------------------------------ sailing club races (2023-2024)
{
	// Tarnside Sailing Club, a dinghy club on a reservoir: its race results for the 2023 and 2024
	// seasons (March to October), one row per boat entered in a race. Sunday races: two a day in
	// the Spring (March to May), Summer (June to August) and Autumn (September and October)
	// series; Wednesday evening races, one a night, from May to August. A day with no wind or a
	// gale has no rows. Handicap racing on the Portsmouth Yardstick: corrected time = elapsed time
	// x 1000 / handicap, rounded to the second; positions by corrected time among the finishers.
	// A boat that did not finish (DNF), did not start (DNS) or was over the line at the start
	// (OCS) has no times and no position; it scores the number of entries plus one.
	const classes = {
		'ILCA 7': [1100, 1],
		'ILCA 6': [1145, 1],
		'RS Aero 7': [1065, 1],
		Solo: [1142, 1],
		Topper: [1365, 1],
		RS200: [1046, 2],
		GP14: [1130, 2],
		Wayfarer: [1102, 2],
		Enterprise: [1122, 2],
		Mirror: [1386, 2]
	};
	const classWeights = [['ILCA 7', 9], ['ILCA 6', 6], ['RS Aero 7', 4], ['Solo', 6], ['Topper', 3], ['RS200', 5], ['GP14', 5], ['Wayfarer', 3], ['Enterprise', 3], ['Mirror', 3]];
	const name = uniqueNamer(pick);
	const sailors = [];
	for (let i = 0; i < 38; i++) {
		const cls = weighted(classWeights);
		sailors.push({ helm: name(), cls, sail: cls === 'Topper' ? int(40000, 49999) : cls.startsWith('ILCA') ? int(150000, 219999) : int(1000, 15999), skill: clamp(normal(1, 0.045), 0.9, 1.12), crew: classes[cls][1] === 2 ? name() : null, keen: clamp(normal(0.36, 0.18), 0.1, 0.8), clubBoat: rand() < 0.12 });
	}
	sailors[3].helm = "Niamh O'Sullivan";
	sailors[3].skill = 0.93;
	sailors[11].helm = "Rory D'Arcy";
	sailors[20].crew = sailors[20].crew && "Aoife O'Connell";
	const rows = [];
	for (const y of [2023, 2024]) {
		const seriesNo = {};
		for (let t = day(y, 3, 1); t <= day(y, 10, 31); t = addDays(t, 1)) {
			const dow = t.getUTCDay();
			const m = t.getUTCMonth() + 1;
			const evening = dow === 3 && m >= 5 && m <= 8;
			if (dow !== 0 && !evening) continue;
			const series = evening ? 'Wednesday Evening' : m <= 5 ? 'Spring Series' : m <= 8 ? 'Summer Series' : 'Autumn Series';
			const windMean = [0, 0, 14, 13, 11, 10, 9, 9, 11, 13][m - 1] * (evening ? 0.8 : 1);
			const wind = Math.max(0, Math.round(normal(windMean, 4.5)));
			if (wind < 3 || wind > 25) continue;
			const races = evening ? 1 : 2;
			for (let r = 0; r < races; r++) {
				seriesNo[series] = (seriesNo[series] ?? 0) + 1;
				const raceNo = seriesNo[series];
				const course = (evening ? 2400 : 3300) * clamp(normal(1, 0.08), 0.85, 1.2) * (wind < 6 ? 1.35 : wind > 18 ? 0.9 : 1);
				const fleet = sailors.filter((s) => rand() < s.keen * (m >= 6 && m <= 8 ? 1.1 : 0.9) * (wind > 18 ? 0.7 : 1));
				if (fleet.length < 3) continue;
				const entries = fleet.map((s) => {
					const [py] = classes[s.cls];
					const roll = rand();
					const code = roll < 0.03 ? 'DNS' : roll < 0.045 ? 'OCS' : roll < 0.045 + (wind > 18 ? 0.12 : wind < 5 ? 0.08 : 0.025) * (s.cls === 'Topper' || s.cls === 'Mirror' ? 1.8 : 1) ? 'DNF' : null;
					const elapsed = code ? null : Math.round((course * py) / 1000 / s.skill * clamp(normal(1, 0.03), 0.92, 1.1) * (s.cls === 'RS Aero 7' && wind > 16 ? 1.05 : 1));
					const crew = s.crew === null ? null : rand() < 0.85 ? s.crew : pick(sailors.filter((o) => o.crew !== null && o !== s)).crew;
					return { s, py, code, elapsed, corrected: elapsed === null ? null : Math.round((elapsed * 1000) / py), crew };
				});
				const finishers = entries.filter((e) => e.code === null).sort((a, b) => a.corrected - b.corrected);
				finishers.forEach((e, i) => (e.pos = i + 1));
				for (const e of entries) rows.push({ t, series, raceNo, wind, entries: entries.length, ...e });
			}
		}
	}
	writeCsv(
		OUT,
		'sailing_club_races.csv',
		['Race Date', 'Series', 'raceNo', 'Helm', 'Crew', 'Boat Class', 'sail_number', 'Club Boat', 'PY', 'Elapsed (s)', 'correctedTime', 'Position', 'result_code', 'Points', 'Wind (knots)'],
		rows.map((r) => [isoDate(r.t), r.series, r.raceNo, r.s.helm, r.crew, r.s.cls, r.s.sail, r.s.clubBoat ? 'Yes' : 'No', r.py, r.elapsed, r.corrected, r.pos ?? null, r.code, r.pos ?? r.entries + 1, r.wind])
	);
}
