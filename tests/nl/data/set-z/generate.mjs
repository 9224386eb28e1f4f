// Deterministic generator for the set Z evaluation tables (a same-day courier firm's delivery
// log, a podcast network's episode catalogue, a blood service's donor session records). No
// dependencies. Run from the repo root: node tests/nl/data/set-z/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260702);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);
const addMinutes = (t, mins) => new Date(t.getTime() + Math.round(mins) * 60000);
const midnight = (t) => day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
const minutesOfDay = (t) => t.getUTCHours() * 60 + t.getUTCMinutes();

// UK bank holidays 2022-2024 (with the Queen's funeral and the coronation)
const bankHolidays = new Set(['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27', '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
const isWorkingDay = (t) => t.getUTCDay() >= 1 && t.getUTCDay() <= 5 && !bankHolidays.has(isoDate(t));
function nextWorkingDay(t) {
	let d = addDays(midnight(t), 1);
	while (!isWorkingDay(d)) d = addDays(d, 1);
	return d;
}
const firstNames = ['Sarah', 'James', 'Emma', 'David', 'Lucy', 'Mark', 'Rachel', 'Paul', 'Claire', 'Andrew', 'Kirsty', 'Steve', 'Helen', 'Gareth', 'Nicola', 'Rob', 'Jo', 'Simon', 'Vicky', 'Adam', 'Louise', 'Chris', 'Gemma', 'Tom', 'Priya', 'Imran', 'Donna', 'Neil', 'Amy', 'Wes', 'Aisha', 'Ben', 'Chloe', 'Fiona', 'Hamza', 'Jack'];
const surnames = ['Whitmore', 'Palmer', 'Booth', 'Hargreaves', 'Lister', 'Dawson', 'Fairclough', 'Nuttall', 'Sharma', 'Mitchell', 'Atkinson', 'Barker', 'Gill', 'Holroyd', 'Kaur', 'Metcalfe', 'Oldroyd', 'Pickles', 'Rhodes', 'Sutcliffe', 'Thornton', 'Walsh', 'Yates', 'Ellison', 'Crowther', 'Hussain', 'Brook', 'Clegg', 'Denby', 'Fenwick'];

// ------------------------------------------------------------------ courier deliveries (2023-2024)
{
	// Aire Same Day: a small Leeds same-day courier firm's job log, every delivery job booked
	// 2023-2024, as exported at 18:00 on 31 December 2024, one row per job. Jobs are booked on
	// weekdays (a few on Saturday mornings); no work on bank holidays or between Christmas and
	// New Year. Urgency sets the deadline (Due By): Same Hour within the hour, Express within
	// three hours, Standard by 18:00 the same day when booked before noon, otherwise by noon the
	// next working day. Bikes take small parcels inside Leeds; vans take anything over 15 kg.
	// Prices: a base fee by urgency plus a rate per mile, a van surcharge, 6% higher from 2024.
	// A failed first attempt (with its reason) is tried again the next working day; a few are
	// returned to the sender and never delivered (no delivered_at). Many deliveries are left in
	// a safe place with nobody signing. Parcels are not always weighed.
	// town → [miles east, miles north] of Leeds city centre
	const towns = {
		Leeds: [0, 0],
		Bradford: [-9, 0],
		Wakefield: [2, -9],
		Huddersfield: [-11, -13],
		Harrogate: [-1, 13],
		York: [20, 5],
		Halifax: [-15, -5],
		Sheffield: [0, -30],
		Manchester: [-32, -19],
		Doncaster: [13, -24],
		Hull: [43, -7],
		Birmingham: [-20, -87],
		Newcastle: [6, 80]
	};
	const dropWeights = [['Leeds', 30], ['Bradford', 9], ['Wakefield', 8], ['Huddersfield', 5], ['Harrogate', 6], ['York', 6], ['Halifax', 3], ['Sheffield', 4], ['Manchester', 4], ['Doncaster', 2], ['Hull', 1.5], ['Birmingham', 1], ['Newcastle', 0.8]];
	// account → [town, weight, [standard, express, same hour], parcel kind, from, until, drop-off towns]
	const accounts = {
		'Kirkgate Dental Lab': ['Leeds', 9, [3, 4, 3], 'small', day(2023, 1, 1), null, [['Leeds', 6], ['Bradford', 2], ['Wakefield', 2], ['Harrogate', 1]]],
		'Calder Legal LLP': ['Wakefield', 6, [2, 6, 1], 'docs', day(2023, 1, 1), null, [['Leeds', 6], ['Wakefield', 2], ['Bradford', 1], ['Sheffield', 1], ['Manchester', 1]]],
		'Headrow Print & Design': ['Leeds', 7, [8, 2, 0.3], 'medium', day(2023, 1, 1), null, null],
		'Aire Valley Pharmacy': ['Bradford', 5, [1, 3, 5], 'small', day(2023, 1, 1), null, [['Bradford', 5], ['Leeds', 3], ['Halifax', 1]]],
		'Moorside Motor Parts': ['Leeds', 6, [6, 3, 0.5], 'heavy', day(2023, 1, 1), null, null],
		'Northern Opticians Ltd': ['Harrogate', 3, [6, 2, 0], 'small', day(2023, 1, 1), null, [['Leeds', 3], ['York', 2], ['Harrogate', 2]]],
		'Holbeck Architects': ['Leeds', 3, [3, 4, 1], 'docs', day(2023, 1, 1), day(2023, 11, 30), null],
		'Roundhay Florist': ['Leeds', 4, [1, 3, 3], 'medium', day(2024, 2, 1), null, [['Leeds', 8], ['Harrogate', 1], ['Wakefield', 1]]]
	};
	// driver → [vehicle, from, until]
	const drivers = {
		'Gary Firth': ['Van', day(2023, 1, 1), null],
		'Dean Naylor': ['Van', day(2023, 1, 1), null],
		'Lee Armitage': ['Van', day(2023, 1, 1), day(2023, 9, 30)],
		'Ryan Holt': ['Van', day(2023, 10, 2), null],
		'Shazia Begum': ['Car', day(2023, 1, 1), null],
		'Tony Baxter': ['Car', day(2023, 4, 3), null],
		'Kyle Dunn': ['Bike', day(2023, 1, 1), day(2024, 6, 28)],
		'Megan Shaw': ['Bike', day(2024, 5, 1), null]
	};
	const failReasons = [['No one home', 45], ['Business closed', 18], ['Wrong address', 14], ['Refused by recipient', 8], ['No safe place', 9], ['Access problem', 6]];
	const exported = atTime(day(2024, 12, 31), 18, 0);
	const oneOff = () => (rand() < 0.12 ? pick(['Mr', 'Mrs', 'Ms', 'Dr']) + ' ' + pick(firstNames)[0] + ' ' + pick(surnames) : `${pick(firstNames)} ${pick(surnames)}`);
	const signer = () => (rand() < 0.75 ? `${pick(firstNames)[0]} ${pick(surnames)}` : `${pick(firstNames)} ${pick(surnames)}`);
	const rows = [];
	for (let t = day(2023, 1, 3); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const d = t.getUTCDate();
		const dow = t.getUTCDay();
		if (dow === 0 || bankHolidays.has(isoDate(t)) || (m === 12 && d >= 24) || (m === 1 && d <= 2)) continue;
		const season = m === 12 ? 1.35 : m === 8 ? 0.75 : m === 11 ? 1.15 : 1;
		const n = dow === 6 ? poisson(0.6) : poisson((y === 2023 ? 2.35 : 2.85) * season);
		for (let k = 0; k < n; k++) {
			const booked = dow === 6 ? atTime(t, int(8, 11), int(0, 59), int(0, 59)) : atTime(t, weighted([[int(7, 9), 3], [int(10, 12), 4], [int(13, 16), 3]]), int(0, 59), int(0, 59));
			const here = Object.entries(accounts).filter(([, a]) => a[4] <= t && (!a[5] || a[5] >= t));
			const isAccount = rand() < 0.58;
			let customer, from, urgency, kind, to;
			if (isAccount) {
				const [nm, [town, , urg, knd, , , drops]] = (() => {
					const name = weighted(here.map(([nm, a]) => [nm, a[1]]));
					return [name, accounts[name]];
				})();
				customer = nm;
				from = town;
				urgency = weighted([['Standard', urg[0]], ['Express', urg[1]], ['Same Hour', urg[2]]]);
				kind = knd;
				to = weighted(drops ?? dropWeights);
			} else {
				customer = oneOff();
				from = weighted([['Leeds', 12], ['Bradford', 2], ['Wakefield', 1.5], ['Harrogate', 1], ['York', 1]]);
				to = weighted(dropWeights);
				urgency = weighted([['Standard', 7], ['Express', 2.5], ['Same Hour', 0.8]]);
				kind = weighted([['docs', 2], ['small', 3], ['medium', 3], ['heavy', 1]]);
			}
			const [ax, ay] = towns[from];
			const [bx, by] = towns[to];
			const straight = Math.hypot(ax - bx, ay - by);
			const miles = Math.max(1.2, round1(straight === 0 ? 1.5 + rand() * 8 : straight * 1.22 + normal(0, 1.2)));
			if (urgency === 'Same Hour' && miles > 15) urgency = 'Express';
			if (urgency === 'Express' && miles > 70) urgency = 'Standard';
			const weight = kind === 'docs' ? round1(0.1 + rand() * 0.9) : kind === 'small' ? round1(0.3 + rand() * 4) : kind === 'medium' ? round1(clamp(Math.exp(normal(1.8, 0.6)), 1, 24)) : round1(clamp(Math.exp(normal(3.1, 0.45)), 8, 75));
			const vehicle = weight > 15 || kind === 'heavy' || (kind === 'medium' && rand() < 0.3) ? 'Van' : from === 'Leeds' && to === 'Leeds' && weight <= 5 && rand() < 0.75 ? 'Bike' : 'Car';
			const onDuty = Object.entries(drivers).filter(([, [v, f, u]]) => v === vehicle && f <= t && (!u || u >= t)).map(([nm]) => nm);
			const driver = pick(onDuty);
			const base = urgency === 'Standard' ? 9.5 + 1.05 * miles : urgency === 'Express' ? 15 + 1.35 * miles : 28 + 1.75 * miles;
			const price = round2(Math.max(8, (base + (vehicle === 'Van' ? 12 : vehicle === 'Bike' ? -2 : 0) + (weight > 25 ? 8 : 0)) * (y === 2024 ? 1.06 : 1)));
			// deadline
			const mins = minutesOfDay(booked);
			const due = urgency === 'Same Hour' ? addMinutes(booked, 60) : urgency === 'Express' ? addMinutes(booked, 180) : mins < 12 * 60 ? atTime(t, 18, 0) : atTime(nextWorkingDay(t), 12, 0);
			// first attempt
			const speed = vehicle === 'Bike' ? 11 : miles < 20 ? 27 : 42;
			const lag = urgency === 'Same Hour' ? int(5, 15) : urgency === 'Express' ? int(15, 70) : int(40, 260);
			const traffic = rand() < 0.07 ? int(30, 150) : Math.max(0, normal(0, 8));
			let attempt = addMinutes(booked, lag + (miles / speed) * 60 + traffic + int(3, 12));
			if (urgency === 'Standard' && minutesOfDay(attempt) > 18 * 60 + 30) attempt = addMinutes(atTime(nextWorkingDay(t), 9, int(0, 40)), (miles / speed) * 60);
			const firstOk = rand() > (customer in accounts ? 0.045 : 0.1);
			let delivered = null;
			let reason = null;
			if (firstOk) delivered = attempt;
			else {
				reason = weighted(failReasons);
				if (rand() < (reason === 'Refused by recipient' || reason === 'Wrong address' ? 0.5 : 0.93)) delivered = atTime(nextWorkingDay(attempt), int(9, 15), int(0, 59));
			}
			if (delivered && delivered > exported) delivered = null;
			const signedBy = delivered && rand() < (customer in accounts ? 0.82 : 0.48) ? signer() : null;
			rows.push({ booked, customer, from, to, driver, vehicle, weight: rand() < 0.045 ? null : weight, miles, price, due, delivered, firstOk, reason, signedBy, urgency });
		}
	}
	rows.sort((a, b) => a.booked - b.booked);
	writeCsv(
		OUT,
		'courier_deliveries.csv',
		['Job Ref', 'booked_at', 'Customer Account', 'Collection Town', 'Dropoff Town', 'Driver', 'vehicle', 'Weight (kg)', 'distanceMiles', 'Price (£)', 'Urgency', 'Due By', 'delivered_at', 'First Time Delivery', 'failed_reason', 'Signed For By'],
		rows.map((r, i) => [`ASD-${r.booked.getUTCFullYear() % 100}${pad(i + 1, 4)}`, isoStamp(r.booked), r.customer, r.from, r.to, r.driver, r.vehicle, r.weight === null ? null : r.weight.toFixed(1), r.miles.toFixed(1), r.price.toFixed(2), r.urgency, isoStamp(r.due), r.delivered ? isoStamp(r.delivered) : null, r.firstOk ? 'Yes' : 'No', r.reason, r.signedBy])
	);
}

// ------------------------------------------------------------------ podcast episodes (2019-2024)
{
	// Hollow Oak Audio: a small podcast network's episode catalogue, every episode released
	// 2019-2024, as kept in its spreadsheet at the end of 2024. Five shows with their own rhythm:
	// a gardening show (fortnightly, monthly in winter), a football show (weekly in the season,
	// August to May), a true-crime show (in two runs a year), a personal-finance show (monthly)
	// and a comedy chat show that ran for one season. Bonus episodes have no episode number.
	// Downloads are the first 30 days' and are empty for episodes released in the last 30 days.
	// Sponsors came in from 2021, most on the true-crime and football shows.
	// show → [first release, last release, weekday, topics, guest chance, explicit chance, mean downloads, yearly growth, minutes, sponsors]
	const shows = {
		'Dig In': [day(2019, 4, 4), null, 4, [['Vegetables', 5], ['Flowers', 3], ['Fruit', 2], ['Wildlife', 2], ['Seasonal Jobs', 3], ['Listener Q&A', 2]], 0.45, 0, 1900, 1.12, [38, 6], ['Thornbury Seeds', 'Greenhouse Direct']],
		'Full Time Talk': [day(2021, 8, 9), null, 1, [['Match Review', 8], ['Transfers', 3], ['Tactics', 2], ['Listener Q&A', 2], ['History', 1]], 0.3, 0.45, 4200, 1.18, [55, 9], ['Kitbag Sports', 'Redline Energy']],
		'Cold Case Files': [day(2020, 1, 14), null, 2, [['Murder', 5], ['Missing Persons', 3], ['Fraud', 2], ['Unsolved', 3], ['History', 1]], 0.4, 0.3, 8800, 1.1, [48, 7], ['Brightwell Mattresses', 'Hearth Coffee', 'ShieldNet VPN']],
		'Pound Sense': [day(2019, 1, 22), null, 2, [['Budgeting', 3], ['Pensions', 2], ['Property', 2], ['Investing', 3], ['Listener Q&A', 1]], 0.7, 0, 2600, 1.15, [33, 5], ['Ledger & Co Accountants']],
		'Half Baked': [day(2023, 9, 6), day(2024, 6, 26), 3, [['Comedy', 6], ['Food', 2], ['Listener Q&A', 1]], 0.9, 0.85, 1400, 1, [62, 10], ['Hearth Coffee']]
	};
	const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
	const veg = ['Garlic', 'Potatoes', 'Chillies', 'Leeks', 'Runner Beans', 'Tomatoes', 'Courgettes', 'Carrots', 'Onions', 'Squash', 'Peas', 'Beetroot', 'Kale', 'Parsnips', 'Sweetcorn', 'Salad Leaves'];
	const flowers = ['Dahlias', 'Sweet Peas', 'Roses', 'Tulips', 'Sunflowers', 'Cosmos', 'Peonies', 'Lavender', 'Hellebores', 'Alliums'];
	const fruit = ['Apples', 'Strawberries', 'Rhubarb', 'Gooseberries', 'Raspberries', 'Plums', 'Blueberries', 'Pears'];
	const teams = ['Leeds', 'Hull', 'Sheffield Wednesday', 'Sheffield United', 'Middlesbrough', 'Sunderland', 'Huddersfield', 'Bradford City', 'Barnsley', 'Rotherham', 'Doncaster', 'Harrogate Town'];
	const places = ['Moor Road', 'Mill Lane', 'Canal Side', 'Lantern', 'Quarry', 'Chapel', 'Harbour', 'Viaduct', 'Signal Box', 'Orchard', 'Ferry', 'Tannery', 'Lighthouse', 'Vicarage', 'Colliery', 'Pier'];
	// topic → a title for one episode; m and y are the month and year of release
	const titleMakers = {
		Vegetables: () => pick([`Growing ${pick(veg)}`, `${pick(veg)} from Seed`, `The Perfect ${pick(veg)}`]),
		Flowers: () => pick([pick(flowers), `${pick(flowers)} for Beginners`, `Cutting Garden: ${pick(flowers)}`]),
		Fruit: () => pick([`Pruning ${pick(fruit)}`, `${pick(fruit)} in Pots`, `Growing ${pick(fruit)}`]),
		Wildlife: () => pick(['A Pond in a Weekend', 'Hedgehog Highways', 'Bees and Borders', 'Birds in Winter', 'Slugs: Friend or Foe?', 'Wildflower Meadows', 'Bug Hotels', 'Bats on the Plot']),
		'Seasonal Jobs': (m, y) => `Jobs for ${monthNames[m - 1]} ${y}`,
		'Match Review': () => {
			const [a, b] = [pick(teams), pick(teams)];
			return a === b ? `${pick(['Round-Up', 'Derby Day', 'Late Drama'])}: ${a}` : `${pick(['Round-Up', 'Late Drama', 'Cup Shock', 'Points Dropped', 'Six-Pointer', 'Top of the Table', 'Relegation Watch', 'Statement Win', 'Smash and Grab'])}: ${a} v ${b}`;
		},
		Transfers: (m, y) => `${pick(m === 8 || m === 9 || m === 1 || m === 2 ? ['Deadline Day', 'Window Verdict', 'Ins and Outs'] : ['Rumour Mill', 'Who Comes In?', 'Contract Talk'])} (${monthNames[m - 1]} ${y})`,
		Tactics: () => pick(['Inverted Full-Backs', 'The High Press', 'Back Three Explained', 'Set-Piece Coaches', 'False Nines', 'Goalkeepers Who Pass', 'Counter-Pressing', 'Zonal Marking', 'Expected Goals Explained', 'Low Blocks']),
		History: (m, y, show) => pick(show === 'Full Time Talk' ? ['The Lost Ground', 'A Forgotten Final', 'When Football Came to the Mills', 'Old Rivals'] : ['Victorian Poisoners', 'Body Snatchers', 'Highwaymen of the North', 'The Ripper Years']),
		Murder: () => `The ${pick(places)} ${pick(['Killing', 'Murder', 'Poisoning', 'Shooting'])}`,
		'Missing Persons': () => pick([`The ${pick(places)} ${pick(['Disappearance', 'Vanishing'])}`, `Gone from ${pick(['Whitby', 'Skipton', 'Hebden Bridge', 'Scarborough', 'Otley', 'Ripon', 'Selby'])}`]),
		Fraud: () => `The ${pick(places)} ${pick(['Swindle', 'Con', 'Fraud', 'Forgery'])}`,
		Unsolved: () => `The ${pick(places)} ${pick(['Mystery', 'Riddle', 'Letters', 'Case'])}`,
		Budgeting: () => pick(['The 50-30-20 Rule', 'Cutting the Food Bill', 'Energy Bills', 'Subscriptions Audit', 'Christmas on a Budget', 'Emergency Funds', 'Debt Snowball', 'Meal Planning', 'Cash Stuffing', 'Money and Relationships', 'Pocket Money', 'Holiday Budgets']),
		Pensions: () => pick(['Pensions in Your 20s', 'The State Pension', 'Lost Pension Pots', 'Salary Sacrifice', 'Annuity or Drawdown?', 'Pensions for the Self-Employed', 'Women and Pensions', 'Combining Pots', 'Retiring Early']),
		Property: () => pick(['First-Time Buyers', 'Fix or Track?', 'Renting Rights', 'Overpaying the Mortgage', 'Is Buy-to-Let Dead?', 'Shared Ownership', 'Remortgaging', 'Leasehold Explained', 'Moving Costs']),
		Investing: () => pick(['Index Funds', 'ISAs Explained', 'Crypto Caution', 'Dividends', 'Premium Bonds', 'Ethical Investing', 'Investing for Kids', 'Bonds Explained', 'Gold', 'Robo-Advisers', 'Cash or Shares?']),
		Comedy: () => pick(['Worst Gig Ever', 'Heckled', 'Edinburgh Diaries', 'Bad Jobs', 'Holiday Disasters', 'Embarrassing Parents', 'School Discos', 'First Cars', 'Wedding Speeches', 'Driving Tests', 'Stag Dos', 'Nan Stories', 'Pub Quizzes', 'Camping', 'Gym Membership', 'Self-Checkouts']),
		Food: () => pick(['Kebab Rankings', 'Sunday Roast Wars', 'Burnt Toast', 'Crisps Tier List', 'Chippy Tea'])
	};
	const guestPool = {
		'Dig In': ['Maggie Thwaite', 'Dr Alan Poole', 'Rosa Pennington', 'Joe Kettlewell', 'Anita Desai', 'Bill Harker'],
		'Full Time Talk': ['Craig Mellor', 'Dave Sowerby', 'Kerry Ashworth', 'Lee Bramhall', 'Sam Okafor', 'Jordan Pike', 'Harriet Lowe'],
		'Cold Case Files': ['DCI (ret.) Ray Noble', 'Helen Garside', 'Prof. Tom Ridley', 'Janet Cawood', 'Mark Elsworth'],
		'Pound Sense': ['Nadia Rahman', 'Oliver Grant', 'Sue Bellamy', 'Ravi Mistry', 'Claire Duffy', 'Ed Lomas', 'Beth Carver'],
		'Half Baked': ['Ruth Kitching', 'Dan Aspinall', 'Kemi Adeyemi', 'Gav Rourke', 'Lily Moss', 'Tariq Farooq', 'Jess Barraclough', 'Nina Cole']
	};
	const exportDay = day(2024, 12, 31);
	const mailbags = {};
	const rows = [];
	for (const [show, [first, last, , topics, guestChance, explicitChance, meanDl, growth, [meanMins, sdMins], sponsors]] of Object.entries(shows)) {
		const end = last ?? exportDay;
		let epNo = 0;
		const used = new Map();
		const releases = [];
		if (show === 'Dig In') {
			for (let t = first; t <= end; ) {
				releases.push(t);
				const m = t.getUTCMonth() + 1;
				t = addDays(t, m >= 11 || m <= 2 ? 28 : 14);
			}
		} else if (show === 'Full Time Talk') {
			for (let t = first; t <= end; t = addDays(t, 7)) {
				const m = t.getUTCMonth() + 1;
				if (m === 6 || m === 7 || (m === 12 && t.getUTCDate() > 24)) continue;
				if (rand() < 0.05) continue;
				releases.push(t);
			}
		} else if (show === 'Cold Case Files') {
			for (let t = first; t <= end; t = addDays(t, 14)) {
				const m = t.getUTCMonth() + 1;
				if (m === 7 || m === 8 || m === 12 || m === 6) continue;
				releases.push(t);
			}
		} else if (show === 'Pound Sense') {
			for (let t = first; t <= end; t = addDays(t, 28)) {
				if (t.getUTCMonth() === 7 && rand() < 0.5) continue;
				releases.push(t);
			}
		} else {
			for (let t = first; t <= end; t = addDays(t, 7)) {
				if (t.getUTCMonth() === 11 && t.getUTCDate() > 20) continue;
				releases.push(t);
			}
		}
		for (const t of releases) {
			const isBonus = rand() < (show === 'Full Time Talk' || show === 'Cold Case Files' ? 0.06 : 0.025);
			const y = t.getUTCFullYear();
			const m = t.getUTCMonth() + 1;
			let topic = weighted(topics);
			if (show === 'Full Time Talk' && (m === 8 || m === 1) && rand() < 0.6) topic = 'Transfers';
			if (show === 'Dig In' && (m === 3 || m === 5 || m === 10) && rand() < 0.4) topic = 'Seasonal Jobs';
			const hasGuest = !isBonus && rand() < guestChance;
			const guest = hasGuest ? pick(guestPool[show]) : null;
			let title = null;
			if (topic === 'Listener Q&A') title = `Mailbag #${(mailbags[show] = (mailbags[show] ?? 0) + 1)}`;
			for (let tries = 0; !title && tries < 12; tries++) {
				const candidate = titleMakers[topic](m, y, show);
				if (!used.has(candidate)) title = candidate;
			}
			if (!title) {
				const again = titleMakers[topic](m, y, show);
				used.set(again, (used.get(again) ?? 0) + 1);
				title = `${again} (Part ${used.get(again)})`;
			}
			if (!used.has(title)) used.set(title, 1);
			if (isBonus) title = `Bonus: ${m === 12 ? 'Festive Special' : pick(['Live Q&A', 'Behind the Mic', 'Outtakes', 'Listener Stories'])}`;
			else if (guest && rand() < 0.55) title = `${title} with ${guest.replace(/^(DCI \(ret\.\)|Prof\.|Dr) /, '')}`;
			if (!isBonus) epNo++;
			const minutes = Math.round(clamp(isBonus ? normal(meanMins * 0.5, 6) : normal(meanMins + (guest ? 4 : 0), sdMins), 12, 110));
			const years = (t.getTime() - first.getTime()) / (365.25 * 86400000);
			const viral = rand() < 0.02 ? 3 + rand() * 3 : 1;
			const downloads = Math.round(meanDl * Math.pow(growth, years) * (guest ? 1.15 : 1) * (isBonus ? 0.55 : 1) * viral * Math.exp(normal(0, 0.18)));
			const recent = t > addDays(exportDay, -30);
			const sponsored = y >= 2021 && !isBonus && rand() < (show === 'Cold Case Files' ? 0.6 : show === 'Full Time Talk' ? 0.45 : show === 'Half Baked' ? 0.2 : show === 'Pound Sense' ? 0.25 : 0.3);
			const explicit = rand() < explicitChance;
			rows.push({ show, epNo: isBonus ? null : epNo, title, t, minutes, downloads: recent ? null : downloads, guest, topic, explicit, sponsor: sponsored ? pick(sponsors) : null });
		}
	}
	rows.sort((a, b) => a.t - b.t || a.show.localeCompare(b.show));
	writeCsv(
		OUT,
		'podcast_episodes.csv',
		['Show', 'Ep No', 'Episode Title', 'Release Date', 'Duration (mins)', 'downloads_30d', 'Guest', 'topic', 'Explicit', 'Sponsor'],
		rows.map((r) => [r.show, r.epNo, r.title, isoDate(r.t), r.minutes, r.downloads, r.guest, r.topic, r.explicit ? 'Yes' : 'No', r.sponsor])
	);
}

// ------------------------------------------------------------------ blood donor sessions (2022-2024)
{
	// West Yorkshire blood donor sessions: every donor appointment 2022-2024 at the Leeds Donor
	// Centre (open Monday to Saturday, the only venue for platelets and plasma) and at the town
	// hall and mobile-unit sessions (each on a fixed day every few weeks), one row per
	// appointment. A donor who does not turn up (Attended = No) has nothing else recorded.
	// Haemoglobin (Hb, g/L) is measured at screening; a reading below 135 (men) or 125 (women)
	// defers the donor. Donors deferred for travel, a tattoo or medication are turned away
	// before the test, with no reading. Volumes: whole blood about 470 ml, platelets about 250,
	// plasma 600-780. Whole blood donors wait at least 12 weeks (men) or 16 weeks (women)
	// between donations. First Time = Yes on the first appointment of a donor who joined in
	// 2022-2024 (those first appointments were all attended).
	// venue → [first session, days between sessions] (the donor centre opens Monday to Saturday)
	const venues = {
		'Leeds Donor Centre': [null, 1],
		'Otley Civic Centre': [day(2022, 1, 11), 28],
		'Pudsey Town Hall': [day(2022, 1, 13), 28],
		'Morley Town Hall': [day(2022, 1, 17), 28],
		'Ilkley Kings Hall': [day(2022, 1, 19), 42],
		'Mobile Unit - Wetherby': [day(2022, 1, 21), 56],
		'Mobile Unit - Garforth': [day(2022, 2, 5), 56]
	};
	const venueWeights = [['Leeds Donor Centre', 9], ['Otley Civic Centre', 4], ['Pudsey Town Hall', 5], ['Morley Town Hall', 4.5], ['Ilkley Kings Hall', 2.5], ['Mobile Unit - Wetherby', 1.5], ['Mobile Unit - Garforth', 1.5]];
	const groups = [['O+', 35], ['A+', 30], ['B+', 8], ['AB+', 2.5], ['O-', 13], ['A-', 8], ['B-', 2], ['AB-', 1]];
	const start = day(2022, 1, 4);
	const end = day(2024, 12, 31);
	const closed = (t) => t.getUTCDay() === 0 || bankHolidays.has(isoDate(t)) || (t.getUTCMonth() === 11 && t.getUTCDate() >= 24) || (t.getUTCMonth() === 0 && t.getUTCDate() <= 2);
	/** The first session of a venue on or after t. */
	function sessionOn(venue, t) {
		const [first, every] = venues[venue];
		if (!first) {
			let d = t < start ? start : t;
			while (closed(d)) d = addDays(d, 1);
			return d;
		}
		let d = first;
		while (d < t || closed(d)) d = addDays(d, every);
		return d;
	}
	const rows = [];
	const nDonors = 380;
	for (let i = 0; i < nDonors; i++) {
		const id = `WY${104000 + i * 9 + int(0, 8)}`;
		const sex = rand() < 0.53 ? 'F' : 'M';
		const isNew = rand() < 0.5;
		const ageAtStart = isNew ? clamp(Math.round(17 + Math.abs(normal(0, 14))), 17, 66) : clamp(Math.round(normal(46, 13)), 19, 72);
		const born = addDays(start, -Math.round((ageAtStart + rand()) * 365.25));
		const type = weighted([['Whole blood', 84], ['Plasma', 9], ['Platelets', 7]]);
		let group = weighted(groups);
		if (type === 'Plasma' && rand() < 0.4) group = pick(['AB+', 'AB-', 'A+', 'B+']);
		const venue = type === 'Whole blood' ? weighted(venueWeights) : 'Leeds Donor Centre';
		const gapDays = () => (type === 'Whole blood' ? (sex === 'M' ? 84 : 112) + Math.round(Math.exp(normal(3.6, 0.7))) : type === 'Platelets' ? 28 + int(0, 30) : 21 + int(0, 35));
		const hbMean = sex === 'M' ? 151 : 137;
		const dropout = type === 'Whole blood' ? (isNew ? 0.2 : 0.09) : 0.08;
		let t = isNew ? addDays(start, int(0, 1080)) : addDays(start, int(0, type === 'Whole blood' ? 160 : 40));
		let firstRow = isNew;
		while (true) {
			const when = sessionOn(venue, t);
			if (when > end) break;
			const age = Math.floor((when.getTime() - born.getTime()) / (365.25 * 86400000));
			const noShow = !firstRow && rand() < 0.075;
			const row = { id, age, sex, group, when, venue, type, attended: !noShow, volume: null, hb: null, deferred: null, reason: null, firstTime: firstRow };
			firstRow = false;
			let next;
			if (noShow) next = addDays(when, int(14, 42));
			else {
				const hb = Math.round(normal(hbMean, sex === 'M' ? 10 : 9));
				const other = rand() < 0.045 ? weighted([['Recent travel', 4], ['Medication', 3], ['Feeling unwell', 3], ['Recent tattoo or piercing', 1.5], ['High blood pressure', 2]]) : null;
				const tested = !other || other === 'Feeling unwell' || other === 'High blood pressure';
				row.hb = tested && rand() > 0.012 ? hb : null;
				const low = tested && hb < (sex === 'M' ? 135 : 125);
				row.deferred = !!other || low;
				row.reason = other ?? (low ? 'Low haemoglobin' : null);
				if (!row.deferred) {
					row.volume = type === 'Whole blood' ? (rand() < 0.02 ? int(250, 400) : Math.round(clamp(normal(470, 7), 440, 495))) : type === 'Platelets' ? Math.round(clamp(normal(250, 25), 180, 320)) : Math.round(clamp(normal(690, 45), 600, 780));
					next = addDays(when, gapDays());
				} else next = addDays(when, low ? int(60, 120) : int(28, 90));
			}
			rows.push(row);
			if (!noShow && rand() < dropout) break;
			t = next;
		}
	}
	rows.sort((a, b) => a.when - b.when || a.venue.localeCompare(b.venue) || a.id.localeCompare(b.id));
	writeCsv(
		OUT,
		'blood_donor_sessions.csv',
		['Donor ID', 'Age', 'sex', 'Blood Group', 'Session Date', 'Venue', 'donationType', 'Attended', 'Volume (ml)', 'Hb (g/L)', 'Deferred', 'Deferral Reason', 'First Time'],
		rows.map((r) => [r.id, r.age, r.sex, r.group, isoDate(r.when), r.venue, r.type, r.attended ? 'Yes' : 'No', r.volume, r.hb, r.deferred === null ? null : r.deferred ? 'Yes' : 'No', r.reason, r.firstTime ? 'Yes' : 'No'])
	);
}
