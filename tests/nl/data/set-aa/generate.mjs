// Deterministic generator for the set AA evaluation tables (a seaside town council's parking
// penalty charge notices, a community pharmacy's dispensing log, a private tutoring agency's
// session log). No dependencies. Run from the repo root: node tests/nl/data/set-aa/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260815);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);
const midnight = (t) => day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
const daysBetween = (a, b) => Math.round((midnight(b).getTime() - midnight(a).getTime()) / 86400000);

// UK bank holidays 2022-2024 (with the Queen's funeral and the coronation)
const bankHolidays = new Set(['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27', '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
const firstNames = ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Leo', 'Freya', 'Oscar', 'Lily', 'George', 'Grace', 'Charlie', 'Evie', 'Alfie', 'Sophie', 'Theo', 'Poppy', 'Arthur', 'Ella', 'Freddie', 'Ruby', 'Archie', 'Millie', 'Henry', 'Daisy', 'Finley', 'Erin', 'Zain', 'Aaliyah', 'Reuben', 'Maya', 'Toby', 'Hannah', 'Kai', 'Zara', 'Ethan', 'Niamh', 'Rohan', 'Chloe', 'Samuel', 'Imogen', 'Joshua', 'Layla', 'Max', 'Esme'];
const surnames = ['Bennett', 'Hughes', 'Carter', 'Walker', 'Robinson', 'Turner', 'Patel', 'Khan', 'Evans', 'Wright', 'Green', 'Hall', 'Morris', 'Wood', 'Clarke', 'Ahmed', 'Jenkins', 'Baker', 'Price', 'Ward', 'Cooper', 'Shaw', 'Lloyd', 'Nowak', 'Reid', 'Fraser', 'Dixon', 'Ellis', 'Marsh', 'Okafor', 'Singh', 'Pearce', 'Rowe', 'Doyle', 'Frost', 'Barnes'];

// ------------------------------------------------------------------ parking fines (2023-2024)
{
	// Saltmarsh District Council: every penalty charge notice (PCN) its civil enforcement
	// officers issued in the seaside town of Saltmarsh in 2023-2024, as exported on 10 January
	// 2025, one row per ticket. Four zones: the town centre (pay-and-display streets and the
	// Castle car park), the seafront (busy in summer, patrolled on summer Sundays too), the
	// station and the old town (residents' bays). Patrols Monday to Saturday, 08:00-20:00.
	// A higher-level contravention is £70, a lower-level one £50; paid within 14 days of the
	// ticket it is halved, paid after 42 days (the charge certificate) it goes up by half.
	// An informal appeal is Upheld (ticket cancelled, never paid), Rejected (most then pay the
	// full amount), or still Pending (recent tickets, unpaid); 'None' when nobody appealed.
	// Tickets not paid and not appealed are outstanding (passed to debt recovery).
	// zone → streets; a street → [name, kind, weight]; kinds: 'street' (yellow lines and
	// limited waiting bays), 'pnd' (pay-and-display street), 'res' (residents' bays), 'park'
	const zones = {
		'Town Centre': [['High Street', 'pnd', 10], ['Market Place', 'pnd', 7], ['King Street', 'street', 6], ['Bridge Street', 'street', 5], ['Church Street', 'street', 3], ['Castle Car Park', 'park', 8]],
		Seafront: [['Marine Parade', 'pnd', 9], ['The Esplanade', 'pnd', 7], ['Cliff Road', 'street', 3], ['Pier Approach', 'street', 4], ['Promenade Car Park', 'park', 8]],
		Station: [['Station Road', 'street', 7], ['Victoria Street', 'pnd', 4], ['Albert Road', 'res', 4], ['Railway Terrace', 'res', 3]],
		'Old Town': [['Harbour Street', 'street', 5], ['Fisher Row', 'res', 4], ['Chapel Lane', 'res', 3], ["St Mary's Walk", 'res', 3], ['Ropewalk', 'res', 2]]
	};
	// code → [description, level]
	const codes = {
		1: ['Parked in restricted street', 'Higher'],
		2: ['Parked where loading restricted', 'Higher'],
		5: ['Parked after paid time expired', 'Lower'],
		12: ['Resident bay - no permit', 'Higher'],
		19: ['Resident bay - invalid permit', 'Lower'],
		30: ['Overstayed', 'Lower'],
		40: ['Disabled bay - no badge', 'Higher'],
		47: ['Stopped on bus stop', 'Higher'],
		62: ['Parked on footway', 'Higher'],
		82: ['Car park - ticket expired', 'Lower'],
		83: ['Car park - no ticket', 'Lower'],
		86: ['Outside bay markings', 'Lower']
	};
	const codesByKind = {
		street: [[1, 12], [2, 4], [30, 6], [40, 2], [47, 2.5], [62, 3]],
		pnd: [[5, 10], [1, 3], [2, 1.5], [40, 2], [62, 1]],
		res: [[12, 10], [19, 3], [1, 3], [62, 1.5]],
		park: [[82, 8], [83, 6], [86, 3], [40, 1.5]]
	};
	const makes = [['FORD', 14], ['VAUXHALL', 11], ['VOLKSWAGEN', 10], ['TOYOTA', 7], ['BMW', 6], ['AUDI', 6], ['MERCEDES-BENZ', 6], ['NISSAN', 6], ['KIA', 5], ['HYUNDAI', 4], ['PEUGEOT', 4], ['SKODA', 4], ['RENAULT', 3], ['HONDA', 3], ['MINI', 3], ['CITROEN', 2], ['FIAT', 2], ['LAND ROVER', 2], ['VOLVO', 2], ['SEAT', 2], ['MAZDA', 1.5], ['TESLA', 1.2]];
	const colours = [['Black', 18], ['Grey', 17], ['White', 16], ['Silver', 14], ['Blue', 15], ['Red', 10], ['Green', 3], ['Orange', 1.5], ['Brown', 1.5], ['Yellow', 1]];
	// officer → [from, until, zones they patrol]
	const officers = {
		CEO101: [day(2023, 1, 1), null, ['Town Centre', 'Station']],
		CEO104: [day(2023, 1, 1), null, ['Seafront', 'Old Town']],
		CEO107: [day(2023, 1, 1), day(2023, 8, 31), ['Town Centre', 'Seafront']],
		CEO112: [day(2023, 1, 1), null, ['Old Town', 'Station', 'Town Centre']],
		CEO115: [day(2023, 5, 1), day(2023, 9, 30), ['Seafront']],
		CEO118: [day(2023, 10, 2), null, ['Town Centre', 'Seafront']],
		CEO121: [day(2024, 5, 1), day(2024, 9, 30), ['Seafront']],
		CEO123: [day(2024, 3, 4), null, ['Station', 'Old Town']]
	};
	const exported = day(2025, 1, 10);
	const rows = [];
	for (let t = day(2023, 1, 3); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const dow = t.getUTCDay();
		const isSummer = m >= 5 && m <= 9;
		if (t.getUTCDate() === 25 && m === 12) continue;
		for (const [zone, streets] of Object.entries(zones)) {
			if (dow === 0 && !(zone === 'Seafront' && isSummer)) continue;
			if (bankHolidays.has(isoDate(t)) && zone !== 'Seafront') continue;
			const base = { 'Town Centre': 0.95, Seafront: 0.55, Station: 0.45, 'Old Town': 0.5 }[zone];
			const season = zone === 'Seafront' ? [0.4, 0.4, 0.6, 0.9, 1.3, 1.8, 2.6, 2.9, 1.5, 0.8, 0.5, 0.5][m - 1] : m === 12 ? 1.25 : 1;
			const n = poisson(base * season * (dow === 6 ? 1.3 : dow === 0 ? 0.8 : 1));
			for (let k = 0; k < n; k++) {
				const [street, kind] = (() => {
					const name = weighted(streets.map(([s, , w]) => [s, w]));
					return streets.find(([s]) => s === name);
				})();
				const code = weighted(codesByKind[kind]);
				const [desc, level] = codes[code];
				const hour = weighted([[8, 1.5], [9, 2], [10, 3], [11, 3], [12, 3], [13, 3], [14, 3], [15, 2.5], [16, 2], [17, 1.5], [18, 1], [19, 0.6]]);
				const issued = atTime(t, hour, int(0, 59), int(0, 59));
				const onDuty = Object.entries(officers).filter(([, [f, u, zs]]) => f <= t && (!u || u >= t) && zs.includes(zone)).map(([id]) => id);
				const officer = pick(onDuty);
				const fine = level === 'Higher' ? 70 : 50;
				const ageDays = daysBetween(t, exported);
				// appeal
				let appeal = weighted([['None', 84], ['Rejected', 8], ['Upheld', code === 40 || code === 19 ? 12 : 5]]);
				if (appeal !== 'None' && ageDays < 100 && rand() < 0.45) appeal = 'Pending';
				let paidAfter = null;
				if (appeal === 'None') {
					const r = rand();
					paidAfter = r < 0.66 ? int(0, 14) : r < 0.8 ? int(15, 42) : r < 0.87 ? int(43, 120) : null;
				} else if (appeal === 'Rejected') paidAfter = rand() < 0.78 ? int(18, 70) : null;
				let paidOn = paidAfter === null ? null : addDays(t, paidAfter);
				if (paidOn && paidOn >= exported) paidOn = null;
				const days = paidOn ? daysBetween(t, paidOn) : null;
				const amount = paidOn ? (days <= 14 ? fine / 2 : days <= 42 ? fine : fine * 1.5) : null;
				rows.push({ issued, street, zone, code, desc, make: rand() < 0.012 ? null : weighted(makes), colour: rand() < 0.03 ? null : weighted(colours), fine, paidOn, amount, appeal, officer });
			}
		}
	}
	rows.sort((a, b) => a.issued - b.issued);
	const seq = {};
	writeCsv(
		OUT,
		'parking_fines.csv',
		['PCN Number', 'issued_at', 'Street', 'Zone', 'Contravention Code', 'Contravention', 'vehicleMake', 'Colour', 'Fine Amount (£)', 'Paid', 'Date Paid', 'Amount Paid (£)', 'Appeal Status', 'CEO ID'],
		rows.map((r) => {
			const yy = r.issued.getUTCFullYear() % 100;
			seq[yy] = (seq[yy] ?? 0) + 1;
			return [`SM${yy}${pad(seq[yy], 5)}`, isoStamp(r.issued), r.street, r.zone, pad(r.code), r.desc, r.make, r.colour, r.fine.toFixed(2), r.paidOn ? 'Yes' : 'No', r.paidOn ? isoDate(r.paidOn) : null, r.amount === null ? null : r.amount.toFixed(2), r.appeal, r.officer];
		})
	);
}

// ------------------------------------------------------------------ pharmacy dispensing (2023-2024)
{
	// Brookfield Pharmacy: a small community pharmacy's dispensing log, every item dispensed
	// 2023-2024 for the patients of five local GP surgeries (plus NHS 111 and the community
	// dental service, who prescribe amoxicillin for tooth infections), one row per item. Open Monday to Saturday, closed on bank holidays.
	// The prescription charge (England) is £9.35 per item until 30 April 2023, £9.65 from
	// 1 May 2023 and £9.90 from 1 May 2024; nothing to pay when exempt (under 16, 16-18 in
	// education, 60 and over, a prepayment certificate, maternity or medical exemption).
	// Owing is what could not be supplied on the day (a shortage) and is still owed: HRT
	// (estradiol) was short in 2023, children's amoxicillin liquid in early 2023.
	// Delivered items go to housebound and older patients. Patient age is sometimes not filled in.
	// medicine → [form, strengths, quantities, repeat chance, ages ('old' | 'adult' | 'any' | 'child' | 'hrt'), weight]
	const medicines = [
		['Amlodipine', 'Tablet', ['5mg', '10mg'], [28, 56], 0.95, 'old', 7],
		['Atorvastatin', 'Tablet', ['20mg', '40mg', '80mg'], [28], 0.95, 'old', 9],
		['Simvastatin', 'Tablet', ['20mg', '40mg'], [28], 0.95, 'old', 3],
		['Ramipril', 'Capsule', ['2.5mg', '5mg', '10mg'], [28, 56], 0.95, 'old', 5],
		['Bisoprolol', 'Tablet', ['1.25mg', '2.5mg', '5mg'], [28], 0.95, 'old', 4],
		['Metformin', 'Tablet', ['500mg', '850mg'], [56, 84, 112], 0.95, 'old', 6],
		['Levothyroxine', 'Tablet', ['25mcg', '50mcg', '100mcg'], [28, 56], 0.95, 'adult', 5],
		['Omeprazole', 'Capsule', ['20mg', '40mg'], [28, 56], 0.8, 'adult', 7],
		['Lansoprazole', 'Capsule', ['15mg', '30mg'], [28], 0.8, 'adult', 3],
		['Sertraline', 'Tablet', ['50mg', '100mg'], [28], 0.9, 'young', 6],
		['Citalopram', 'Tablet', ['10mg', '20mg'], [28], 0.9, 'young', 3],
		['Fluoxetine', 'Capsule', ['20mg'], [30], 0.85, 'young', 2],
		['Estradiol', 'Tablet', ['1mg', '2mg'], [28, 84], 0.9, 'hrt', 3],
		['Amoxicillin', 'Capsule', ['250mg', '500mg'], [15, 21], 0, 'adult', 5],
		['Amoxicillin', 'Liquid', ['125mg/5ml', '250mg/5ml'], [100], 0, 'child', 2.5],
		['Flucloxacillin', 'Capsule', ['500mg'], [28], 0, 'any', 2],
		['Prednisolone', 'Tablet', ['5mg'], [28, 30], 0.1, 'adult', 2],
		['Salbutamol', 'Inhaler', ['100mcg'], [1, 2], 0.9, 'any', 6],
		['Beclometasone', 'Inhaler', ['100mcg', '200mcg'], [1], 0.9, 'any', 3],
		['Co-codamol', 'Tablet', ['30/500mg'], [30, 100], 0.6, 'adult', 4],
		['Naproxen', 'Tablet', ['250mg', '500mg'], [28, 56], 0.5, 'adult', 3],
		['Paracetamol', 'Liquid', ['120mg/5ml'], [100, 200], 0, 'child', 2],
		['Lactulose', 'Liquid', ['3.3g/5ml'], [300, 500], 0.6, 'old', 2],
		['Hydrocortisone', 'Cream', ['1%'], [15, 30], 0.3, 'any', 2],
		['Clotrimazole', 'Cream', ['1%'], [20], 0, 'any', 1.5],
		['Epaderm', 'Cream', [null], [500], 0.8, 'any', 2]
	];
	const prescribers = [['Brookfield Surgery', 30], ['Millstream Medical Practice', 25], ['Dr Patel & Partners', 18], ['Hillcrest Health Centre', 15], ['Oakwood Surgery', 8]];
	const ageFor = (who) =>
		who === 'old' ? clamp(Math.round(normal(68, 11)), 30, 96)
		: who === 'adult' ? clamp(Math.round(normal(50, 18)), 18, 94)
		: who === 'young' ? clamp(Math.round(normal(36, 12)), 16, 80)
		: who === 'child' ? int(1, 11)
		: who === 'hrt' ? clamp(Math.round(normal(51, 4)), 42, 64)
		: weighted([[int(2, 15), 2], [int(16, 59), 5], [int(60, 90), 3]]);
	const charge = (t) => (t < day(2023, 5, 1) ? 9.35 : t < day(2024, 5, 1) ? 9.65 : 9.9);
	const rows = [];
	for (let t = day(2023, 1, 3); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		if (dow === 0 || bankHolidays.has(isoDate(t))) continue;
		const m = t.getUTCMonth() + 1;
		const n = poisson((dow === 6 ? 1.1 : 3.2) * (m === 12 || m === 1 ? 1.15 : 1) * (t.getUTCFullYear() === 2024 ? 1.08 : 1));
		for (let k = 0; k < n; k++) {
			const winter = m <= 2 || m >= 11;
			const med = weighted(medicines.map((x, i) => [i, x[6] * (x[4] === 0 && winter ? 1.5 : 1)]));
			const [name, form, strengths, qtys, repeatChance, who] = medicines[med];
			const repeat = rand() < repeatChance;
			const age = ageFor(who);
			const prescriber = name === 'Amoxicillin' && form === 'Capsule' && rand() < 0.18 ? 'Community Dental Service' : !repeat && rand() < 0.06 ? 'NHS 111' : weighted(prescribers);
			const exempt = age < 16 || age >= 60 || (age <= 18 && rand() < 0.85) || (who === 'hrt' && rand() < 0.3) || rand() < 0.3;
			const qty = pick(qtys);
			const shortage = name === 'Estradiol' && t.getUTCFullYear() === 2023 ? 0.35 : name === 'Amoxicillin' && form === 'Liquid' && t < day(2023, 3, 1) ? 0.5 : 0.012;
			const owing = rand() < shortage ? (form === 'Liquid' ? qty : form === 'Inhaler' || form === 'Cream' ? qty : qty >= 56 ? pick([qty / 2, 28]) : pick([7, 14, qty])) : 0;
			const delivered = rand() < (age >= 75 ? 0.45 : age >= 65 ? 0.2 : 0.04) * (repeat ? 1 : 0.4);
			rows.push({ t, name, strength: pick(strengths), form, qty, prescriber, age: rand() < 0.025 ? null : age, exempt, charge: exempt ? 0 : charge(t), repeat, delivered, owing });
		}
	}
	writeCsv(
		OUT,
		'pharmacy_dispensing.csv',
		['Item ID', 'Dispensed', 'Medicine', 'Strength', 'Form', 'Qty', 'Prescriber', 'patientAge', 'Exempt', 'Charge Paid (£)', 'Repeat Rx', 'Collected/Delivered', 'owing'],
		rows.map((r, i) => [300001 + i, isoDate(r.t), r.name, r.strength, r.form, r.qty, r.prescriber, r.age, r.exempt ? 'Y' : 'N', r.charge.toFixed(2), r.repeat ? 'Yes' : 'No', r.delivered ? 'Delivered' : 'Collected', r.owing])
	);
}

// ------------------------------------------------------------------ tutoring sessions (2022-2024)
{
	// Brightstart Tutors: a small private tutoring agency's session log, every booked session
	// 2022-2024, one row per session. Students come for one subject at one level, weekly (a
	// few fortnightly), on a fixed weekday after school or on Saturday mornings, for a run of
	// weeks in term time; GCSE and A-level students stop at the end of May (exams). No sessions
	// in school holidays. Hourly rates by level go up each September, and the founder
	// (Hannah Price) charges £5 an hour more. A session is Completed, Cancelled (with notice)
	// or a No-show; homework and the progress rating (1-5) are only written down for
	// completed sessions, the rating only now and then.
	// tutor → [subjects, levels, from, until, weight]
	const tutors = {
		'Hannah Price': [['Maths'], ['GCSE', 'A-level'], day(2022, 1, 1), null, 6],
		'Tom Gallagher': [['Physics', 'Maths'], ['GCSE', 'A-level'], day(2022, 1, 1), null, 5],
		'Aisha Rahman': [['Chemistry', 'Biology'], ['GCSE', 'A-level'], day(2022, 1, 1), null, 5],
		'Megan Lloyd': [['English'], ['KS3', 'GCSE', 'A-level'], day(2022, 1, 1), null, 5],
		'Pierre Dubois': [['French'], ['KS3', 'GCSE', 'A-level'], day(2022, 1, 1), null, 3],
		'Sophie Turner': [['Maths', 'English'], ['KS3', 'GCSE'], day(2022, 1, 1), day(2023, 7, 21), 5],
		'Lucia Romero': [['Spanish'], ['KS3', 'GCSE'], day(2022, 9, 5), null, 2],
		'Daniel Okoro': [['Maths', 'Physics'], ['KS3', 'GCSE', 'A-level'], day(2023, 9, 4), null, 5],
		'Rebecca Hughes': [['Biology', 'Chemistry'], ['KS3', 'GCSE'], day(2023, 1, 9), null, 3]
	};
	// school holidays [first day, last day]
	const holidays = [
		[day(2022, 1, 1), day(2022, 1, 4)], [day(2022, 2, 21), day(2022, 2, 25)], [day(2022, 4, 8), day(2022, 4, 22)], [day(2022, 5, 30), day(2022, 6, 3)], [day(2022, 7, 22), day(2022, 9, 4)], [day(2022, 10, 24), day(2022, 10, 28)], [day(2022, 12, 19), day(2023, 1, 3)],
		[day(2023, 2, 13), day(2023, 2, 17)], [day(2023, 3, 31), day(2023, 4, 14)], [day(2023, 5, 29), day(2023, 6, 2)], [day(2023, 7, 21), day(2023, 9, 3)], [day(2023, 10, 23), day(2023, 10, 27)], [day(2023, 12, 20), day(2024, 1, 3)],
		[day(2024, 2, 12), day(2024, 2, 16)], [day(2024, 3, 28), day(2024, 4, 12)], [day(2024, 5, 27), day(2024, 5, 31)], [day(2024, 7, 22), day(2024, 9, 3)], [day(2024, 10, 28), day(2024, 11, 1)], [day(2024, 12, 20), day(2024, 12, 31)]
	];
	const inHoliday = (t) => holidays.some(([a, b]) => t >= a && t <= b) || bankHolidays.has(isoDate(t));
	// academic year starting in September of y → [KS3, GCSE, A-level] rates
	const rateTable = { 2021: [30, 35, 40], 2022: [32, 38, 44], 2023: [34, 40, 46], 2024: [35, 42, 48] };
	const levelIdx = { KS3: 0, GCSE: 1, 'A-level': 2 };
	const used = new Set();
	const newName = () => {
		for (;;) {
			const nm = `${pick(firstNames)} ${pick(surnames)}`;
			if (!used.has(nm)) {
				used.add(nm);
				return nm;
			}
		}
	};
	const rows = [];
	const students = [];
	const nStudents = 95;
	for (let i = 0; i < nStudents; i++) students.push({ name: newName(), online: rand() < 0.5 });
	const end = day(2024, 12, 19);
	// enrolments: a student, a tutor, a subject and level, a weekday and time, a run of weeks
	for (let e = 0; e < 118; e++) {
		const student = e < nStudents ? students[e] : pick(students);
		let start = addDays(day(2022, 1, 5), int(0, 1060));
		const tutor = weighted(Object.entries(tutors).filter(([, [, , f, u]]) => f <= start && (!u || addDays(u, -40) >= start)).map(([nm, x]) => [nm, x[4]]));
		const [subjects, levels, , until] = tutors[tutor];
		const subject = pick(subjects);
		const level = weighted(levels.map((l) => [l, l === 'GCSE' ? 5 : l === 'A-level' ? 3 : 3]));
		const dow = weighted([[1, 3], [2, 3], [3, 3], [4, 3], [5, 1], [6, 3]]);
		while (start.getUTCDay() !== dow) start = addDays(start, 1);
		const startMin = dow === 6 ? weighted([[9 * 60, 3], [10 * 60, 3], [11 * 60, 2], [12 * 60, 1]]) : weighted([[15 * 60 + 45, 1], [16 * 60, 2], [16 * 60 + 30, 2], [17 * 60, 3], [17 * 60 + 30, 2], [18 * 60, 3], [18 * 60 + 30, 2], [19 * 60, 2], [19 * 60 + 30, 1]]);
		const mins = level === 'KS3' ? weighted([[60, 4], [45, 1]]) : level === 'GCSE' ? weighted([[60, 6], [90, 1]]) : weighted([[60, 3], [90, 2]]);
		const every = rand() < 0.12 ? 14 : 7;
		const weeks = Math.round(clamp(Math.exp(normal(2.6, 0.6)), 4, 45));
		const online = rand() < 0.8 ? student.online : !student.online;
		const reliability = rand() < 0.15 ? 0.8 : 0.95;
		let t = start;
		for (let w = 0; w < weeks; t = addDays(t, every)) {
			if (t > end || (until && t > until)) break;
			const m = t.getUTCMonth() + 1;
			if (level !== 'KS3' && (m === 6 || m === 7)) {
				if (w > 0) break;
				continue;
			}
			if (inHoliday(t)) continue;
			w++;
			const year = m >= 9 ? t.getUTCFullYear() : t.getUTCFullYear() - 1;
			const rate = rateTable[year][levelIdx[level]] + (tutor === 'Hannah Price' ? 5 : 0);
			const r = rand();
			const status = r < reliability ? 'Completed' : r < reliability + (1 - reliability) * 0.62 ? 'Cancelled' : 'No-show';
			const done = status === 'Completed';
			const onlineNow = rand() < 0.08 ? !online : online;
			rows.push({ t, startMin, tutor, student: student.name, subject, level, mins, rate, online: onlineNow, status, homework: done ? rand() < (level === 'KS3' ? 0.5 : 0.72) : null, rating: done && rand() < 0.38 ? clamp(Math.round(normal(3.4, 0.9)), 1, 5) : null });
		}
	}
	rows.sort((a, b) => a.t - b.t || a.startMin - b.startMin || a.student.localeCompare(b.student));
	writeCsv(
		OUT,
		'tutoring_sessions.csv',
		['Session ID', 'Date', 'startTime', 'Tutor', 'Student Name', 'Subject', 'Level', 'Duration (mins)', 'Rate (£/hr)', 'online', 'Status', 'Homework Set', 'Progress Rating (1-5)'],
		rows.map((r, i) => [`BST-${pad(i + 1, 4)}`, isoDate(r.t), `${pad(Math.floor(r.startMin / 60))}:${pad(r.startMin % 60)}`, r.tutor, r.student, r.subject, r.level, r.mins, r.rate, r.online ? 'true' : 'false', r.status, r.homework === null ? null : r.homework ? 'yes' : 'no', r.rating])
	);
}
