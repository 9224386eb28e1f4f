// Deterministic generator for the set M evaluation tables (a secondary school's exam results,
// a city's apartment rental listings, a distribution centre's outbound shipments). No
// dependencies. Run from the repo root: node tests/nl/data/set-m/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal } = randomTools(5150427);

const FIRST = [
	'Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arthur', 'Freya', 'Harry', 'Ivy',
	'Oscar', 'Grace', 'George', 'Sophie', 'Jack', 'Lily', 'Theo', 'Emily', 'Finn', 'Zara', 'Aisha',
	'Mohammed', 'Ella', 'Samuel', 'Ruby', 'Ethan', 'Chloe', 'Daniel', 'Hannah', 'Yusuf', 'Maya',
	'Lucas', 'Poppy', 'Adam', 'Evie', 'Joseph', 'Sienna', 'Kai', 'Priya', 'Tomasz', 'Nia', 'Rohan',
	'Layla', 'Callum', 'Erin', 'Ibrahim', 'Holly', 'Reuben', 'Jasmine'
];
const LAST = [
	'Smith', 'Jones', 'Patel', 'Williams', 'Brown', 'Taylor', 'Khan', 'Davies', 'Evans', 'Wilson',
	'Thomas', 'Johnson', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Green', 'Hall', 'Clarke', 'Ahmed',
	'Lewis', 'Kowalski', 'Murphy', 'Okafor', 'Singh', "O'Brien", 'Nowak', 'Campbell', 'Price',
	'Begum', 'Turner', 'Fraser', 'Chen', 'Morgan', 'Ali'
];

// ------------------------------------------------------------------ exam results (2023-2025)
{
	// [subject, max marks, difficulty shift, teachers]
	const subjects = [
		['Maths', 100, -3, ['Mr Hargreaves', 'Ms Osei']],
		['English Literature', 80, 2, ['Mrs Whitfield']],
		['Biology', 90, 0, ['Dr Lam']],
		['Chemistry', 90, -5, ['Dr Lam', 'Mr Doyle']],
		['Physics', 90, -4, ['Mr Doyle']],
		['History', 80, 3, ['Ms Fenwick']],
		['Geography', 80, 4, ['Mr Adeyemi']],
		['French', 70, -1, ['Mme Laurent']],
		['Computer Science', 100, 1, ['Ms Osei', 'Mr Patel']]
	];
	const students = [];
	const used = new Set();
	for (let i = 0; i < 160; i++) {
		let name;
		do name = `${pick(FIRST)} ${pick(LAST)}`;
		while (used.has(name));
		used.add(name);
		const yearGroup = pick(['Year 10', 'Year 11', 'Year 12', 'Year 13']);
		const ability = normal(62, 12);
		const attendance = rand() < 0.06 ? null : round1(clamp(normal(93, 5), 68, 100));
		// each student takes 5-7 subjects
		const subs = [...subjects].sort(() => rand() - 0.5).slice(0, int(5, 7));
		if (!subs.some((s) => s[0] === 'Maths')) subs[0] = subjects[0];
		if (!subs.some((s) => s[0] === 'English Literature')) subs[1] = subjects[1];
		students.push({ id: `S${2100 + i * 3 + int(0, 2)}`, name, yearGroup, ability, attendance, subs });
	}
	// sittings: [date base, exam type]
	const sittings = [
		[day(2023, 1, 16), 'Mock'],
		[day(2023, 5, 15), 'Final'],
		[day(2023, 11, 6), 'Resit'],
		[day(2024, 1, 15), 'Mock'],
		[day(2024, 5, 13), 'Final'],
		[day(2024, 11, 4), 'Resit'],
		[day(2025, 1, 13), 'Mock'],
		[day(2025, 5, 12), 'Final']
	];
	const grade = (p) => (p >= 80 ? 'A' : p >= 70 ? 'B' : p >= 60 ? 'C' : p >= 50 ? 'D' : p >= 40 ? 'E' : 'U');
	const rows = [];
	let id = 1;
	const prevFail = new Set();
	for (const [base, type] of sittings) {
		for (const st of students) {
			for (const [subject, max, shift, teachers] of st.subs) {
				const key = `${st.id}|${subject}`;
				if (type === 'Resit' && !prevFail.has(key)) continue;
				if (type !== 'Resit' && rand() < 0.45) continue; // not every subject every sitting
				const date = addDays(base, int(0, 11));
				if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
				const absent = rand() < (st.attendance !== null && st.attendance < 85 ? 0.08 : 0.025);
				const teacher = teachers[(st.id.charCodeAt(3) + subject.length) % teachers.length];
				let pct = clamp(normal(st.ability + shift + (type === 'Mock' ? -4 : 0), 9), 4, 100);
				const marks = absent ? null : Math.round((pct / 100) * max);
				const scorePct = absent ? null : round1((marks / max) * 100);
				const g = absent ? null : grade(scorePct);
				if (type === 'Final' && !absent && (g === 'U' || g === 'E')) prevFail.add(key);
				else if (type === 'Resit') prevFail.delete(key);
				rows.push([
					id++,
					st.id,
					st.name,
					st.yearGroup,
					subject,
					teacher,
					isoDate(date),
					type,
					marks,
					max,
					scorePct,
					g,
					absent ? 'Absent' : 'Sat',
					st.attendance
				]);
			}
		}
	}
	rows.sort((a, b) => (a[6] < b[6] ? -1 : a[6] > b[6] ? 1 : a[0] - b[0]));
	rows.forEach((r, i) => (r[0] = 50001 + i));
	writeCsv(
		OUT,
		'exam_results.csv',
		[
			'result_id',
			'Student ID',
			'student_name',
			'Year Group',
			'Subject',
			'Teacher',
			'examDate',
			'Exam Type',
			'marks',
			'max_marks',
			'score_pct',
			'Grade',
			'Status',
			'attendancePct'
		],
		rows
	);
}

