// Deterministic generator for the set AK evaluation tables (a primary school kitchen's daily meal
// counts, a heating engineer's job sheets, a community choir's rehearsal register). No
// dependencies. Run from the repo root: node tests/nl/data/set-ak/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, pad, randomTools, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20261219);

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Each day from `from` to `to` (ISO dates), inclusive. */
function* days(from, to) {
	const [a, b] = [from, to].map((s) => day(...s.split('-').map(Number)));
	for (let t = a; t <= b; t = addDays(t, 1)) yield t;
}
const binomial = (n, p) => {
	let k = 0;
	for (let i = 0; i < n; i++) if (rand() < p) k++;
	return k;
};

// ------------------------------------------------------------------ school meals (2023-2024)
{
	// Millbrook Primary School's kitchen: its daily meal sheet for 2023 and 2024, one row per
	// school day per lunch sitting (Infants: Reception to Year 2; Lower Juniors: Years 3 and 4;
	// Upper Juniors: Years 5 and 6). Term time only: no rows in the holidays, at half term, on
	// bank holidays, on training days or on the snow day (9 March 2023). A three-week menu,
	// changed from September 2024; Friday is fish. Children who stay have a hot meal or a packed
	// lunch; the vegetarian option is counted on the days the main is meat or fish (empty when the
	// main itself is vegetarian). Free meals are the means-tested free school meals among the meals
	// served. Infants' meals are free to all (universal infant free school meals), so the price is
	// empty on their rows; juniors pay £2.45 a meal, £2.70 from 15 April 2024. Leftover portions
	// are not counted on some days (empty), mostly when the relief cook is in. A menu changed on
	// the day (a delivery short) serves chicken nuggets instead.
	const terms = [
		['2023-01-04', '2023-03-31'],
		['2023-04-17', '2023-07-21'],
		['2023-09-06', '2023-12-20'],
		['2024-01-04', '2024-03-28'],
		['2024-04-15', '2024-07-23'],
		['2024-09-05', '2024-12-20']
	];
	const closed = new Set();
	for (const [a, b] of [
		['2023-02-13', '2023-02-17'],
		['2023-05-29', '2023-06-02'],
		['2023-10-30', '2023-11-03'],
		['2024-02-12', '2024-02-16'],
		['2024-05-27', '2024-05-31'],
		['2024-10-28', '2024-11-01']
	])
		for (const t of days(a, b)) closed.add(isoDate(t));
	for (const s of ['2023-05-01', '2023-05-08', '2024-05-06', '2023-03-09', '2023-06-30', '2024-01-05', '2024-06-28']) closed.add(s);
	const menuOld = [
		['Spaghetti Bolognese', 'Chicken Curry', 'Roast Chicken', "Shepherd's Pie", 'Fish Fingers'],
		['Cheese & Tomato Pizza', 'Beef Lasagne', 'Roast Turkey', 'Sausage & Mash', 'Fish & Chips'],
		['Macaroni Cheese', 'Chilli Con Carne', 'Roast Pork', 'Chicken Pie', 'Fish Fingers']
	];
	const menuNew = [
		['Spaghetti Bolognese', 'Chicken Fajitas', 'Roast Chicken', "Shepherd's Pie", 'Fish & Chips'],
		['Cheese & Tomato Pizza', 'Beef Lasagne', 'Roast Beef', 'Sausage & Mash', 'Fish Fingers'],
		['Vegetable Korma', 'Chicken Curry', 'Roast Chicken', 'Chicken Pie', 'Fish & Chips']
	];
	const vegetarian = new Set(['Cheese & Tomato Pizza', 'Macaroni Cheese', 'Vegetable Korma']);
	const liking = {
		'Spaghetti Bolognese': 1.03, 'Chicken Curry': 0.9, 'Roast Chicken': 1.07, "Shepherd's Pie": 0.96, 'Fish Fingers': 1.05,
		'Cheese & Tomato Pizza': 1.08, 'Beef Lasagne': 0.99, 'Roast Turkey': 1.02, 'Sausage & Mash': 1.04, 'Fish & Chips': 1.12,
		'Macaroni Cheese': 0.94, 'Chilli Con Carne': 0.86, 'Roast Pork': 1.0, 'Chicken Pie': 0.98, 'Chicken Fajitas': 0.95,
		'Roast Beef': 1.02, 'Vegetable Korma': 0.85, 'Chicken Nuggets': 1.1, 'Christmas Dinner': 1.25
	};
	const vegShare = { 'Chicken Curry': 0.2, 'Chilli Con Carne': 0.22, 'Chicken Fajitas': 0.18, 'Roast Pork': 0.17, "Shepherd's Pie": 0.15 };
	const christmas = new Set(['2023-12-14', '2024-12-12']);
	// pupils on roll per sitting, by school year (Sept to July)
	const roll = { Infants: [86, 84, 80], 'Lower Juniors': [58, 61, 60], 'Upper Juniors': [62, 59, 63] };
	const allergic = { Infants: [2, 2, 1], 'Lower Juniors': [1, 1, 2], 'Upper Juniors': [1, 2, 2] };
	const season = [0.93, 0.94, 0.95, 0.96, 0.96, 0.955, 0.93, 1, 0.96, 0.955, 0.945, 0.935];
	const uptakeSeason = [1.04, 1.04, 1.02, 1, 0.98, 0.93, 0.92, 1, 1, 1.01, 1.03, 1.05];
	const rows = [];
	let schoolWeek = -1;
	let lastMonday = '';
	let relief = 0;
	for (const [from, to] of terms) {
		for (const t of days(from, to)) {
			const dow = t.getUTCDay();
			const s = isoDate(t);
			if (dow === 0 || dow === 6 || closed.has(s)) continue;
			const monday = isoDate(addDays(t, 1 - dow));
			if (monday !== lastMonday) {
				schoolWeek++;
				lastMonday = monday;
			}
			const yearIx = t < day(2023, 9, 1) ? 0 : t < day(2024, 9, 1) ? 1 : 2;
			const menu = t >= day(2024, 9, 1) ? menuNew : menuOld;
			const menuWeek = (t >= day(2024, 9, 1) ? schoolWeek - 3 : schoolWeek) % 3;
			let main = christmas.has(s) ? 'Christmas Dinner' : menu[menuWeek][dow - 1];
			const changed = !christmas.has(s) && rand() < 0.022;
			if (changed) main = 'Chicken Nuggets';
			const m = t.getUTCMonth();
			// the cook: Brenda Hollins, Maria D'Souza on Fridays from September 2023, Gary Pike when
			// Brenda is off sick (a run of days now and then, more in the winter)
			if (relief === 0 && rand() < (m <= 1 || m >= 10 ? 0.035 : 0.015)) relief = int(1, 5);
			let cook = 'Brenda Hollins';
			if (dow === 5 && t >= day(2023, 9, 1)) cook = "Maria D'Souza";
			else if (relief > 0) cook = 'Gary Pike';
			if (relief > 0) relief--;
			const lastWeek = s >= '2023-07-17' && s <= '2023-07-21' || s >= '2024-07-17' && s <= '2024-07-23';
			for (const sitting of ['Infants', 'Lower Juniors', 'Upper Juniors']) {
				const onRoll = roll[sitting][yearIx];
				const present = Math.round(onRoll * clamp(normal(season[m] * (lastWeek ? 0.95 : 1), 0.018), 0.8, 1));
				const infants = sitting === 'Infants';
				const priceRise = t >= day(2024, 4, 15);
				let uptake = (infants ? 0.86 : priceRise ? 0.53 : 0.58) * liking[main] * uptakeSeason[m] * (sitting === 'Upper Juniors' ? 0.95 : 1);
				if (t >= day(2024, 9, 1) && !infants) uptake *= 1.02;
				const fsmPupils = Math.round(present * (infants ? 0.19 : 0.23));
				const fsm = binomial(fsmPupils, 0.95);
				const others = present - fsmPupils;
				const served = clamp(fsm + binomial(others, clamp(uptake * (infants ? 1 : 0.92), 0, 0.99)), 0, present);
				const allergy = binomial(allergic[sitting][yearIx], 0.94);
				const veg = vegetarian.has(main) ? null : binomial(served - allergy, vegShare[main] ?? (main === 'Christmas Dinner' ? 0.08 : 0.11));
				const leftMean = clamp(1.6 + (1.1 - liking[main]) * 25, 0.3, 6) * (infants ? 1.2 : 1);
				const leftover = (cook === 'Gary Pike' && rand() < 0.8) || rand() < 0.025 ? null : poisson(leftMean);
				rows.push([s, DAY_NAMES[dow], sitting, menuWeek + 1, main, changed ? 'Yes' : 'No', served, veg, fsm, present - served, allergy, leftover, infants ? null : (priceRise ? 2.7 : 2.45).toFixed(2), cook]);
			}
		}
	}
	writeCsv(
		OUT,
		'school_meals.csv',
		['Date', 'Day', 'Sitting', 'Menu Week', 'Main Dish', 'Menu Changed', 'meals_served', 'vegChosen', 'Free Meals', 'packedLunches', 'allergy_meals', 'Leftover Portions', 'Price (£)', 'Cook On Duty'],
		rows
	);
}

