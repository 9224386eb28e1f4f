// Deterministic generator for the set AE evaluation tables (a dog grooming salon's appointments,
// an allotment society's plot lettings and rent, a boat-trip operator's sailings log). No
// dependencies. Run from the repo root: node tests/nl/data/set-ae/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal } = randomTools(20261117);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);
const stamp = (d) => `${isoDate(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;

// UK bank holidays 2023-2024 (the grooming salon's years)
const bankHolidays = new Set(['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
const firstNames = ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Leo', 'Freya', 'Oscar', 'Lily', 'George', 'Grace', 'Charlie', 'Evie', 'Sophie', 'Theo', 'Poppy', 'Arthur', 'Ella', 'Ruby', 'Henry', 'Daisy', 'James', 'Sarah', 'David', 'Helen', 'Michael', 'Claire', 'Richard', 'Karen', 'Peter', 'Susan', 'Mark', 'Julie', 'Andrew', 'Rachel', 'Paul', 'Emma', 'Simon', 'Laura', 'Gareth', 'Nicola', 'Tariq', 'Priya', 'Marek', 'Agnieszka', 'Kwame', 'Fatima', 'Rhys', 'Siobhan', 'Callum', 'Bethan', 'Margaret', 'Brian', 'Janet', 'Keith', 'Pauline', 'Derek', 'Sandra', 'Graham', 'Linda', 'Colin'];
const surnames = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'Hughes', 'Phillips', 'Mason', 'Mitchell', 'Rose', 'Cooper', 'Ward', 'Cox', 'Bennett', "O'Brien", "O'Connor", "D'Souza", 'Murphy', 'Kowalczyk', 'Nowak', 'Mensah', 'Ali', 'Hussain', 'Begum', 'Fletcher', 'Gibson', 'Holmes', 'Lamb', 'Marshall', 'Palmer', 'Quinn', 'Sutton', 'Tucker', 'Webb', 'Chapman', 'Barker', 'Lloyd', 'Pearce'];
const personName = () => `${pick(firstNames)} ${pick(surnames)}`;
const uniqueNamer = () => {
	const used = new Set();
	return () => {
		let nm;
		do nm = personName();
		while (used.has(nm));
		used.add(nm);
		return nm;
	};
};

// ------------------------------------------------------------------ grooming appointments (2023-2024)
{
	// The Dapper Dog (a one-room dog grooming salon in a small market town): every appointment
	// booked for 3 January 2023 to 31 December 2024, as exported at closing time on 31 December
	// 2024, one row per appointment (one dog, one service). Open Tuesday to Saturday, closed on
	// bank holidays and from Christmas Eve to 2 January. Busiest in May and November, quiet in
	// January and February. Prices went up on 1 January 2024. From 1 July
	// 2023 a £10 deposit was asked for when booking (after too many no-shows); nail clips never
	// need one and some regulars are let off. A no-show's price is what was booked, not paid.
	// groomer → [from, until, weekdays, dogs a day, speed]
	const groomers = {
		'Kirsty Hall': [day(2023, 1, 1), null, [2, 3, 4, 5, 6], 3, 1],
		'Megan Price': [day(2023, 1, 1), null, [2, 3, 4], 3, 1.05],
		'Chloe Dunne': [day(2023, 1, 1), day(2023, 8, 26), [3, 5, 6], 2, 1.25],
		'Tom Ashworth': [day(2023, 10, 3), null, [5, 6], 3, 1]
	};
	const slots = { 3: [[8, 30], [11, 0], [14, 0]], 2: [[9, 0], [13, 0]] };
	// breed → [size, coat, weight]
	const breeds = {
		Cockapoo: ['Medium', 'coated', 16],
		Cavapoo: ['Small', 'coated', 8],
		'Labrador Retriever': ['Large', 'double', 8],
		'Shih Tzu': ['Small', 'coated', 7],
		'Cocker Spaniel': ['Medium', 'coated', 7],
		Labradoodle: ['Large', 'coated', 6],
		'Miniature Schnauzer': ['Small', 'wire', 5],
		'Springer Spaniel': ['Medium', 'coated', 5],
		'Bichon Frise': ['Small', 'coated', 5],
		Crossbreed: ['Medium', 'coated', 5],
		'West Highland Terrier': ['Small', 'wire', 4],
		'Border Terrier': ['Small', 'wire', 4],
		'Yorkshire Terrier': ['Small', 'coated', 4],
		'Golden Retriever': ['Large', 'double', 4],
		'Cavalier King Charles': ['Small', 'coated', 3],
		'Lhasa Apso': ['Small', 'coated', 3],
		Dachshund: ['Small', 'short', 3],
		'Jack Russell': ['Small', 'short', 3],
		'Staffordshire Bull Terrier': ['Medium', 'short', 2],
		'Border Collie': ['Medium', 'double', 3],
		'German Shepherd': ['Large', 'double', 3],
		'Standard Poodle': ['Large', 'coated', 2],
		Husky: ['Large', 'double', 2],
		'Bernese Mountain Dog': ['Giant', 'double', 1.5],
		Newfoundland: ['Giant', 'double', 1],
		'Old English Sheepdog': ['Giant', 'coated', 1]
	};
	const dogNames = ['Bella', 'Alfie', 'Luna', 'Milo', 'Teddy', 'Daisy', 'Poppy', 'Coco', 'Max', 'Bonnie', 'Ruby', 'Buddy', 'Archie', 'Rosie', 'Lola', 'Charlie', 'Bailey', 'Nala', 'Willow', 'Hugo', 'Biscuit', 'Monty', 'Pickle', 'Barney', 'Maisie', 'Otis', 'Winston', 'Dexter', 'Hector', 'Mabel', 'Peggy', 'Ziggy', 'Reggie', 'Bertie', 'Marley', 'Pepper', 'Toffee', 'Murphy', 'Oscar', 'Nellie', 'Bruno', 'Honey', 'Louie', 'Fudge', 'Olive', 'Rolo', 'Stanley', 'Tilly', 'Frank', 'Wilf'];
	// service → [price by size 2023 (Small, Medium, Large, Giant), minutes by size]
	const services = {
		'Full Groom': [[45, 55, 68, 85], [90, 120, 150, 180]],
		'Bath & Brush': [[30, 38, 48, 60], [60, 75, 90, 120]],
		'Hand Strip': [[50, 60, 70, 80], [90, 120, 150, 180]],
		'De-shed Treatment': [[40, 50, 62, 78], [75, 90, 120, 150]],
		'Puppy Intro': [[25, 25, 25, 25], [45, 45, 45, 45]],
		'Nail Clip': [[10, 10, 10, 10], [15, 15, 15, 15]]
	};
	const sizes = ['Small', 'Medium', 'Large', 'Giant'];
	const priceOf = (service, size, y) => {
		const p = services[service][0][sizes.indexOf(size)];
		if (y === 2023) return p;
		return service === 'Nail Clip' ? 12 : service === 'Puppy Intro' ? 28 : p + 4;
	};
	const ownerName = uniqueNamer();
	const dogs = [];
	const newDog = (joined, owner) => {
		const breed = weighted(Object.entries(breeds).map(([b, [, , w]]) => [b, w]));
		const dog = { id: dogs.length + 1, name: pick(dogNames), owner: owner ?? ownerName(), breed, size: breeds[breed][0], coat: breeds[breed][1], every: weighted([[6, 3], [8, 4], [12, 3], [26, 2]]), puppy: joined && rand() < 0.22, visits: 0, lastVisit: null };
		dogs.push(dog);
		if (rand() < 0.08) {
			// a second dog of the same household
			const d2 = newDog(joined, dog.owner);
			d2.every = dog.every;
		}
		return dog;
	};
	for (let i = 0; i < 210; i++) newDog(false);
	const seasonOf = (m) => [0.6, 0.64, 0.8, 0.92, 0.98, 0.94, 0.92, 0.85, 0.8, 0.8, 0.93, 1][m - 1];
	const rows = [];
	for (let t = day(2023, 1, 3); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const dd = t.getUTCDate();
		if (dow === 0 || dow === 1 || bankHolidays.has(isoDate(t))) continue;
		if ((m === 12 && dd >= 24) || (m === 1 && dd <= 2)) continue;
		for (const [groomer, [from, until, days, perDay, speed]] of Object.entries(groomers)) {
			if (t < from || (until && t > until) || !days.includes(dow)) continue;
			for (const [h, mi] of slots[perDay]) {
				if (rand() > seasonOf(m) * (dow === 6 ? 0.98 : 0.88)) continue;
				// who comes: a regular who is due, or a new dog
				const due = dogs.filter((d) => d.lastVisit === null || (t - d.lastVisit) / 86400000 >= d.every * 7 * 0.85);
				let dog;
				if (due.length > 0 && rand() < 0.86) dog = pick(due);
				else dog = newDog(true);
				if (dog.size === 'Giant' && groomer !== 'Kirsty Hall' && groomer !== 'Tom Ashworth') {
					// only Kirsty and Tom take the giant breeds (the big bath)
					if (rand() < 0.85) dog = pick(dogs.filter((d) => d.size !== 'Giant'));
				}
				let service;
				if (dog.puppy && dog.visits === 0) service = 'Puppy Intro';
				else if (rand() < 0.09) service = 'Nail Clip';
				else if (dog.coat === 'coated') service = weighted([['Full Groom', 78], ['Bath & Brush', 22]]);
				else if (dog.coat === 'wire') service = weighted([['Hand Strip', 45], ['Full Groom', 40], ['Bath & Brush', 15]]);
				else if (dog.coat === 'double') service = weighted([['De-shed Treatment', [4, 5, 6, 9, 10].includes(m) ? 60 : 25], ['Bath & Brush', 60]]);
				else service = 'Bath & Brush';
				const y = t.getUTCFullYear();
				const price = priceOf(service, dog.size, y);
				const depositAsked = t >= day(2023, 7, 1);
				const deposit = depositAsked ? (service === 'Nail Clip' ? false : dog.visits >= 6 && rand() < 0.3 ? false : rand() < 0.94) : null;
				const noShowRate = deposit === null ? 0.085 : deposit ? 0.028 : 0.06;
				const noShow = rand() < noShowRate * (m === 12 ? 0.6 : 1);
				const base = services[service][1][sizes.indexOf(dog.size)];
				const minutes = noShow ? null : Math.max(10, Math.round((base * speed * clamp(normal(1, 0.1), 0.8, 1.35)) / 5) * 5);
				rows.push({ at: atTime(t, h, mi), dog, groomer, service, price, minutes, noShow, deposit });
				if (!noShow) {
					dog.visits++;
					dog.lastVisit = t;
				}
			}
		}
	}
	rows.sort((a, b) => a.at - b.at);
	writeCsv(
		OUT,
		'grooming_appointments.csv',
		['booking_id', 'appointment_time', 'Dog ID', 'Dog Name', 'Owner', 'Breed', 'Size', 'Groomer', 'Service', 'Price (£)', 'durationMins', 'No Show', 'depositPaid'],
		rows.map((r, i) => [7001 + i, stamp(r.at), pad(r.dog.id, 4), r.dog.name, r.dog.owner, r.dog.breed, r.dog.size, r.groomer, r.service, r.price.toFixed(2), r.minutes, r.noShow ? 'Yes' : 'No', r.deposit === null ? null : r.deposit ? 'Yes' : 'No'])
	);
}

// ------------------------------------------------------------------ allotment lettings (2017-2024)
{
	// Nettlecombe Road Allotment Society (one site of 124 plots): its rent book 2017-2024, one row
	// per plot let to a tenant in a rent year (a plot with a change of tenant in the year has two),
	// as exported on 20 January 2025. Plots are in rows A to F, 10 rods (full), 5 (half) or 2.5
	// (starter). Rent is charged per rod (the rate goes up most years), half for concessions (over
	// 65 or on benefits), and half again for a tenancy starting after 30 June; the water charge is
	// a flat sum per plot, none in row F (no troughs). Rent is due by 31 March (new tenants pay
	// on signing); a tenant who does not pay loses the plot in the summer. Plots go to the
	// waiting list in turn (the list has been kept on computer since 2012; tenants from before 2013 have no
	// date); the list swelled in the 2020 lockdown. The plots are inspected on a Sunday in July,
	// except in 2020 (cancelled, Covid).
	const rows = [];
	const plots = [];
	for (const [row, n] of [['A', 24], ['B', 24], ['C', 22], ['D', 22], ['E', 18], ['F', 14]]) {
		for (let i = 1; i <= n; i++) {
			const code = `${row}${pad(i, 2)}`;
			const rods = row === 'E' && i > 10 ? 2.5 : (row === 'C' || row === 'D') && i % 4 === 0 ? 5 : row === 'B' && i % 6 === 0 ? 5 : row === 'E' ? 5 : 10;
			plots.push({ code, rods, water: row !== 'F' });
		}
	}
	const rate = { 2017: 3.8, 2018: 3.8, 2019: 4, 2020: 4, 2021: 4.25, 2022: 4.5, 2023: 5, 2024: 5.5 };
	const waterCharge = { 2017: 8, 2018: 8, 2019: 8, 2020: 10, 2021: 10, 2022: 10, 2023: 14, 2024: 15 };
	const inspections = { 2017: day(2017, 7, 16), 2018: day(2018, 7, 15), 2019: day(2019, 7, 14), 2020: null, 2021: day(2021, 7, 18), 2022: day(2022, 7, 17), 2023: day(2023, 7, 16), 2024: day(2024, 7, 14) };
	const tenantName = uniqueNamer();
	let memberSeq = 0;
	const members = [];
	// the waiting list: applicants joining from mid-2015 (those before had plots by 2017), more in
	// the 2020 lockdown
	const queue = [];
	const joinRate = (d) => {
		const y = d.getUTCFullYear();
		const m = d.getUTCMonth() + 1;
		if (y === 2020 && m >= 4 && m <= 7) return 9;
		if (y === 2020 || y === 2021) return 4.5;
		if (y <= 2016) return 1.2;
		if (y <= 2019) return 1.8;
		return 3;
	};
	const queueUntil = (d) => {
		while (queue.last < d) {
			const next = addDays(queue.last, 1);
			queue.last = next;
			if (rand() < joinRate(next) / 30.4) queue.push({ joined: next });
		}
	};
	queue.last = day(2015, 6, 30);
	// members who were tenants before 2017, numbered in order of their first plot
	const founders = [];
	for (const p of plots) {
		const start = weighted([[day(int(1986, 2004), int(1, 12), 1), 4], [day(int(2005, 2012), int(1, 12), 1), 4], [day(int(2013, 2016), int(1, 12), 1), 3]]);
		founders.push({ p, start });
	}
	founders.sort((a, b) => a.start - b.start);
	const newMember = (start, wl, age) => {
		memberSeq++;
		const mem = { no: pad(memberSeq, 4), name: tenantName(), wl, concession: rand() < (age === 'old' ? 0.45 : 0.18), skill: weighted([[0, 5], [1, 3], [2, 1.4]]) };
		members.push(mem);
		return mem;
	};
	let prev = null;
	for (const f of founders) {
		// a few long-standing tenants hold two plots
		if (prev && rand() < 0.06 && f.p.rods <= 5) f.mem = prev;
		else f.mem = newMember(f.start, f.start.getUTCFullYear() >= 2013 ? addDays(f.start, -int(150, 420)) : null, f.start.getUTCFullYear() < 2005 ? 'old' : 'young');
		if (f.mem.skill === 2 && f.start.getUTCFullYear() < 2010) f.mem.skill = 1;
		f.p.tenancy = { mem: f.mem, start: f.start, end: null };
		prev = f.mem;
	}
	// taking the next applicant who still wants a plot (many have moved on or say no)
	const nextTenant = (offered) => {
		queueUntil(offered);
		const daysWaited = (a) => (offered - a.joined) / 86400000;
		while (queue.length > 0) {
			const a = queue.shift();
			if (rand() < Math.min(0.7, 0.12 + daysWaited(a) / 3000)) continue;
			return newMember(offered, a.joined, rand() < 0.2 ? 'old' : 'young');
		}
		return newMember(offered, addDays(offered, -int(20, 60)), 'young');
	};
	for (let y = 2017; y <= 2024; y++) {
		const insp = inspections[y];
		for (const p of plots) {
			let ten = p.tenancy;
			const yStart = day(y, 1, 1);
			const yEnd = day(y, 12, 31);
			// at most two tenancies of a plot in a year
			for (let k = 0; k < 2 && ten && ten.start <= yEnd; k++) {
				const mem = ten.mem;
				const isNew = ten.start >= yStart;
				const late = isNew && ten.start > day(y, 6, 30);
				let rent = p.rods * rate[y] * (mem.concession ? 0.5 : 1) * (late ? 0.5 : 1);
				rent = round2(rent);
				const water = p.water ? waterCharge[y] : 0;
				// paying
				let paid;
				if (isNew) paid = ten.start;
				else {
					const r = rand();
					paid = r < 0.75 ? addDays(day(y, 1, 6), int(0, 83)) : r < 0.955 + (mem.skill === 0 ? 0.03 : 0) ? addDays(day(y, 4, 1), int(0, 80)) : null;
				}
				// giving up the plot: not paying (the plot is taken back on 30 June), moving on
				const yearsIn = (yEnd - ten.start) / (365 * 86400000);
				if (!ten.end) {
					if (paid === null) ten.end = day(y, 6, 30);
					else if (!isNew) {
						const leave = (ten.lastCondition === 'Poor' ? 0.22 : 0.06) + (yearsIn < 2 ? 0.06 : 0) + (y === 2021 || y === 2022 ? 0.03 : 0);
						if (rand() < leave) ten.end = rand() < 0.6 ? yEnd : addDays(day(y, int(5, 10), 1), -1);
						if (ten.end && ten.end <= ten.start) ten.end = yEnd;
						// nobody leaves before paying what they owe
						if (ten.end && paid && ten.end < paid) ten.end = day(y, paid.getUTCMonth() + 3, 0);
					}
				}
				// the inspection
				let condition = null;
				let inspected = null;
				if (insp && ten.start < insp && !(ten.end && ten.end < insp)) {
					inspected = insp;
					const q = mem.skill + (yearsIn < 1 ? 0.7 : 0) + normal(0, 0.8);
					condition = q < 0.7 ? 'Good' : q < 1.6 ? 'Fair' : q < 2.4 ? 'Poor' : 'Uncultivated';
					ten.lastCondition = condition;
					// a non-cultivation notice, then the plot is taken back at the end of September
					if (condition === 'Uncultivated' && !ten.end && !isNew && rand() < 0.55) ten.end = day(y, 9, 30);
				}
				rows.push({ p, y, mem, ten, rent, water, paid, inspected, condition });
				if (ten.end && ten.end <= yEnd) {
					const offered = addDays(ten.end, int(14, 60));
					const next = nextTenant(offered);
					// a tenancy starts on the first of the month after the offer
					ten = { mem: next, start: day(offered.getUTCFullYear(), offered.getUTCMonth() + 2, 1), end: null };
					p.tenancy = ten;
				} else break;
			}
		}
	}
	rows.sort((a, b) => a.y - b.y || (a.p.code < b.p.code ? -1 : a.p.code > b.p.code ? 1 : 0) || a.ten.start - b.ten.start);
	writeCsv(
		OUT,
		'allotment_lettings.csv',
		['Plot', 'Size (rods)', 'rent_year', 'Tenant', 'memberNo', 'Waiting List Date', 'Start', 'End', 'Annual Rent (£)', 'Water Charge (£)', 'isConcession', 'Paid On', 'Inspection Date', 'Condition'],
		rows.map((r) => [r.p.code, r.p.rods, r.y, r.mem.name, r.mem.no, r.mem.wl ? isoDate(r.mem.wl) : null, isoDate(r.ten.start), r.ten.end ? isoDate(r.ten.end) : null, r.rent.toFixed(2), r.water.toFixed(2), r.mem.concession ? 'Yes' : 'No', r.paid ? isoDate(r.paid) : null, r.inspected ? isoDate(r.inspected) : null, r.condition])
	);
}

// ------------------------------------------------------------------ boat trip sailings (2023-2024)
{
	// Puffin Point Boat Trips (a family-run boat-trip operator in a small harbour): its sailings log
	// for the 2023 and 2024 seasons (1 April to 31 October), one row per scheduled sailing.
	// Kittiwake (80 passengers) runs the Puffin Island Cruise every day and a Sunset Cruise on
	// summer Friday and Saturday evenings; Eider Queen (60) runs the Seal Watch and, three days a
	// week in May to August, the Lighthouse Landing; Skipper's Pride (a 12-seat RIB bought in
	// 2024) runs the Island Dash from mid-May to mid-September 2024. A sailing is cancelled in
	// high winds (force 6, often at force 5 for the RIB), for swell at the lighthouse landing, in fog, or
	// with a breakdown (Eider Queen's gearbox, August 2023); a cancelled sailing carries no
	// passengers, takings or fuel. Kittiwake's fuel meter failed for two weeks in August 2024.
	// Fares: adult, child (5-15; under-fives free and not counted), concession (over 60s).
	const routes = {
		'Puffin Island Cruise': { hours: 1.5, pop: 1, fares: { 2023: [22, 12, 18], 2024: [24, 13, 20] } },
		'Seal Watch': { hours: 1, pop: 0.85, fares: { 2023: [16, 9, 13], 2024: [17, 10, 14] } },
		'Lighthouse Landing': { hours: 3, pop: 0.8, fares: { 2023: [35, 20, 30], 2024: [38, 22, 32] } },
		'Sunset Cruise': { hours: 2, pop: 0.9, fares: { 2023: [25, 15, 22], 2024: [27, 16, 24] } },
		'Island Dash': { hours: 1, pop: 0.95, fares: { 2024: [30, 20, 26] } }
	};
	const vessels = { Kittiwake: { seats: 80, lph: 42 }, 'Eider Queen': { seats: 60, lph: 30 }, "Skipper's Pride": { seats: 12, lph: 55 } };
	const schoolHoliday = (t) => {
		const s = isoDate(t);
		return (s >= '2023-04-01' && s <= '2023-04-16') || (s >= '2023-05-27' && s <= '2023-06-04') || (s >= '2023-07-22' && s <= '2023-09-03') || (s >= '2023-10-21' && s <= '2023-10-29') || (s >= '2024-03-29' && s <= '2024-04-14') || (s >= '2024-05-25' && s <= '2024-06-02') || (s >= '2024-07-20' && s <= '2024-09-03') || (s >= '2024-10-26' && s <= '2024-11-03');
	};
	const demandOf = (m) => ({ 4: 0.42, 5: 0.5, 6: 0.6, 7: 0.78, 8: 0.9, 9: 0.5, 10: 0.3 })[m];
	const windMean = { 4: 3.9, 5: 3.4, 6: 3.0, 7: 2.9, 8: 3.1, 9: 3.5, 10: 4.2 };
	const rows = [];
	for (const y of [2023, 2024]) {
		let wind = 4;
		for (let t = day(y, 4, 1); t <= day(y, 10, 31); t = addDays(t, 1)) {
			const dow = t.getUTCDay();
			const m = t.getUTCMonth() + 1;
			const weekend = dow === 0 || dow === 6;
			const hol = schoolHoliday(t);
			wind = clamp(wind * 0.55 + windMean[m] * 0.45 + normal(0, 1.15), 0, 9);
			const foggy = rand() < 0.015;
			const sched = [];
			// Kittiwake: Puffin Island Cruise, Sunset Cruise
			if (m === 4 || m === 10) sched.push(['Kittiwake', 'Puffin Island Cruise', 11, 0], ['Kittiwake', 'Puffin Island Cruise', 14, 0]);
			else {
				sched.push(['Kittiwake', 'Puffin Island Cruise', 10, 30], ['Kittiwake', 'Puffin Island Cruise', 13, 30]);
				if (m === 7 || m === 8) sched.push(['Kittiwake', 'Puffin Island Cruise', 16, 0]);
			}
			if (m >= 6 && m <= 8 && (dow === 5 || dow === 6)) sched.push(['Kittiwake', 'Sunset Cruise', 19, m === 8 ? 0 : 30]);
			// Eider Queen: Seal Watch, Lighthouse Landing
			if (m === 4 || m === 10) {
				if (weekend || hol) sched.push(['Eider Queen', 'Seal Watch', 11, 30], ['Eider Queen', 'Seal Watch', 14, 30]);
			} else {
				sched.push(['Eider Queen', 'Seal Watch', 10, 0]);
				if (m >= 5 && m <= 8 && [2, 4, 6].includes(dow)) sched.push(['Eider Queen', 'Lighthouse Landing', 11, 30]);
				sched.push(['Eider Queen', 'Seal Watch', 15, 30]);
			}
			// Skipper's Pride: Island Dash, 2024
			if (y === 2024 && t >= day(2024, 5, 15) && t <= day(2024, 9, 15)) sched.push(["Skipper's Pride", 'Island Dash', 12, 0], ["Skipper's Pride", 'Island Dash', 16, 30]);
			sched.sort((a, b) => a[2] * 60 + a[3] - (b[2] * 60 + b[3]));
			// the day's skippers: Ian has Mondays off
			const kitSkipper = dow === 1 ? "Sean O'Neill" : 'Ian McAllister';
			const eiderSkipper = kitSkipper === "Sean O'Neill" || rand() < 0.2 ? 'Becky Thornton' : "Sean O'Neill";
			const ribSkipper = eiderSkipper === 'Becky Thornton' ? 'Jamie Reid' : rand() < 0.55 ? 'Becky Thornton' : 'Jamie Reid';
			for (const [vessel, route, h, mi] of sched) {
				const force = Math.round(clamp(wind + (h >= 12 && h < 18 ? 0.4 : 0) + normal(0, 0.35), 0, 9));
				let reason = null;
				if (vessel === 'Eider Queen' && t >= day(2023, 8, 8) && t <= day(2023, 8, 11)) reason = 'Mechanical';
				else if (force >= 6 || (vessel === "Skipper's Pride" && force === 5 && rand() < 0.5)) reason = 'High winds';
				else if (route === 'Lighthouse Landing' && force >= 4 && rand() < 0.45) reason = 'Sea swell';
				else if (foggy && h < 13) reason = 'Fog';
				const skipper = vessel === 'Kittiwake' ? kitSkipper : vessel === 'Eider Queen' ? eiderSkipper : ribSkipper;
				const v = vessels[vessel];
				const r = routes[route];
				let pax = null;
				if (!reason) {
					const demand = demandOf(m) * r.pop * (weekend ? 1.2 : 1) * (hol ? 1.25 : 1) * (bankHolidays.has(isoDate(t)) ? 1.3 : 1) * (force >= 4 ? 0.8 : 1) * (y === 2024 ? 1.06 : 1) * (h >= 16 && route === 'Puffin Island Cruise' ? 0.75 : 1) * (vessel === "Skipper's Pride" ? 1.3 : 1);
					const total = clamp(Math.round(v.seats * clamp(demand * clamp(normal(1, 0.18), 0.5, 1.5), 0.03, 1)), 1, v.seats);
					const childShare = route === 'Sunset Cruise' ? 0.04 : route === 'Island Dash' ? (hol ? 0.14 : 0.04) : hol ? 0.3 : weekend ? 0.16 : 0.06;
					const concShare = hol ? 0.1 : route === 'Island Dash' ? 0.06 : 0.27;
					let children = 0;
					let conc = 0;
					for (let i = 0; i < total; i++) {
						const u = rand();
						if (u < childShare) children++;
						else if (u < childShare + concShare) conc++;
					}
					pax = { adults: total - children - conc, children, conc };
				}
				const [fa, fc, fk] = r.fares[y];
				const takings = pax ? pax.adults * fa + pax.children * fc + pax.conc * fk : null;
				const meterDown = vessel === 'Kittiwake' && t >= day(2024, 8, 5) && t <= day(2024, 8, 18);
				const fuel = pax && !meterDown ? round1(v.lph * r.hours * (1 + 0.05 * (force - 3)) * clamp(normal(1, 0.06), 0.85, 1.15)) : null;
				rows.push({ t, h, mi, vessel, route, skipper, pax, takings, fuel, force, reason });
			}
		}
	}
	const seq = {};
	writeCsv(
		OUT,
		'boat_trip_sailings.csv',
		['Sailing Ref', 'Date', 'Departs', 'Route', 'Vessel', 'Skipper', 'Adults', 'Children', 'Concessions', 'Tickets (£)', 'Fuel Used (L)', 'wind_force', 'Cancelled', 'cancelReason'],
		rows.map((r) => {
			const yy = r.t.getUTCFullYear() % 100;
			seq[yy] = (seq[yy] ?? 0) + 1;
			return [`${yy}/${pad(seq[yy], 4)}`, isoDate(r.t), `${pad(r.h)}:${pad(r.mi)}:00`, r.route, r.vessel, r.skipper, r.pax?.adults, r.pax?.children, r.pax?.conc, r.takings === null ? null : r.takings.toFixed(2), r.fuel === null ? null : r.fuel.toFixed(1), r.force, r.reason ? 'Yes' : 'No', r.reason];
		})
	);
}