// ------------------------------------------------------------------ apartment listings (2023-2024)
{
	// [neighbourhood, rent per sq ft per month, weight]
	const hoods = [
		['Downtown', 3.6, 1.3],
		['Riverside', 3.0, 1.0],
		['Old Town', 3.2, 0.9],
		['Northgate', 2.4, 1.1],
		['Maple Heights', 2.6, 0.8],
		['Eastfield', 2.1, 1.0],
		['Harbor Point', 3.4, 0.6]
	];
	const types = [
		['Apartment', 5],
		['Condo', 2],
		['Townhouse', 1],
		['Basement Suite', 1],
		['Loft', 0.6]
	];
	const agents = [
		'Dana Whitmore', 'Luis Ortega', 'Keisha Grant', 'Brandon Yu', 'Megan Sorensen',
		'Rafael Costa', 'Private Landlord'
	];
	const rows = [];
	for (let i = 0; i < 1480; i++) {
		const [hood, psf] = weighted(hoods.map((h) => [h, h[2]]));
		const type = weighted(types);
		const beds =
			type === 'Townhouse'
				? int(2, 4)
				: type === 'Loft'
					? int(0, 2)
					: type === 'Basement Suite'
						? weighted([[0, 2], [1, 4], [2, 2]])
						: weighted([[0, 2], [1, 5], [2, 4], [3, 1.5], [4, 0.3]]);
		const baths = beds <= 1 ? 1 : beds === 2 ? pick([1, 1.5, 2, 2]) : pick([1.5, 2, 2.5, 3]);
		const sqft = Math.round(
			clamp(normal(420 + beds * 290 + (type === 'Townhouse' ? 200 : 0) + (type === 'Loft' ? 150 : 0), 90), 300, 2600)
		);
		const listed = addDays(day(2023, 1, 1), int(0, 729));
		const seasonal = [0.97, 0.97, 0.99, 1.0, 1.02, 1.04, 1.05, 1.05, 1.03, 1.0, 0.98, 0.97][listed.getUTCMonth()];
		const yearAdj = listed.getUTCFullYear() === 2024 ? 1.04 : 1;
		const typeAdj = type === 'Basement Suite' ? 0.8 : type === 'Condo' ? 1.08 : type === 'Loft' ? 1.12 : 1;
		const pet = rand() < (type === 'Townhouse' ? 0.7 : 0.45) ? 'Yes' : 'No';
		const parking = weighted([
			['Garage', hood === 'Downtown' || hood === 'Harbor Point' ? 3 : 1.5],
			['Street', 2],
			['Driveway', type === 'Townhouse' || type === 'Basement Suite' ? 3 : 0.5],
			['None', hood === 'Downtown' ? 2 : 0.6]
		]);
		const furnished = rand() < 0.14 ? 'true' : 'false';
		let rent = sqft * psf * seasonal * yearAdj * typeAdj * normal(1, 0.07) + (furnished === 'true' ? 180 : 0);
		rent = Math.round(rent / 5) * 5;
		const deposit = rand() < 0.05 ? null : Math.round((rent * pick([1, 1, 1, 0.5, 1.5])) / 50) * 50;
		const floor = type === 'Townhouse' ? null : type === 'Basement Suite' ? 0 : rand() < 0.04 ? null : int(1, hood === 'Downtown' ? 28 : 8);
		const ageDays = (day(2024, 12, 31) - listed) / 86400000;
		let status = weighted([['Leased', 8], ['Withdrawn', 1], ['Active', 0.6]]);
		let dom = Math.max(1, Math.round(Math.exp(normal(Math.log(18 * (rent > 3000 ? 1.5 : 1)), 0.6))));
		if (dom > ageDays) status = 'Active';
		if (status === 'Active') dom = null;
		const agent = pick(agents);
		rows.push([
			null,
			isoDate(listed),
			hood,
			type,
			beds,
			baths,
			sqft,
			rent,
			deposit,
			pet,
			parking,
			furnished,
			floor,
			agent,
			status,
			dom
		]);
	}
	rows.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
	rows.forEach((r, i) => (r[0] = `L-${10420 + i * 7}`));
	writeCsv(
		OUT,
		'apartment_listings.csv',
		[
			'listing_id',
			'Listed On',
			'Neighborhood',
			'propertyType',
			'beds',
			'baths',
			'sq_ft',
			'Monthly Rent',
			'deposit',
			'Pets Allowed',
			'parking',
			'furnished',
			'floor',
			'Listing Agent',
			'Status',
			'days_on_mkt'
		],
		rows
	);
}

