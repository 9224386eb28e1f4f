// Deterministic generator for the set AJ evaluation tables (a pottery studio's class bookings, a
// town's street-tree survey, a small taxi firm's drivers' expense claims). No dependencies. Run
// from the repo root: node tests/nl/data/set-aj/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, BANK_HOLIDAYS, clamp, day, isoDate, pad, randomTools, round1, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal } = randomTools(20261231);

const dow = (t) => t.getUTCDay();
const month = (t) => t.getUTCMonth() + 1;
const inRange = (t, from, to) => isoDate(t) >= from && isoDate(t) <= to;

// ------------------------------------------------------------------ pottery classes (2023-2024)
{
	// Mudlark Pottery, a small studio in a market town: its booking system's export for classes
	// from 7 January 2023 to 21 December 2024, one row per booking (a booking can be for several
	// seats). The weekly timetable: wheel throwing on Tuesday evenings and Saturday mornings (and
	// Thursday evenings from September 2024), hand building on Wednesday evenings, glazing on the
	// first and third Sunday of the month, kids clay on Saturday afternoons and on Tuesday and
	// Thursday mornings in the school holidays, a date night taster (couples, two seats a booking)
	// on the second and fourth Friday. Closed from 23 December to 3 January and for a week in
	// August. Adults come more in the autumn and winter, fewer in the summer; kids in the
	// holidays. Prices per seat went up from 1 March 2024 (by the class date), the kiln firing fee
	// too. The kiln fee is charged when a student's pieces are fired to take home (wheel throwing,
	// hand building, date night); it is empty when nothing was fired, for a no-show or a
	// cancellation, and on glazing and kids clay where firing is included. How they heard about
	// the studio is asked on a student's first booking only, so it is empty on repeat bookings.
	const classes = {
		'Wheel Throwing': { cap: 8, price: [42, 45], seats: [[1, 70], [2, 25], [3, 5]], lead: 35 },
		'Hand Building': { cap: 10, price: [32, 35], seats: [[1, 55], [2, 30], [3, 10], [4, 5]], lead: 30 },
		Glazing: { cap: 10, price: [22, 24], seats: [[1, 78], [2, 22]], lead: 25 },
		'Kids Clay': { cap: 8, price: [14, 15], seats: [[1, 60], [2, 32], [3, 8]], lead: 20 },
		'Date Night Taster': { cap: 12, price: [38, 42], seats: [[2, 1]], lead: 50 }
	};
	const holidays = [['2023-02-13', '2023-02-17'], ['2023-04-03', '2023-04-14'], ['2023-05-29', '2023-06-02'], ['2023-07-24', '2023-09-01'], ['2023-10-23', '2023-10-27'], ['2024-02-12', '2024-02-16'], ['2024-03-25', '2024-04-05'], ['2024-05-27', '2024-05-31'], ['2024-07-22', '2024-08-30'], ['2024-10-28', '2024-11-01']];
	const isHoliday = (t) => holidays.some(([a, b]) => inRange(t, a, b));
	const adultSeason = [1.05, 0.95, 0.9, 0.82, 0.72, 0.62, 0.58, 0.55, 0.85, 0.98, 1.08, 1.12];
	const heard = [['Instagram', 30], ['Friend or Family', 22], ['Google', 18], ['Gift Voucher', 12], ['Facebook', 8], ['Walked Past', 7], ['Local Paper', 3]];
	const name = uniqueNamer(pick);
	const adults = [];
	const kids = [];
	const newStudent = (pool) => {
		const s = { name: name(), bookings: 0, keen: rand() };
		pool.push(s);
		return s;
	};
	// a regular at the wheel, and two more with an apostrophe
	const niamh = { name: "Niamh O'Donnell", bookings: 0, keen: 1, wheel: true };
	adults.push(niamh);
	const bookings = [];
	for (let t = day(2023, 1, 7); t <= day(2024, 12, 21); t = addDays(t, 1)) {
		const s = isoDate(t);
		if (s.slice(5) >= '12-23' || s.slice(5) <= '01-03') continue;
		if (inRange(t, '2023-08-07', '2023-08-13') || inRange(t, '2024-08-05', '2024-08-11')) continue;
		const d = dow(t);
		const m = month(t);
		const nth = Math.floor((t.getUTCDate() - 1) / 7) + 1;
		const sessions = [];
		const tomOrRowan = t <= day(2024, 7, 31) ? 'Tom' : 'Rowan';
		if (d === 2) sessions.push(['Wheel Throwing', tomOrRowan]);
		if (d === 3) sessions.push(['Hand Building', tomOrRowan]);
		if (d === 4 && t >= day(2024, 9, 5)) sessions.push(['Wheel Throwing', 'Rowan']);
		if (d === 5 && (nth === 2 || nth === 4)) sessions.push(['Date Night Taster', 'Maggie']);
		if (d === 6) sessions.push(['Wheel Throwing', 'Maggie'], ['Kids Clay', 'Priya']);
		if (d === 0 && (nth === 1 || nth === 3)) sessions.push(['Glazing', 'Priya']);
		if ((d === 2 || d === 4) && isHoliday(t)) sessions.push(['Kids Clay', 'Priya']);
		for (let [cls, tutor] of sessions) {
			const c = classes[cls];
			if (rand() < 0.03) tutor = tutor === 'Maggie' ? 'Priya' : 'Maggie';
			const growth = t.getUTCFullYear() === 2024 ? 1.08 : 1;
			let fill;
			if (cls === 'Kids Clay') fill = (isHoliday(t) ? 0.9 : d === 6 && m === 12 ? 0.75 : 0.5) * growth;
			else if (cls === 'Date Night Taster') fill = (m === 2 ? 1 : m === 12 ? 0.85 : 0.6) * growth;
			else fill = 0.68 * adultSeason[m - 1] * growth * (d === 6 ? 1.15 : 1);
			const want = Math.min(c.cap, Math.round(c.cap * clamp(normal(fill, 0.15), 0.1, 1.05)));
			let taken = 0;
			while (taken < want) {
				let seats = weighted(c.seats);
				if (taken + seats > c.cap) seats = c.cap - taken;
				if (seats <= 0 || (cls === 'Date Night Taster' && seats < 2)) break;
				taken += seats;
				const pool = cls === 'Kids Clay' ? kids : adults;
				let st;
				if (cls === 'Wheel Throwing' && niamh.bookings < 60 && rand() < 0.1) st = niamh;
				else {
					const regulars = pool.filter((p) => p.bookings > 0 && p.keen > 0.55);
					st = regulars.length > 10 && rand() < 0.42 ? pick(regulars) : newStudent(pool);
				}
				const first = st.bookings === 0;
				st.bookings++;
				const lead = clamp(Math.round(-Math.log(1 - rand()) * c.lead * 0.5), 0, 120);
				const booked = addDays(t, -lead);
				const deposit = rand() < (lead <= 2 ? 0.45 : 0.9);
				const roll = rand();
				const status = roll < 0.1 ? 'Cancelled' : roll < 0.1 + (deposit ? 0.03 : 0.16) ? 'No-show' : 'Attended';
				const after = t >= day(2024, 3, 1) ? 1 : 0;
				let kiln = null;
				if (status === 'Attended') {
					if ((cls === 'Wheel Throwing' || cls === 'Hand Building') && rand() < 0.84) kiln = seats * (5 + after);
					if (cls === 'Date Night Taster' && rand() < 0.7) kiln = 8 + 2 * after;
				}
				bookings.push({ t, booked, cls, tutor, student: st.name, seats, price: c.price[after], kiln, deposit, status, heard: first ? weighted(heard) : null, r: rand() });
			}
		}
	}
	bookings.sort((a, b) => a.booked - b.booked || a.r - b.r);
	writeCsv(
		OUT,
		'pottery_classes.csv',
		['Booking No', 'booked_on', 'Class Date', 'classType', 'Tutor', 'Student', 'Seats', 'Price per Seat (£)', 'kiln_fee_gbp', 'Deposit Paid', 'Status', 'heardAbout'],
		bookings.map((b, i) => [pad(i + 1, 5), isoDate(b.booked), isoDate(b.t), b.cls, b.tutor, b.student, b.seats, b.price.toFixed(2), b.kiln === null ? null : b.kiln.toFixed(2), b.deposit ? 'Yes' : 'No', b.status, b.heard])
	);
}