// ------------------------------------------------------------------ boiler services (2023-2024)
{
	// Garside Heating, a gas engineer working around Harrogate: the job sheets for 2023 and 2024,
	// one row per visit. Job numbers run from 0001 each year ('23-0001'). Weekdays, and a few
	// Saturday call-outs for breakdowns in the winter; closed from Christmas Eve to New Year, on
	// bank holidays and for two weeks in August. Annual services and landlords' gas safety
	// certificates come round once a year; breakdowns peak in the winter (frozen condensate pipes
	// in the cold snaps), installs are mostly booked in the spring and summer, often after an old
	// boiler breaks down. Prices went up on 1 March 2024: a service £85 to £95, a gas safety
	// certificate £70 to £80, a breakdown call-out (the first hour) £75 to £85 and £50 to £55 an
	// hour after that. Breakdowns of a boiler installed in the last year are under warranty (no
	// labour charged). Parts are empty when none were used. The boiler's age is the engineer's
	// estimate from the data plate, empty when he could not tell; a new install is 0. Steve Garside
	// owns the business; Liam O'Rourke joined on 5 June 2023.
	const outward = [['HG1', 22], ['HG2', 24], ['HG3', 14], ['HG4', 10], ['HG5', 18], ['LS22', 12]];
	const letters = 'ABDEFGHJLNPQRSTUWXYZ';
	const makes = [['Worcester Bosch', 30], ['Vaillant', 22], ['Baxi', 16], ['Ideal', 15], ['Potterton', 6], ['Viessmann', 6], ['Glow-worm', 5]];
	const name = uniqueNamer(pick);
	const customers = [];
	const usedPostcodes = new Set();
	const newCustomer = () => {
		let pc;
		do pc = `${weighted(outward)} ${int(1, 9)}${pick(letters)}${pick(letters)}`;
		while (usedPostcodes.has(pc));
		usedPostcodes.add(pc);
		const landlord = rand() < 0.17;
		const c = {
			name: name(),
			pc,
			type: landlord ? 'Landlord' : 'Homeowner',
			make: weighted(makes),
			age: clamp(Math.round(normal(10, 5.5)), 1, 27),
			ageKnown: rand() > 0.07,
			serviced: landlord ? rand() < 0.3 : rand() < 0.72,
			month: weighted([[1, 5], [2, 5], [3, 7], [4, 9], [5, 11], [6, 12], [7, 12], [8, 8], [9, 11], [10, 9], [11, 6], [12, 4]]),
			installedOn: null,
			reliable: rand()
		};
		customers.push(c);
		return c;
	};
	for (let i = 0; i < 700; i++) newCustomer();
	customers[12].name = "Bridget O'Connell";
	customers[57].name = "Sean D'Arcy";
	customers[101].name = "Aoife O'Sullivan";
	customers[12].type = 'Landlord';
	const bankHolidays = new Set(['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26']);
	const holiday = (s) => s.slice(5) >= '12-24' || s.slice(5) <= '01-01' || (s >= '2023-08-07' && s <= '2023-08-18') || (s >= '2024-08-12' && s <= '2024-08-23');
	const breakdownMean = [2.6, 2.3, 1.6, 1.05, 0.65, 0.45, 0.4, 0.4, 0.65, 1.05, 1.8, 2.5];
	const faults = [['No heating or hot water', 30], ['Low pressure', 20], ['Ignition lockout', 16], ['Leak', 10], ['Noisy pump', 8], ['Diverter valve', 9], ['Thermostat', 7]];
	const coldSnaps = [['2023-01-16', '2023-01-27'], ['2023-03-07', '2023-03-12'], ['2023-11-30', '2023-12-05'], ['2024-01-15', '2024-01-22'], ['2024-11-19', '2024-11-24']];
	const cold = (s) => coldSnaps.some(([a, b]) => s >= a && s <= b);
	const dueByMonth = new Map();
	const planInstall = [];
	const visits = [];
	const end = day(2024, 12, 31);
	for (let t = day(2023, 1, 2); t <= end; t = addDays(t, 1)) {
		const s = isoDate(t);
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		if (bankHolidays.has(s) || holiday(s)) continue;
		const saturday = dow === 6 && (m <= 2 || m >= 11) && rand() < 0.45;
		if (dow === 0 || (dow === 6 && !saturday)) continue;
		const liam = t >= day(2023, 6, 5);
		const rise = t >= day(2024, 3, 1);
		const jobs = [];
		if (!saturday) {
			// services and certificates due this month, spread over its working days
			const key = `${y}-${m}`;
			if (!dueByMonth.has(key)) {
				dueByMonth.set(key, customers.filter((c) => c.month === m && (c.serviced || c.type === 'Landlord')).map((c) => ({ c, cert: c.type === 'Landlord' && !c.serviced ? true : c.type === 'Landlord' ? rand() < 0.5 : false })));
			}
			const due = dueByMonth.get(key);
			const take = Math.min(due.length, poisson((due.length / 19) * (liam ? 1 : 0.8)));
			for (let k = 0; k < take; k++) {
				const i = int(0, due.length - 1);
				const [{ c, cert }] = due.splice(i, 1);
				if (rand() < 0.06) continue; // cancelled, not rebooked
				jobs.push({ c, type: cert ? 'Gas Safety Cert' : 'Annual Service' });
			}
			// installs booked after a breakdown of an old boiler, and a few straight off
			for (let i = planInstall.length - 1; i >= 0; i--)
				if (planInstall[i].on <= t) {
					jobs.push({ c: planInstall[i].c, type: 'Install' });
					planInstall.splice(i, 1);
				}
			if (rand() < [0.04, 0.05, 0.08, 0.1, 0.12, 0.12, 0.11, 0.08, 0.09, 0.07, 0.05, 0.03][m - 1]) jobs.push({ c: pick(customers.filter((c) => c.type === 'Homeowner' && c.installedOn === null && !c.planned)), type: 'Install' });
		}
		const nBreak = poisson(breakdownMean[m - 1] * (saturday ? 0.5 : 1) * (cold(s) ? 1.9 : 1) * (liam ? 1.1 : 0.85));
		for (let k = 0; k < nBreak; k++) {
			let c = pick(customers);
			if (c.age < 6 && rand() < 0.5) c = pick(customers);
			jobs.push({ c, type: 'Breakdown' });
		}
		// a day's book over one or two engineers
		for (const j of jobs) {
			const { c } = j;
			const engineer = liam && rand() < (j.type === 'Install' ? 0.35 : 0.47) ? "Liam O'Rourke" : 'Steve Garside';
			const age = c.installedOn ? Math.floor((t - c.installedOn) / (365.25 * 86400000)) : c.age + (y - 2023);
			let hours;
			let parts = null;
			let labour;
			let fault = null;
			let follow;
			let paid = c.type === 'Homeowner' ? rand() < 0.86 : rand() < 0.12;
			const warranty = c.installedOn && t - c.installedOn < 365 * 86400000;
			if (j.type === 'Annual Service') {
				hours = 0.75 + 0.25 * int(0, 3);
				labour = rise ? 95 : 85;
				if (rand() < 0.14) parts = int(8, 45) + [0, 0.5, 0.99][int(0, 2)];
				follow = rand() < 0.04;
			} else if (j.type === 'Gas Safety Cert') {
				hours = 0.5 + 0.25 * int(0, 2);
				labour = rise ? 80 : 70;
				follow = rand() < 0.05;
			} else if (j.type === 'Breakdown') {
				fault = cold(s) && rand() < 0.55 ? 'Frozen condensate pipe' : weighted(faults);
				hours = fault === 'Frozen condensate pipe' ? 0.5 + 0.25 * int(0, 2) : clamp(0.5 * Math.round(normal(3, 1.3)), 0.5, 5);
				const extra = Math.max(0, hours - 1);
				labour = warranty ? 0 : (rise ? 85 : 75) + extra * (rise ? 55 : 50);
				const partCost = { 'No heating or hot water': [60, 320], 'Low pressure': [5, 60], 'Ignition lockout': [25, 140], Leak: [10, 90], 'Noisy pump': [95, 210], 'Diverter valve': [70, 180], Thermostat: [30, 160], 'Frozen condensate pipe': [0, 0] }[fault];
				if (partCost[1] > 0 && rand() < 0.72) parts = int(partCost[0], partCost[1]) + [0, 0.5, 0.99][int(0, 2)];
				follow = rand() < (parts && parts > 120 ? 0.38 : 0.12);
				if (saturday) labour = labour + (warranty ? 0 : 30);
				if (!c.installedOn && !c.planned && age >= 15 && c.type === 'Homeowner' && rand() < 0.3) {
					c.planned = true;
					planInstall.push({ c, on: addDays(t, int(7, 30)) });
				}
			} else {
				hours = 0.5 * int(14, 30);
				parts = int(1050, 2250) + 0.99;
				labour = 50 * int(12, 19);
				paid = false;
				follow = rand() < 0.1;
				c.installedOn = t;
				c.make = rand() < 0.6 ? 'Worcester Bosch' : 'Vaillant';
				c.ageKnown = true;
			}
			visits.push({ t, c, type: j.type, engineer, age: j.type === 'Install' ? 0 : c.ageKnown ? age : null, make: c.make, hours, parts, labour, fault, follow, paid: labour === 0 && !parts ? true : paid });
		}
	}
	visits.sort((a, b) => a.t - b.t);
	const seqByYear = {};
	writeCsv(
		OUT,
		'boiler_services.csv',
		['Job No', 'Visit Date', 'Customer', 'Postcode', 'customerType', 'Boiler Make', 'boiler_age_yrs', 'Job Type', 'Fault', 'Hours On Site', 'Parts (£)', 'labour_charge', 'Paid On Day', 'Follow-up Needed', 'Engineer'],
		visits.map((v) => {
			const y = v.t.getUTCFullYear();
			seqByYear[y] = (seqByYear[y] ?? 0) + 1;
			return [`${String(y).slice(2)}-${pad(seqByYear[y], 4)}`, isoDate(v.t), v.c.name, v.c.pc, v.c.type, v.make, v.age, v.type, v.fault, v.hours.toFixed(2), v.parts === null ? null : v.parts.toFixed(2), v.labour.toFixed(2), v.paid ? 'Yes' : 'No', v.follow ? 'Yes' : 'No', v.engineer];
		})
	);
}