// ------------------------------------------------------------------ warehouse shipments (2024)
{
	const customers = [
		['Brightline Hardware', 'OH', 1.6],
		['Cedar & Pine Home', 'OR', 1.0],
		['Northwind Outfitters', 'WA', 1.2],
		['Summit Office Supply', 'CO', 1.4],
		['Lakeshore Pharmacy Group', 'IL', 1.1],
		['Blue Heron Grocers', 'MI', 0.9],
		['Redstone Builders Supply', 'TX', 1.3],
		['Harbor Pet Co.', 'FL', 0.8],
		['Gulf Coast Marine', 'LA', 0.5],
		['Keystone Auto Parts', 'PA', 1.2],
		['Evergreen Garden Centers', 'GA', 0.7],
		['Magnolia Kitchenware', 'NC', 0.9],
		['Prairie Farm & Ranch', 'KS', 0.6],
		['Silver State Electronics', 'NV', 0.8],
		['Granite Peak Sports', 'UT', 0.7],
		['Atlantic Medical Supply', 'NJ', 1.0],
		['Desert Sun Interiors', 'AZ', 0.6],
		['Twin Rivers Toys', 'MN', 0.5]
	];
	const carriers = [
		['UPS', 3],
		['FedEx', 2.5],
		['USPS', 1],
		['Old Dominion', 1.2],
		['XPO Logistics', 1]
	];
	const rows = [];
	let n = 0;
	for (let d = 0; d < 366; d++) {
		const date = addDays(day(2024, 1, 1), d);
		const dow = date.getUTCDay();
		if (dow === 0) continue;
		const mAdj = [0.9, 0.85, 1, 1, 1.05, 1, 0.95, 1.05, 1.1, 1.2, 1.35, 1.25][date.getUTCMonth()];
		const count = Math.max(0, Math.round((dow === 6 ? 1.5 : 6.2) * mAdj + normal(0, 1.3)));
		for (let k = 0; k < count; k++) {
			const [cust, state] = weighted(customers.map((c) => [c, c[2]]));
			let carrier = weighted(carriers);
			const qty = Math.max(1, Math.round(Math.exp(normal(Math.log(120), 0.9))));
			const cartons = Math.max(1, Math.ceil(qty / pick([6, 12, 12, 24, 48])));
			const weight = round1(cartons * clamp(normal(8.5, 3), 1.2, 22));
			if (weight > 600 && carrier !== 'Old Dominion' && carrier !== 'XPO Logistics')
				carrier = pick(['Old Dominion', 'XPO Logistics']);
			if (carrier === 'USPS' && weight > 60) carrier = 'UPS';
			const service =
				carrier === 'Old Dominion' || carrier === 'XPO Logistics'
					? 'LTL Freight'
					: weighted([['Ground', 6], ['2-Day', 2], ['Overnight', 0.7]]);
			const base = service === 'LTL Freight' ? 180 + weight * 0.32 : service === 'Overnight' ? 45 + weight * 3.1 : service === '2-Day' ? 18 + weight * 1.6 : 9 + weight * 0.95;
			const cost = round2(base * normal(1, 0.08));
			const hour = int(7, 17);
			const shipped = `${isoDate(date)} ${pad(hour)}:${pad(int(0, 59))}:${pad(int(0, 59))}`;
			const expected = service === 'Overnight' ? 1 : service === '2-Day' ? 2 : service === 'LTL Freight' ? int(3, 6) : int(2, 5);
			let status = weighted([['Delivered', 93], ['Returned', 2.5], ['Damaged', 1.5], ['Lost', 0.6]]);
			const transit = expected + (rand() < 0.16 ? int(1, 4) : 0);
			const delivDate = addDays(date, transit);
			if (delivDate > day(2024, 12, 31)) status = 'In Transit';
			const delivered = status === 'Delivered' || status === 'Damaged' ? isoDate(delivDate) : null;
			const onTime = delivered === null ? null : transit <= expected ? 'Y' : 'N';
			const dock = pick(['Dock 1', 'Dock 2', 'Dock 3', 'Dock 4']);
			const warehouse = rand() < 0.62 ? 'Columbus DC' : 'Reno DC';
			n++;
			rows.push([
				`SHP-${pad(240000 + n * 3 + int(0, 2), 6)}`,
				shipped,
				warehouse,
				cust,
				state,
				carrier,
				service,
				qty,
				cartons,
				weight,
				rand() < 0.03 ? null : cost,
				status,
				delivered,
				onTime,
				dock
			]);
		}
	}
	writeCsv(
		OUT,
		'shipments.csv',
		[
			'Shipment No',
			'shippedAt',
			'Warehouse',
			'Customer',
			'Dest State',
			'carrier',
			'service_level',
			'qty',
			'cartons',
			'weight_kg',
			'Freight Cost (USD)',
			'Status',
			'delivered_date',
			'onTime',
			'dock'
		],
		rows
	);
}