// ------------------------------------------------------------------ tree surveys (2023-2024)
{
	// Kingsbrook Town Council's street-tree survey, one row per tree, surveyed ward by ward from
	// March 2023 to the autumn of 2024 (weekdays, more trees a day in the summer, when the trees
	// are in leaf, fewer in the winter). Tree IDs come from the council's older inventory, so
	// there are gaps. The planted year is known only for trees planted since 1985 (when the
	// council's planting records begin); it is empty for older trees. Ash is hit by ash dieback.
	// Every dead tree is to be felled. The priority (1 urgent, 2 within six months, 3 routine)
	// and the cost estimate are empty where no works are recommended. Cost estimates come from
	// the contractor's schedule of rates, which went up 10% from 1 April 2024 (by survey date).
	const wards = [
		['Abbey', ['Abbey Road', 'Priory Walk', 'Monks Lane', 'Cloister Way', 'Chapter Street', "Bishop's Walk"]],
		['Castle', ['Castle Street', 'Keep Road', 'Barbican Way', 'Gatehouse Lane', 'Moat Close', 'Rampart Avenue', 'Tower Hill']],
		['Riverside', ['Quay Street', 'Mill Race', 'Wharf Road', 'Ferry Lane', 'Towpath Close', 'Weir View']],
		["St Mary's", ["St Mary's Road", 'Church Lane', 'Vicarage Gardens', 'Glebe Avenue', "St Anne's Close", 'Chantry Road']],
		['Northfield', ['Northfield Avenue', 'Beech Drive', 'Meadow Way', 'Harvest Close', 'Ploughmans Way', 'Linden Grove', 'Sycamore Rise']],
		['Hillcrest', ['Hillcrest Road', 'Summit Drive', 'Ridgeway', 'Beacon Lane', 'Prospect Road']]
	];
	// [max height m, girth cm a year]
	const species = {
		'London Plane': [25, 4.2],
		'Common Lime': [21, 3.6],
		'Norway Maple': [16, 3.1],
		'Field Maple': [11, 2.3],
		'Silver Birch': [15, 2.6],
		'Ornamental Cherry': [8, 2.6],
		'Wild Cherry': [13, 3],
		Rowan: [9, 2.1],
		'Horse Chestnut': [19, 3.6],
		Ash: [19, 3.1],
		'English Oak': [18, 2.9],
		Hornbeam: [14, 2.4],
		Whitebeam: [11, 2.3],
		Sycamore: [19, 3.3],
		'Callery Pear': [10, 2.1]
	};
	const eras = {
		victorian: { years: [1885, 1910], mix: [['London Plane', 40], ['Common Lime', 30], ['Horse Chestnut', 12], ['Sycamore', 8], ['English Oak', 5], ['Ash', 5]] },
		interwar: { years: [1925, 1950], mix: [['Common Lime', 25], ['Ornamental Cherry', 25], ['Norway Maple', 12], ['Sycamore', 12], ['Ash', 12], ['Whitebeam', 8], ['Horse Chestnut', 6]] },
		postwar: { years: [1955, 1984], mix: [['Norway Maple', 28], ['Silver Birch', 22], ['Ornamental Cherry', 18], ['Whitebeam', 10], ['Rowan', 10], ['Ash', 12]] },
		modern: { years: [1986, 2021], mix: [['Field Maple', 22], ['Hornbeam', 18], ['Rowan', 15], ['Wild Cherry', 12], ['Callery Pear', 15], ['Silver Birch', 10], ['English Oak', 8]] }
	};
	const streetEra = {
		Abbey: ['victorian', 'victorian', 'interwar', 'postwar', 'modern', 'victorian'],
		Castle: ['victorian', 'interwar', 'postwar', 'postwar', 'modern', 'interwar', 'victorian'],
		Riverside: ['victorian', 'modern', 'interwar', 'postwar', 'modern', 'modern'],
		"St Mary's": ['victorian', 'interwar', 'interwar', 'postwar', 'modern', 'interwar'],
		Northfield: ['postwar', 'postwar', 'modern', 'modern', 'modern', 'postwar', 'modern'],
		Hillcrest: ['interwar', 'postwar', 'postwar', 'modern', 'interwar']
	};
	const rates = {
		Fell: [180, 450, 950],
		'Crown Lift': [90, 120, 160],
		'Crown Reduction': [250, 400, 650],
		'Deadwood Removal': [150, 220, 320],
		'Formative Prune': [40, 40, 40]
	};
	const trees = [];
	let id = 0;
	for (const [ward, streets] of wards) {
		streets.forEach((street, k) => {
			const era = eras[streetEra[ward][k]];
			const n = int(18, 70) + (streetEra[ward][k] === 'victorian' ? 15 : 0);
			for (let i = 0; i < n; i++) {
				id += rand() < 0.22 ? int(2, 4) : 1;
				let sp = weighted(era.mix);
				// gaps replanted with young trees
				const replanted = streetEra[ward][k] !== 'modern' && rand() < 0.14;
				let planted = replanted ? int(1990, 2022) : int(era.years[0], era.years[1]);
				if (replanted) sp = weighted(eras.modern.mix);
				const [hMax, gRate] = species[sp];
				const age = 2024 - planted;
				const grow = 1 - Math.exp(-age / 18);
				const height = round1(Math.max(1.8, hMax * grow * clamp(normal(1, 0.13), 0.65, 1.3) + 1.2));
				const girth = Math.max(8, Math.round(age * gRate * clamp(normal(1, 0.15), 0.6, 1.4) * (age > 60 ? 0.75 : 1) + 6));
				const young = age <= 5;
				let cond;
				if (sp === 'Ash') cond = weighted([['Good', 18], ['Fair', 27], ['Poor', 35], ['Dead', 20]]);
				else if (sp === 'Horse Chestnut') cond = weighted([['Good', 35], ['Fair', 40], ['Poor', 20], ['Dead', 5]]);
				else if (young) cond = weighted([['Good', 70], ['Fair', 14], ['Poor', 6], ['Dead', 10]]);
				else cond = weighted([['Good', 60], ['Fair', 29], ['Poor', 8], ['Dead', 3]]);
				let works;
				if (cond === 'Dead') works = 'Fell';
				else if (cond === 'Poor') works = weighted([['Fell', 35], ['Crown Reduction', 25], ['Deadwood Removal', 40]]);
				else if (cond === 'Fair') works = young || age < 15 ? weighted([['Formative Prune', 50], ['None', 50]]) : weighted([['Crown Lift', 28], ['Deadwood Removal', 22], ['Crown Reduction', 12], ['None', 38]]);
				else works = young || age < 15 ? weighted([['Formative Prune', 18], ['None', 82]]) : weighted([['Crown Lift', 14], ['Deadwood Removal', 4], ['None', 82]]);
				let priority = null;
				if (works !== 'None') {
					if (cond === 'Dead') priority = height > 8 ? 1 : weighted([[1, 40], [2, 60]]);
					else if (cond === 'Poor') priority = weighted([[1, 30], [2, 50], [3, 20]]);
					else priority = weighted([[2, 30], [3, 70]]);
				}
				const damage = rand() < clamp((girth - 120) / 500, 0.01, 0.45) * (sp === 'London Plane' || sp === 'Common Lime' || sp === 'Horse Chestnut' ? 1.5 : 1);
				trees.push({ id: `T-${pad(id, 5)}`, street, ward, sp, height, girth, cond, works, priority, planted: planted >= 1985 ? planted : null, damage });
			}
		});
	}
	// the survey days: weekdays, not bank holidays, the team out on most of them, from 6 March 2023
	// to 22 November 2024; the trees are shared out over them in order, by each day's pace
	const pace = [3, 4, 6, 8, 9, 9, 9, 8, 7, 6, 4, 3];
	const days = [];
	for (let t = day(2023, 3, 6); t <= day(2024, 11, 22); t = addDays(t, 1)) {
		const d = dow(t);
		if (d === 0 || d === 6 || BANK_HOLIDAYS.has(isoDate(t))) continue;
		if (isoDate(t).slice(5) >= '12-18' || isoDate(t).slice(5) <= '01-05') continue;
		if (rand() < 0.3) continue;
		const surveyor = t < day(2023, 10, 1) ? weighted([['JM', 55], ['KO', 45]]) : t >= day(2024, 5, 1) && t <= day(2024, 9, 30) ? weighted([['JM', 35], ['RP', 40], ['AD', 25]]) : weighted([['JM', 45], ['RP', 55]]);
		days.push({ t, surveyor, w: pace[month(t) - 1] * clamp(normal(1, 0.3), 0.3, 1.8) });
	}
	const totalW = days.reduce((a, x) => a + x.w, 0);
	let cum = 0;
	let next = 0;
	for (const dd of days) {
		cum += dd.w;
		const upto = dd === days[days.length - 1] ? trees.length : Math.round((cum / totalW) * trees.length);
		for (; next < upto; next++) {
			const tr = trees[next];
			tr.t = dd.t;
			tr.surveyor = dd.surveyor;
			if (tr.works !== 'None') {
				const band = tr.height < 8 ? 0 : tr.height <= 15 ? 1 : 2;
				const base = rates[tr.works][band];
				tr.cost = dd.t >= day(2024, 4, 1) ? Math.round((base * 1.1) / 5) * 5 : base;
			} else tr.cost = null;
		}
	}
	writeCsv(
		OUT,
		'tree_surveys.csv',
		['Tree ID', 'Street', 'ward', 'Species', 'Height (m)', 'girth_cm', 'Condition', 'Survey Date', 'worksRecommended', 'Priority', 'est_cost_gbp', 'Surveyor', 'plantedYear', 'Pavement Damage'],
		trees.map((r) => [r.id, r.street, r.ward, r.sp, r.height.toFixed(1), r.girth, r.cond, isoDate(r.t), r.works, r.priority, r.cost === null ? null : r.cost.toFixed(2), r.surveyor, r.planted, r.damage ? 'Yes' : 'No'])
	);
}