// ------------------------------------------------------------------ choir attendance (2023-2024)
{
	// Wharfe Valley Community Choir: the rehearsal register for 2023 and 2024, one row per member on
	// the register per rehearsal (Tuesday evenings). Three concert seasons a year, each building
	// to a concert: Spring (January to March), Summer (April to early July) and Christmas
	// (September to mid-December); no rehearsal at half term or in the holidays. Members join at
	// the start of a season (New This Term = Yes on their rows of that season) and some leave at
	// the end of one. Present Yes/No; Arrived Late only for those present (empty when absent);
	// apologies give the reason for an absence when one was sent (empty when present or when no
	// word came). Subs are £5 a rehearsal attended, £6 from January 2024, or paid for the season
	// on the first night attended (£45, £55 from January 2024); a member who forgot pays twice the
	// next time. The subs column is empty when nothing was paid that night. Attendance dips in
	// January and February (colds) and in the early summer (holidays) and rises in the last two
	// rehearsals before a concert.
	const seasons = [
		['Spring 2023', '2023-01-10', '2023-03-28', ['2023-02-21']],
		['Summer 2023', '2023-04-18', '2023-07-04', ['2023-05-30']],
		['Christmas 2023', '2023-09-05', '2023-12-12', ['2023-10-31']],
		['Spring 2024', '2024-01-09', '2024-03-26', ['2024-02-13']],
		['Summer 2024', '2024-04-16', '2024-07-02', ['2024-05-28']],
		['Christmas 2024', '2024-09-03', '2024-12-10', ['2024-10-29']]
	];
	const parts = [['Soprano', 30], ['Alto', 34], ['Tenor', 15], ['Bass', 21]];
	const women = ['Amelia', 'Isla', 'Freya', 'Lily', 'Grace', 'Evie', 'Sophie', 'Ruby', 'Daisy', 'Sarah', 'Helen', 'Claire', 'Karen', 'Susan', 'Julie', 'Rachel', 'Emma', 'Laura', 'Nicola', 'Priya', 'Fatima', 'Siobhan', 'Bethan', 'Margaret', 'Janet', 'Pauline', 'Sandra', 'Linda', 'Hilary', 'Rosemary'];
	const men = ['Oliver', 'Harry', 'Jack', 'Leo', 'Oscar', 'George', 'Theo', 'Arthur', 'Henry', 'James', 'David', 'Michael', 'Richard', 'Peter', 'Mark', 'Andrew', 'Paul', 'Simon', 'Gareth', 'Tariq', 'Marek', 'Kwame', 'Rhys', 'Callum', 'Brian', 'Keith', 'Derek', 'Graham', 'Colin'];
	const womanName = uniqueNamer(pick, women);
	const manName = uniqueNamer(pick, men);
	const members = [];
	let no = 0;
	const join = (seasonIx) => {
		no++;
		const part = weighted(parts);
		const woman = part === 'Soprano' || part === 'Alto' || (part === 'Tenor' && rand() < 0.25);
		const m = { no: pad(no, 3), name: woman ? womanName() : manName(), part, keen: clamp(normal(0.82, 0.1), 0.45, 0.98), late: clamp(normal(0.08, 0.07), 0, 0.35), termly: rand() < 0.3, joined: seasonIx, left: null, owes: false };
		members.push(m);
		return m;
	};
	for (let i = 0; i < 29; i++) join(-1);
	members[4].name = "Bernadette O'Reilly";
	members[4].part = 'Soprano';
	members[4].keen = 0.97;
	members[9].name = "Declan O'Hara";
	members[9].part = 'Bass';
	members[17].name = "Josie D'Arcy";
	members[17].part = 'Alto';
	const rows = [];
	seasons.forEach(([label, from, to, skip], si) => {
		if (si > 0) {
			for (const m of members) if (m.left === null && rand() < 0.07) m.left = si;
			const n = [0, 4, 2, 5, 3, 4][si];
			for (let k = 0; k < n; k++) {
				const m = join(si);
				if (si === 3 && k === 0) {
					m.name = "Tomás O'Donnell";
					m.part = 'Tenor';
				}
			}
		}
		const dates = [...days(from, to)].filter((t) => t.getUTCDay() === 2 && !skip.includes(isoDate(t)));
		const paidSeason = new Set();
		dates.forEach((t, di) => {
			const mo = t.getUTCMonth() + 1;
			const rise = t >= day(2024, 1, 1);
			const push = di >= dates.length - 2 ? 0.1 : 0;
			const dip = mo <= 2 ? -0.09 : mo === 6 || mo === 7 ? -0.08 : mo === 5 ? -0.03 : 0;
			for (const m of members) {
				if (m.left !== null && m.left <= si) continue;
				if (m.joined > si) continue;
				const isNew = m.joined === si;
				const present = rand() < clamp(m.keen + dip + push + (isNew ? 0.05 : 0), 0.2, 0.99);
				let apologies = null;
				if (!present && rand() < 0.7) {
					apologies = mo <= 2 ? weighted([['Illness', 55], ['Holiday', 8], ['Work', 20], ['Family', 14], ['Other', 3]]) : mo >= 5 && mo <= 7 ? weighted([['Illness', 18], ['Holiday', 45], ['Work', 19], ['Family', 14], ['Other', 4]]) : weighted([['Illness', 33], ['Holiday', 20], ['Work', 27], ['Family', 16], ['Other', 4]]);
				}
				let subs = null;
				if (present) {
					if (m.termly) {
						if (!paidSeason.has(m.no)) {
							paidSeason.add(m.no);
							subs = rise ? 55 : 45;
						}
					} else if (m.owes) {
						subs = (rise ? 6 : 5) * 2;
						m.owes = false;
					} else if (rand() < 0.04) {
						m.owes = true;
					} else subs = rise ? 6 : 5;
				}
				const late = present ? rand() < m.late * (mo <= 2 || mo >= 11 ? 1.3 : 1) : null;
				rows.push([isoDate(t), m.no, m.name, m.part, present ? 'Yes' : 'No', late === null ? null : late ? 'Yes' : 'No', apologies, subs === null ? null : subs.toFixed(2), label, isNew ? 'Yes' : 'No']);
			}
		});
		for (const m of members) m.owes = false;
	});
	writeCsv(
		OUT,
		'choir_attendance.csv',
		['Rehearsal Date', 'Member No', 'Member', 'Voice Part', 'Present', 'Arrived Late', 'apologies', 'Subs Paid (£)', 'concert_season', 'New This Term'],
		rows
	);
}
