// Deterministic generator for the set S evaluation tables (a seaside town council's parking
// penalty notices, a small dental practice's appointment book, an allotment society's shared
// harvest log). No dependencies.
// Run from the repo root: node tests/nl/data/set-s/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20251206);
const MINUTE_MS = 60000;
const atTime = (d, h, m) => new Date(d.getTime() + (h * 60 + m) * MINUTE_MS);
const daysBetween = (a, b) => Math.round((b - a) / 86400000);

// ------------------------------------------------------------------ parking penalties (2022-2024)
{
	// Kingsmere, a small seaside market town: the council's penalty charge notices (PCNs), one row
	// per notice a civil enforcement officer issued, 2022-2024, as exported on 2025-01-06.
	// Fines are £70 (higher level) or £50 (lower level), halved when paid within 14 days.
	const contraventions = {
		1: ['Parked in a restricted street during prescribed hours', 70],
		2: ['Parked or loading where loading restrictions are in force', 70],
		12: ['Parked in a residents parking place without a valid permit', 70],
		16: ['Parked in a permit space without displaying a valid permit', 70],
		25: ['Parked in a loading place during restricted hours without loading', 70],
		30: ['Parked for longer than permitted', 50],
		40: ['Parked in a disabled parking place without a valid badge', 70],
		47: ['Stopped on a restricted bus stop or stand', 70],
		62: ['Parked with one or more wheels on a footway', 70],
		82: ['Parked after the expiry of paid for time', 50],
		83: ['Parked in a car park without a valid pay and display ticket', 70],
		86: ['Parked beyond the bay markings', 50]
	};
	// zone → [[street, weight, is a car park], …] and the contraventions seen on street / in car parks
	const zones = {
		'Town Centre': {
			weight: 9,
			streets: [['High Street', 5], ['Market Place', 4], ['Bridge Street', 3], ['Church Lane', 2], ['Sheep Street', 2]],
			onStreet: [[1, 4], [2, 2], [25, 2], [30, 4], [40, 1.5], [47, 1.5]]
		},
		Station: {
			weight: 4,
			streets: [['Station Road', 3], ['Railway Terrace', 2], ['Station Car Park', 3, true]],
			onStreet: [[1, 3], [16, 2], [47, 1.5]]
		},
		Seafront: {
			weight: 6,
			streets: [['Marine Parade', 4], ['The Esplanade', 3], ['Harbour Car Park', 4, true]],
			onStreet: [[1, 3], [30, 4], [40, 1]]
		},
		'Residential North': {
			weight: 3,
			streets: [['Albert Road', 3], ['Victoria Avenue', 2], ['Elm Grove', 2]],
			onStreet: [[12, 5], [62, 2], [1, 2]]
		},
		'Residential South': {
			weight: 2.5,
			streets: [['Mill Lane', 3], ['Orchard Close', 1.5], ['Park Road', 2.5]],
			onStreet: [[12, 5], [62, 2], [1, 1.5]]
		}
	};
	const carPark = [[82, 4], [83, 3], [86, 1.5]];
	const makes = [
		['Ford', 12], ['Vauxhall', 9], ['Volkswagen', 10], ['BMW', 6], ['Toyota', 7], ['Audi', 5],
		['Nissan', 5], ['Mercedes-Benz', 5], ['Kia', 5], ['Peugeot', 4], ['Hyundai', 4], ['Renault', 3],
		['Skoda', 4], ['Land Rover', 2], ['Fiat', 2], ['Honda', 2], ['Mini', 3], ['Tesla', 1]
	];
	const colours = [['Black', 8], ['White', 7], ['Silver', 7], ['Grey', 9], ['Blue', 6], ['Red', 4], ['Green', 1], ['Orange', 0.5], ['Yellow', 0.5]];
	// officer → [first day, last day]
	const officers = [
		['CEO 104', day(2022, 1, 1), day(2023, 5, 19), 1],
		['CEO 107', day(2022, 1, 1), day(2024, 12, 31), 1.2],
		['CEO 111', day(2022, 1, 1), day(2024, 12, 31), 1],
		['CEO 115', day(2022, 1, 1), day(2024, 12, 31), 0.8],
		['CEO 118', day(2022, 9, 5), day(2024, 12, 31), 1],
		['CEO 122', day(2023, 6, 12), day(2024, 12, 31), 1.3]
	];
	const exported = day(2025, 1, 6);
	const notices = [];
	for (let t = day(2022, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const summer = m >= 6 && m <= 9;
		const xmas = m === 12 && t.getUTCDate() === 25;
		if (xmas) continue;
		const onDuty = officers.filter(([, a, b]) => t >= a && t <= b);
		// a fuller enforcement team from autumn 2022 writes more notices
		const staff = onDuty.length / 4.5;
		const n = poisson((dow === 0 ? 0.5 : dow === 6 ? 2.2 : 1.85) * staff * (summer ? 1.3 : 1));
		for (let k = 0; k < n; k++) {
			// the seafront and its car park fill up in summer and at weekends; on Sundays only the
			// seafront and the car parks are enforced
			const zoneName = weighted(
				Object.entries(zones).map(([z, v]) => {
					let w = v.weight;
					if (z === 'Seafront') w *= summer ? 3 : m === 5 || m === 10 ? 1.3 : 0.6;
					if (dow === 0 && z !== 'Seafront' && z !== 'Station') w = 0;
					return [z, w];
				})
			);
			const zone = zones[zoneName];
			const [street, , isCarPark] = weighted(zone.streets.map((s) => [s, s[1]]));
			const code = weighted(isCarPark ? carPark : zone.onStreet);
			const [desc, fine] = contraventions[code];
			// issued between 8:00 and 18:30, on summer evenings along the seafront until 20:30
			const late = summer && zoneName === 'Seafront';
			const mins = Math.floor(clamp(normal(late ? 780 : 740, late ? 170 : 140), 480, late ? 1230 : 1110));
			const at = atTime(t, Math.floor(mins / 60), mins % 60);
			const officer = weighted(onDuty.map((o) => [o[0], o[3]]));
			// Teslas and other electric cars become more common over the three years
			const make = rand() < 0.03 ? null : weighted(makes.map(([mk, w]) => [mk, mk === 'Tesla' ? w * (1 + (t.getUTCFullYear() - 2022) * 1.5) : w]));
			const colour = rand() < 0.025 ? null : weighted(colours);
			// challenges: most often against permit and disabled bay notices
			const challengeP = code === 12 || code === 16 || code === 40 ? 0.3 : code === 86 || code === 62 ? 0.18 : 0.1;
			let appeal = null;
			let paid = false;
			let paidOn = null;
			let discounted = false;
			const age = daysBetween(t, exported);
			if (rand() < challengeP) {
				if (age < 50 && rand() < 0.75) appeal = 'Pending';
				else appeal = rand() < (code === 40 || code === 12 ? 0.42 : 0.3) ? 'Upheld' : 'Rejected';
				if (appeal === 'Rejected' && rand() < 0.85) {
					paid = true;
					// the discount is offered again after an informal challenge is turned down
					discounted = rand() < 0.6;
					paidOn = addDays(t, discounted ? int(16, 35) : int(30, 90));
				}
			} else if (rand() < 0.87) {
				paid = true;
				discounted = rand() < 0.74;
				paidOn = addDays(t, discounted ? weighted([[0, 1], [int(1, 5), 5], [int(6, 14), 3]]) : int(15, 100));
			}
			if (paid && paidOn > exported) {
				paid = false;
				paidOn = null;
				discounted = false;
			}
			notices.push({ at, street, zoneName, code, desc, fine, make, colour, officer, appeal, paid, paidOn, discounted });
		}
	}
	notices.sort((a, b) => a.at - b.at);
	writeCsv(
		OUT,
		'parking_penalties.csv',
		['pcn_no', 'Issued At', 'Street', 'Zone', 'contravention_code', 'Contravention', 'vehicleMake', 'Colour', 'Fine (£)', 'Paid', 'paid_date', 'Discounted', 'Appeal Status', 'Officer ID'],
		notices.map((p, i) => [
			`KM${p.at.getUTCFullYear()}${pad(3100 + i, 5)}`,
			isoStamp(p.at),
			p.street,
			p.zoneName,
			p.code,
			p.desc,
			p.make,
			p.colour,
			p.fine,
			p.paid ? 'Yes' : 'No',
			p.paidOn ? isoDate(p.paidOn) : null,
			p.discounted ? 'Yes' : 'No',
			p.appeal,
			p.officer
		])
	);
}

// ------------------------------------------------------------------ dental appointments (2023-2024)
{
	// Harbourside Dental, a small mixed NHS and private practice: the appointment book for 2023
	// and 2024, one row per booked appointment (attended or not). NHS charges in England by band
	// (the rates change in April), children and some adults exempt; private patients pay the
	// practice's own fees; the hygienist sees private patients only.
	const nhsRates = [
		// from, Band 1, Band 2, Band 3
		[day(2022, 4, 1), 23.8, 65.2, 282.8],
		[day(2023, 4, 24), 25.8, 70.7, 306.8],
		[day(2024, 4, 1), 26.8, 73.5, 319.1]
	];
	const nhsFee = (band, t) => {
		const r = nhsRates.filter(([from]) => t >= from).at(-1);
		return { 'Band 1': r[1], 'Band 2': r[2], 'Band 3': r[3], Urgent: r[1] }[band];
	};
	const privateFees = { 'Check-up': 55, Filling: 125, Extraction: 150, 'Root canal': 450, Crown: 650, Denture: 700, Emergency: 75, 'Hygienist clean': 65, Whitening: 350 };
	const privateFee = (treatment, t) => privateFees[treatment] * (t.getUTCFullYear() === 2023 ? 1 : 1.06);
	// [treatment, NHS band, minutes (adult), weight after a check-up finds work]
	const followUps = [
		['Filling', 'Band 2', [30, 45], 10],
		['Extraction', 'Band 2', [30], 3],
		['Root canal', 'Band 2', [60, 90], 1.5],
		['Crown', 'Band 3', [60], 1.6],
		['Denture', 'Band 3', [45], 0.6]
	];
	// clinician → working days (0 Sunday … 6 Saturday), first and last day
	const clinicians = [
		['Dr Patel', [1, 2, 4], day(2023, 1, 1), day(2024, 12, 31)],
		['Dr Hughes', [1, 3, 5], day(2023, 1, 1), day(2024, 12, 31)],
		["Dr O'Connor", [2, 3, 4, 5], day(2023, 1, 1), day(2024, 12, 31)],
		['Dr Kowalski', [4, 5, 6], day(2023, 9, 4), day(2024, 12, 31)]
	];
	const hygienist = ['Ms Reynolds', [2, 4]];
	const closed = new Set(['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
	/** The first day on or after t that the clinician works. */
	function nextWorkday(t, days) {
		let d = t;
		while (!days.includes(d.getUTCDay()) || closed.has(isoDate(d))) d = addDays(d, 1);
		return d;
	}
	const start = day(2023, 1, 3);
	const end = day(2024, 12, 20);
	const appts = [];
	const patients = [];
	for (let i = 0; i < 520; i++) {
		// ages at the start of 2023: families with children, working adults, retired people
		const age0 = weighted([[int(3, 17), 22], [int(18, 39), 28], [int(40, 64), 32], [int(65, 88), 18]]);
		const priv = age0 >= 18 && rand() < 0.22;
		const dentistChoices = clinicians.filter((c) => c[2] <= day(2023, 1, 1));
		patients.push({
			id: `P${20000 + i * 7 + int(0, 6)}`,
			born: addDays(day(2023, 1, 1), -Math.floor((age0 + rand()) * 365.25)),
			priv,
			exempt: !priv && age0 >= 18 && rand() < 0.24,
			dentist: pick(dentistChoices),
			recall: age0 < 18 ? 6 : weighted([[6, 4], [9, 1], [12, 4]]),
			hygiene: priv && rand() < 0.6,
			// poor attenders miss appointments more often
			dna: weighted([[0.03, 8], [0.12, 1.6], [0.35, 0.4]]),
			decay: Math.exp(normal(-0.4, 0.7)),
			// a few patients join the practice during the two years, some leave
			joins: rand() < 0.12 ? addDays(start, int(60, 600)) : start,
			leaves: rand() < 0.08 ? addDays(start, int(120, 700)) : null
		});
	}
	// Dr Kowalski takes on a share of the list when she starts
	for (const p of patients) if (rand() < 0.2) p.later = clinicians[3];
	const ageOn = (p, t) => Math.floor((t - p.born) / (365.25 * 86400000));
	function book(p, t, treatment, band, mins, who) {
		if (t > end || (p.leaves && t > p.leaves)) return;
		const age = ageOn(p, t);
		const cancelled = rand() < 0.07;
		const dna = !cancelled && rand() < p.dna;
		let reason = null;
		if (cancelled) reason = weighted([['Patient cancelled', 6], ['Practice cancelled', 1.5], ['Patient unwell', 2.5]]);
		else if (dna) reason = 'Did not attend';
		const exempt = band !== 'Private' && (age < 18 || p.exempt);
		const fee = reason ? null : band === 'Private' ? privateFee(treatment, t) : exempt ? 0 : nhsFee(band, t);
		const slot = int(0, 46); // 08:30 to 16:10 in ten-minute steps, lunch aside
		const h = 8 + Math.floor((30 + slot * 10) / 60);
		const mm = (30 + slot * 10) % 60;
		appts.push({ p, t, time: `${pad(h)}:${pad(mm)}`, who, treatment, band, mins, fee, age, exempt, reason });
		return !reason;
	}
	for (const p of patients) {
		let t = addDays(p.joins, int(0, p.recall * 30));
		while (t <= end) {
			const dentist = p.later && t >= p.later[2] ? p.later : p.dentist;
			const d = nextWorkday(t, dentist[1]);
			const child = ageOn(p, d) < 18;
			const band = p.priv ? 'Private' : 'Band 1';
			const came = book(p, d, 'Check-up', band, child ? 15 : 20, dentist[0]);
			if (came === false) {
				// rebooked a few weeks later
				t = addDays(d, int(14, 45));
				continue;
			}
			// an NHS check-up with a scale and polish in it, now and then
			if (came && !p.priv && !child && rand() < 0.25) {
				appts.at(-1).treatment = 'Scale and polish';
				appts.at(-1).mins = 30;
			}
			// work found at the check-up: one or two treatment appointments
			if (came && rand() < clamp(0.22 * p.decay, 0.03, 0.8)) {
				let f = addDays(d, int(7, 28));
				const n = weighted([[1, 7], [2, 2]]);
				for (let k = 0; k < n; k++) {
					const [treatment, nhsBand, mins] = weighted(followUps.map((x) => [x, child && x[1] === 'Band 3' ? 0 : x[3]]));
					const fd = nextWorkday(f, dentist[1]);
					book(p, fd, treatment, p.priv ? 'Private' : nhsBand, pick(mins), dentist[0]);
					f = addDays(fd, int(7, 21));
				}
			}
			// the hygienist every six months
			if (p.hygiene && came) book(p, nextWorkday(addDays(d, int(1, 20)), hygienist[1]), 'Hygienist clean', 'Private', pick([30, 45]), hygienist[0]);
			t = addDays(d, p.recall * 30 + int(-10, 20));
		}
		// emergencies: toothache, a broken tooth
		const emergencies = poisson(0.35 * p.decay);
		for (let k = 0; k < emergencies; k++) {
			const e = addDays(p.joins, int(0, daysBetween(p.joins, end)));
			const who = clinicians.filter((c) => c[2] <= e);
			const dentist = pick(who);
			book(p, nextWorkday(e, dentist[1]), 'Emergency', p.priv ? 'Private' : 'Urgent', 20, dentist[0]);
		}
		// whitening, private patients only
		if (p.priv && rand() < 0.15) {
			const w = addDays(start, int(30, 680));
			book(p, nextWorkday(w, p.dentist[1]), 'Whitening', 'Private', 60, p.dentist[0]);
		}
	}
	appts.sort((a, b) => a.t - b.t || a.time.localeCompare(b.time) || a.p.id.localeCompare(b.p.id));
	writeCsv(
		OUT,
		'dental_appointments.csv',
		['appt_id', 'patientId', 'Appointment Date', 'start_time', 'Clinician', 'Treatment', 'Band', 'dur_mins', 'Fee (£)', 'pt_age', 'Exempt', 'Attended', 'cancel_reason'],
		appts.map((a, i) => [
			5001 + i,
			a.p.id,
			isoDate(a.t),
			a.time,
			a.who,
			a.treatment,
			a.band,
			a.mins,
			a.fee === null ? null : round2(a.fee).toFixed(2),
			a.age,
			a.exempt ? 'Yes' : 'No',
			a.reason ? 'No' : 'Yes',
			a.reason
		])
	);
}

// ------------------------------------------------------------------ allotment harvest log (2022-2024)
{
	// Eastfield Allotments: the society's shared harvest log, kept for its "grow your own" yield
	// project. One row per picking: who picked what from which plot, the weight on the shed scales,
	// a count for crops counted by the piece, whether some went to the food bank. 2022 was hot
	// and dry, 2024 wet (blight on the tomatoes and potatoes).
	// [crop, [varieties], months, kg per picking (mean), counted: kg per item (null: not counted)]
	const crops = [
		['Potatoes', ['Charlotte', 'Maris Piper', 'Pink Fir Apple', 'Rocket'], [6, 7, 8, 9, 10], 3.2, null],
		['Runner Beans', ['Scarlet Emperor', 'Enorma'], [7, 8, 9], 0.8, null],
		['French Beans', ['Cobra'], [7, 8, 9], 0.5, null],
		['Courgettes', ['Defender', 'Black Beauty'], [6, 7, 8, 9], 1.1, 0.3],
		['Tomatoes', ["Gardener's Delight", 'Sungold', 'Moneymaker'], [7, 8, 9, 10], 1.2, null],
		['Onions', ['Sturon', 'Red Baron'], [7, 8], 2.2, 0.15],
		['Garlic', ['Solent Wight'], [6, 7], 0.9, 0.06],
		['Carrots', ['Nantes 2', 'Autumn King'], [7, 8, 9, 10, 11], 1.1, null],
		['Beetroot', ['Boltardy'], [6, 7, 8, 9, 10], 1.0, 0.2],
		['Leeks', ['Musselburgh'], [10, 11, 12, 1, 2], 1.4, 0.35],
		['Kale', ['Cavolo Nero'], [9, 10, 11, 12, 1, 2, 3], 0.4, null],
		['Strawberries', ['Cambridge Favourite', 'Elsanta'], [6, 7], 0.7, null],
		['Raspberries', ['Glen Ample', 'Autumn Bliss'], [6, 7, 8, 9, 10], 0.5, null],
		['Rhubarb', ['Timperley Early'], [3, 4, 5, 6], 1.2, 0.12],
		['Peas', ['Kelvedon Wonder'], [6, 7], 0.6, null],
		['Squash', ['Butternut Hunter', 'Crown Prince'], [9, 10], 3.5, 1.4],
		['Apples', ['Bramley', 'Discovery'], [8, 9, 10], 3, 0.18],
		['Lettuce', ['Little Gem', 'Lollo Rosso'], [5, 6, 7, 8, 9], 0.6, 0.3],
		['Parsnips', ['Gladiator'], [11, 12, 1, 2], 1.6, null],
		['Sweetcorn', ['Swift'], [8, 9], 1.5, 0.3]
	];
	// [plot, holders, organic, crops grown (null: most of them), keenness]
	const plots = [
		['1', ['Margaret Hale'], true, null, 1.3],
		['3', ['Dev Sharma', 'Anita Sharma'], false, null, 1.4],
		['4', ['Kwame Asante'], false, ['Potatoes', 'Runner Beans', 'Courgettes', 'Onions', 'Squash', 'Sweetcorn', 'Tomatoes', 'Kale'], 1],
		['7', ['Eileen Roberts'], true, ['Strawberries', 'Raspberries', 'Rhubarb', 'Apples', 'Lettuce', 'Peas', 'Beetroot', 'Garlic'], 0.9],
		['9A', ['Bogdan Wiśniewski'], false, null, 1.2],
		['9B', ['Priya Kaur'], true, ['Tomatoes', 'Courgettes', 'French Beans', 'Kale', 'Carrots', 'Lettuce', 'Garlic', 'Beetroot'], 0.8],
		['12', ['Alan Foster'], false, ['Potatoes', 'Onions', 'Leeks', 'Parsnips', 'Carrots', 'Runner Beans', 'Garlic', 'Beetroot'], 1.1],
		['15', ['Jess Morgan', 'Tom Morgan'], true, null, 0.9],
		['16', ['Ray Pearce'], false, ['Potatoes', 'Runner Beans', 'Onions', 'Leeks', 'Rhubarb', 'Peas', 'Sweetcorn'], 0.8],
		['21', ['Hannah Lee'], true, ['Tomatoes', 'Courgettes', 'Squash', 'Strawberries', 'Kale', 'Lettuce', 'French Beans'], 0.7]
	];
	// Hannah took plot 21 in spring 2023; Ray gave up plot 16 at the end of 2023
	const plotFrom = { 21: day(2023, 3, 1) };
	const plotUntil = { 16: day(2023, 12, 31) };
	const weatherOf = (y, m) => {
		const hot = y === 2022 ? 2.5 : y === 2023 ? 1 : 0.4;
		const wet = y === 2024 ? 2.2 : y === 2022 ? 0.5 : 1;
		if (m <= 2 || m >= 11) return weighted([['Frost', 2], ['Cloudy', 3], ['Light rain', 2 * wet], ['Sunny', 1.5], ['Windy', 1.2]]);
		if (m >= 6 && m <= 8) return weighted([['Sunny', 4], ['Hot', 2 * hot], ['Cloudy', 2.5], ['Light rain', 1.2 * wet], ['Heavy rain', 0.6 * wet], ['Windy', 0.5]]);
		return weighted([['Sunny', 2.5], ['Cloudy', 3.5], ['Light rain', 1.8 * wet], ['Heavy rain', 0.6 * wet], ['Windy', 1]]);
	};
	const notesFor = (crop, y, m) =>
		weighted([
			[null, 40],
			['first picking of the year', 2],
			['slug damage', crop === 'Lettuce' || crop === 'Strawberries' || crop === 'Potatoes' ? 4 : 0.5],
			['blight on the leaves', (crop === 'Tomatoes' || crop === 'Potatoes') && y === 2024 ? 12 : 0],
			['some split after the rain', crop === 'Tomatoes' || crop === 'Carrots' ? 1.5 : 0],
			['pigeons got some', crop === 'Kale' || crop === 'Peas' ? 4 : 0],
			['carrot fly damage', crop === 'Carrots' || crop === 'Parsnips' ? 3 : 0],
			['glut, gave some away', crop === 'Courgettes' || crop === 'Runner Beans' ? 4 : 0.2],
			['small but tasty', 1],
			['for the show', m >= 8 && m <= 9 ? 1 : 0]
		]);
	const entries = [];
	for (let t = day(2022, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const dow = t.getUTCDay();
		const weekend = dow === 0 || dow === 6;
		for (const [plot, holders, organic, grown, keen] of plots) {
			if (plotFrom[plot] && t < plotFrom[plot]) continue;
			if (plotUntil[plot] && t > plotUntil[plot]) continue;
			const inSeason = crops.filter((c) => c[2].includes(m) && (!grown || grown.includes(c[0])));
			if (inSeason.length === 0) continue;
			const busy = m >= 6 && m <= 9 ? 1 : m === 5 || m === 10 ? 0.5 : 0.22;
			if (rand() > 0.16 * keen * busy * (weekend ? 2 : 0.8)) continue;
			// a visit: one to three crops picked
			const nCrops = Math.min(inSeason.length, weighted([[1, 5], [2, 3], [3, 1]]));
			const chosen = new Set();
			const weather = rand() < 0.14 ? null : weatherOf(y, m);
			const picker = holders.length > 1 && rand() < 0.45 ? holders[1] : holders[0];
			for (let k = 0; k < nCrops; k++) {
				const c = pick(inSeason.filter((x) => !chosen.has(x)));
				chosen.add(c);
				const [crop, varieties, , kgMean, perItem] = c;
				let f = Math.exp(normal(0, 0.45));
				if (y === 2022 && (crop === 'Potatoes' || crop === 'Lettuce' || crop === 'Runner Beans')) f *= 0.75; // drought
				if (y === 2022 && (crop === 'Tomatoes' || crop === 'Sweetcorn')) f *= 1.25;
				if (y === 2024 && (crop === 'Tomatoes' || crop === 'Potatoes')) f *= 0.6; // blight
				if (!organic) f *= 1.08;
				let kg = Math.max(0.05, kgMean * f);
				let qty = null;
				if (perItem) {
					qty = Math.max(1, Math.round((kg / perItem) * Math.exp(normal(0, 0.12))));
					kg = qty * perItem * Math.exp(normal(0, 0.1));
				}
				const glut = crop === 'Courgettes' || crop === 'Runner Beans' || crop === 'Apples' || crop === 'Squash';
				entries.push({
					t,
					plot,
					crop,
					// the variety was not always written down
					variety: rand() < 0.07 ? null : varieties.length > 1 ? weighted(varieties.map((v, i) => [v, i === 0 ? 1.6 : 1])) : varieties[0],
					kg: round2(kg),
					qty,
					organic,
					weather,
					picker,
					donated: rand() < (glut ? 0.28 : 0.06),
					note: notesFor(crop, y, m)
				});
			}
		}
	}
	writeCsv(
		OUT,
		'harvest_log.csv',
		['log_id', 'Harvest Date', 'Plot', 'crop', 'Variety', 'Weight (kg)', 'qty', 'Organic', 'weather', 'pickedBy', 'Donated', 'Notes'],
		entries.map((e, i) => [
			i + 1,
			isoDate(e.t),
			e.plot,
			e.crop,
			e.variety,
			e.kg.toFixed(2),
			e.qty,
			e.organic ? 'Yes' : 'No',
			e.weather,
			e.picker,
			e.donated ? 'Yes' : 'No',
			e.note
		])
	);
}