// ------------------------------------------------------------------ taxi fuel claims (2023-2024)
{
	// Castleway Cars, a small taxi firm: its drivers' expense claims from 3 January 2023 to
	// 31 December 2024, one row per claim. Fuel (litres only on fuel claims), parking (the
	// airport drop-off charge went from £5 to £6 on 1 March 2024), car washes (the hand car wash
	// went from £8 to £10 on 1 June 2024) and tolls (the toll bridge, £2.50 a crossing and £3.00
	// from 1 April 2024; a claim can cover several crossings). Mileage is the car's odometer when
	// the claim was made. Claims are approved or not by the office; those from 16 December 2024
	// have not been looked at yet (Approved empty). An approved claim is paid with the wages on
	// the last Friday of the month (the next month's if made after the 20th); Paid date is empty
	// on claims rejected or not paid yet. Busiest in December, quietest in January.
	const drivers = [
		{ name: 'Gary Pearce', reg: 'KX19 HVM', from: '2023-01-01', to: '2024-12-31', work: 0.82, fuel: 'Diesel', mpg: 48 },
		{ name: "Sean O'Connor", reg: 'LR68 TFA', from: '2023-01-01', to: '2024-12-31', work: 0.8, fuel: 'Petrol', mpg: 58 },
		{ name: 'Imran Hussain', reg: 'KY20 BZN', from: '2023-01-01', to: '2024-12-31', work: 0.85, fuel: 'Diesel', mpg: 50 },
		{ name: 'Dave Lloyd', reg: 'KX17 OPD', from: '2023-01-01', to: '2024-12-31', work: 0.45, fuel: 'Diesel', mpg: 46 },
		{ name: 'Tony Marshall', reg: 'KP16 RWU', from: '2023-01-01', to: '2024-06-28', work: 0.75, fuel: 'Diesel', mpg: 45 },
		{ name: 'Lee Barker', reg: 'LB70 KCE', from: '2023-01-01', to: '2024-12-31', work: 0.8, fuel: 'Diesel', mpg: 49, nights: true },
		{ name: 'Kasia Nowak', reg: 'LD21 WXE', from: '2023-03-13', to: '2024-12-31', work: 0.8, fuel: 'Petrol', mpg: 60 },
		{ name: "Michelle D'Arcy", reg: 'KY22 DFO', from: '2023-09-04', to: '2024-12-31', work: 0.7, fuel: 'Diesel', mpg: 51 },
		{ name: 'Raj Patel', reg: 'KP16 RWU', from: '2024-07-08', to: '2024-12-31', work: 0.8, fuel: 'Diesel', mpg: 45 }
	];
	const odo = { 'KX19 HVM': 61240, 'LR68 TFA': 88415, 'KY20 BZN': 47902, 'KX17 OPD': 103377, 'KP16 RWU': 131060, 'LB70 KCE': 22518, 'LD21 WXE': 35804, 'KY22 DFO': 15230, 'YF15 SPR': 142870 };
	const tank = {};
	for (const r of Object.keys(odo)) tank[r] = int(100, 400);
	const season = [0.85, 0.92, 0.97, 1, 1, 1.02, 1.05, 1.02, 0.98, 1, 1.08, 1.25];
	// diesel pence a litre at the start of each month, 2023 and 2024
	const dieselP = [178, 176, 170, 160, 153, 148, 147, 152, 160, 162, 158, 152, 150, 152, 155, 157, 152, 148, 146, 145, 143, 140, 142, 145];
	const stations = [['Tesco', 26], ["Sainsbury's", 18], ['Asda', 14], ['Shell', 16], ['BP', 16], ['Esso', 10]];
	const claims = [];
	const lastFriday = (y, m) => {
		let t = day(y, m + 1, 1);
		do t = addDays(t, -1);
		while (dow(t) !== 5);
		return t;
	};
	for (let t = day(2023, 1, 3); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const s = isoDate(t);
		if (s.slice(5) === '12-25') continue;
		const m = month(t);
		const mi = (t.getUTCFullYear() - 2023) * 12 + m - 1;
		const ppl = dieselP[mi] + (dieselP[Math.min(mi + 1, 23)] - dieselP[mi]) * ((t.getUTCDate() - 1) / 30);
		for (const dr of drivers) {
			if (s < dr.from || s > dr.to) continue;
			if (rand() > dr.work * (dow(t) === 0 ? 0.5 : 1)) continue;
			const reg = rand() < 0.03 ? 'YF15 SPR' : dr.reg;
			const miles = Math.round(clamp(normal(125, 30), 40, 240) * season[m - 1] * (dr.nights ? 0.9 : 1));
			odo[reg] += miles;
			tank[reg] += miles;
			const add = (category, merchant, amount, litres = null) => {
				const receipt = rand() < { Fuel: 0.97, Parking: 0.78, 'Car Wash': 0.86, Tolls: 0.55 }[category];
				claims.push({ t, driver: dr.name, reg, category, merchant, litres, amount, odo: odo[reg] - int(0, miles), receipt });
			};
			const range = (reg === 'YF15 SPR' ? 46 : dr.mpg) * 52 / 4.546;
			if (tank[reg] > range * clamp(normal(0.8, 0.12), 0.45, 1.05)) {
				const litres = Math.round(((tank[reg] / (reg === 'YF15 SPR' ? 44 : dr.mpg)) * 4.546 * clamp(normal(1, 0.04), 0.9, 1.1)) * 100) / 100;
				const station = weighted(stations);
				const pence = ppl - (dr.fuel === 'Petrol' && reg !== 'YF15 SPR' ? (mi < 12 ? 8 : 5) : 0) - (['Tesco', "Sainsbury's", 'Asda'].includes(station) ? 3 : 0) + int(-1, 1);
				add('Fuel', station, Math.round(litres * pence) / 100, litres);
				tank[reg] = 0;
			}
			if (rand() < (dr.nights ? 0.1 : 0.055) * season[m - 1]) {
				const where = weighted([['Airport Drop-off', 38], ['Hospital Car Park', 22], ['NCP', 16], ['Station Car Park', 14], ['Council Car Park', 10]]);
				const amount = { 'Airport Drop-off': t >= day(2024, 3, 1) ? 6 : 5, 'Hospital Car Park': pick([2.5, 3.2, 4.6]), NCP: pick([3.5, 5, 7.5, 12]), 'Station Car Park': 2, 'Council Car Park': pick([1.2, 2.4, 3.6]) }[where];
				add('Parking', where, amount);
			}
			if (rand() < (m === 12 || m <= 2 ? 0.07 : 0.045)) {
				const hand = rand() < 0.7;
				add('Car Wash', hand ? 'Sparkle Hand Car Wash' : 'Tesco Jet Wash', hand ? (t >= day(2024, 6, 1) ? 10 : 8) : 6);
			}
			if (rand() < 0.028) {
				const n = weighted([[1, 40], [2, 35], [3, 15], [4, 10]]);
				add('Tolls', 'Kingsway Toll Bridge', n * (t >= day(2024, 4, 1) ? 3 : 2.5));
			}
		}
	}
	// claim refs in date order, numbered from 1 each year
	const perYear = { 2023: 0, 2024: 0 };
	writeCsv(
		OUT,
		'taxi_fuel_claims.csv',
		['Claim Ref', 'Driver', 'vehicleReg', 'Claim Date', 'Category', 'Merchant', 'Litres', 'Amount (£)', 'mileage', 'Receipt Attached', 'Approved', 'paid_date'],
		claims.map((c) => {
			const y = c.t.getUTCFullYear();
			const ref = `${String(y).slice(2)}-${pad(++perYear[y], 4)}`;
			const pending = c.t >= day(2024, 12, 16);
			const approved = pending ? null : rand() < (c.receipt ? 0.985 : 0.4);
			let paid = null;
			if (approved) {
				const m = month(c.t);
				paid = c.t.getUTCDate() <= 20 ? lastFriday(y, m) : m === 12 ? lastFriday(y + 1, 1) : lastFriday(y, m + 1);
				if (paid > day(2024, 12, 31)) paid = null;
			}
			return [ref, c.driver, c.reg, isoDate(c.t), c.category, c.merchant, c.litres === null ? null : c.litres.toFixed(2), c.amount.toFixed(2), c.odo, c.receipt ? 'Yes' : 'No', approved === null ? null : approved ? 'Yes' : 'No', paid === null ? null : isoDate(paid)];
		})
	);
}
