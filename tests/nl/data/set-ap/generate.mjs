// Deterministic generator for the set AP evaluation tables (a lakeside boat hire's hires, a small
// pet insurer's claims, a household's wine cellar). No dependencies. Run from the repo root:
// node tests/nl/data/set-ap/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, BANK_HOLIDAYS, clamp, day, eachDay, isChristmas, isoDate, isoStamp, pad, randomTools, round2, SURNAMES, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20270305);

const between = (t, from, to) => t >= from && t <= to;
const addMinutes = (t, m) => new Date(t.getTime() + m * 60000);

// ------------------------------------------------------------------ boat hire trips (2023-2024)
{
	// Bracken Tarn Boats, a lakeside hire of rowing boats, kayaks, Canadian canoes and pedalos:
	// its hire log for the 2023 and 2024 seasons, one row per hire. Open every day from Good Friday
	// (7 April 2023, 29 March 2024) to 31 October, from 10:00; the last boat goes out at 17:00 (at
	// 18:00 from mid July to the end of August). A hire is booked for a slot (30 minutes for a
	// pedalo or a rowing boat, 1 hour, 2 hours or a half day of 4 hours) and paid for by the slot;
	// prices went up by £2 a slot in 2024. A boat is back late when it comes in more than 10
	// minutes after its slot ends. Every person on the water is offered a life jacket; adults on a
	// rowing boat or a pedalo may decline one. Deposits: £10 a kayak, £20 any other boat, not
	// always written down. The end time was not logged on a few hires. Kayaks and canoes are not
	// sent out on windy days unless the customer insists. Weather is noted once a day.
	const fleet = {
		'Rowing Boat': { prefix: 'R', n: 10, seats: 4, deposit: 20, slots: { 30: 15, 60: 25, 120: 40, 240: 60 } },
		Kayak: { prefix: 'K', n: 8, seats: 1, deposit: 10, slots: { 60: 15, 120: 25, 240: 40 } },
		'Double Kayak': { prefix: 'D', n: 4, seats: 2, deposit: 10, slots: { 60: 25, 120: 40, 240: 60 } },
		'Canadian Canoe': { prefix: 'C', n: 3, seats: 3, deposit: 20, slots: { 60: 30, 120: 45, 240: 70 } },
		Pedalo: { prefix: 'P', n: 6, seats: 4, deposit: 20, slots: { 30: 15, 60: 25 } }
	};
	const seasons = [
		[day(2023, 4, 7), day(2023, 10, 31)],
		[day(2024, 3, 29), day(2024, 10, 31)]
	];
	const schoolHols = [
		[day(2023, 4, 1), day(2023, 4, 16)],
		[day(2023, 5, 27), day(2023, 6, 4)],
		[day(2023, 7, 22), day(2023, 9, 3)],
		[day(2023, 10, 21), day(2023, 10, 29)],
		[day(2024, 3, 29), day(2024, 4, 14)],
		[day(2024, 5, 25), day(2024, 6, 2)],
		[day(2024, 7, 20), day(2024, 9, 1)],
		[day(2024, 10, 26), day(2024, 10, 31)]
	];
	const isHoliday = (t) => schoolHols.some(([a, b]) => between(t, a, b));
	const weatherOdds = {
		3: [['Sunny', 16], ['Cloudy', 36], ['Showers', 22], ['Rain', 14], ['Windy', 12]],
		4: [['Sunny', 22], ['Cloudy', 34], ['Showers', 22], ['Rain', 12], ['Windy', 10]],
		5: [['Sunny', 32], ['Cloudy', 32], ['Showers', 18], ['Rain', 10], ['Windy', 8]],
		6: [['Sunny', 38], ['Cloudy', 30], ['Showers', 16], ['Rain', 10], ['Windy', 6]],
		7: [['Sunny', 40], ['Cloudy', 28], ['Showers', 16], ['Rain', 11], ['Windy', 5]],
		8: [['Sunny', 36], ['Cloudy', 30], ['Showers', 16], ['Rain', 12], ['Windy', 6]],
		9: [['Sunny', 28], ['Cloudy', 34], ['Showers', 18], ['Rain', 12], ['Windy', 8]],
		10: [['Sunny', 16], ['Cloudy', 34], ['Showers', 20], ['Rain', 18], ['Windy', 12]]
	};
	const weatherFactor = { Sunny: 1.5, Cloudy: 1, Showers: 0.6, Rain: 0.22, Windy: 0.5 };
	const monthFactor = { 3: 0.5, 4: 0.6, 5: 0.8, 6: 1.0, 7: 1.35, 8: 1.55, 9: 0.75, 10: 0.45 };
	const staffOn = (t) => {
		const dow = t.getUTCDay();
		const s = [['Dave Lowther', 5]];
		if (dow === 0 || dow === 6 || isHoliday(t)) s.push(["Niamh O'Neill", 4]);
		if (t.getUTCFullYear() === 2023 && dow >= 1 && dow <= 4) s.push(['Ben Atkinson', 4]);
		if (t.getUTCFullYear() === 2024 && dow >= 2 && dow <= 5) s.push(['Tom Birkett', 4]);
		if (between(t, day(2023, 7, 15), day(2023, 9, 3)) || between(t, day(2024, 7, 13), day(2024, 9, 1))) s.push(['Chloe Hartley', 5]);
		return s;
	};
	const notesPool = [
		['lost a paddle', 6],
		['capsized - no harm done', 4],
		['birthday party', 5],
		['came back early - rain', 8],
		['free re-hire after rain', 4],
		['scratched hull', 3],
		['dog on board', 7],
		['school group', 3]
	];
	const freeAt = {};
	for (const [type, f] of Object.entries(fleet)) for (let i = 1; i <= f.n; i++) freeAt[`${f.prefix}${pad(i)}`] = { type, t: new Date(0) };
	const rows = [];
	for (const [from, to] of seasons) {
		for (const t of eachDay(from, to)) {
			const m = t.getUTCMonth() + 1;
			const dow = t.getUTCDay();
			const weather = weighted(weatherOdds[m]);
			const bank = BANK_HOLIDAYS.has(isoDate(t));
			const dayFactor = dow === 6 ? 2.1 : dow === 0 ? 1.9 : bank ? 2.2 : dow === 5 ? 1.05 : 0.7;
			const hol = isHoliday(t) ? 1.45 : 1;
			const growth = t.getUTCFullYear() === 2024 ? 1.08 : 1;
			const n = poisson(3.3 * monthFactor[m] * dayFactor * (bank && dow !== 0 && dow !== 6 ? 1 : 1) * hol * weatherFactor[weather] * growth);
			const lastOut = (m === 7 && t.getUTCDate() >= 15) || m === 8 ? 18 * 60 : 17 * 60;
			const starts = [];
			for (let k = 0; k < n; k++) {
				// busiest from late morning to mid afternoon
				const mins = clamp(Math.round(normal(13.6 * 60, 110)), 10 * 60, lastOut);
				starts.push(mins);
			}
			starts.sort((a, b) => a - b);
			const staff = staffOn(t);
			for (const mins of starts) {
				const windy = weather === 'Windy';
				const type = weighted([
					['Rowing Boat', 34],
					['Pedalo', m >= 6 && m <= 8 ? 30 : 18],
					['Kayak', windy ? 4 : 20],
					['Double Kayak', windy ? 2 : 10],
					['Canadian Canoe', windy ? 1 : 7]
				]);
				const f = fleet[type];
				const start = addMinutes(t, mins);
				const free = Object.entries(freeAt).filter(([, b]) => b.type === type && b.t <= start);
				if (free.length === 0) continue; // all out: the customer waits for another boat or goes
				const boat = pick(free)[0];
				const slotChoices = Object.keys(f.slots).map(Number);
				const slotW = { 30: 22, 60: 48, 120: 22, 240: mins <= 13 * 60 ? 8 : 0 };
				const slot = weighted(slotChoices.map((s) => [s, slotW[s]]).filter(([, w]) => w > 0));
				let people;
				if (f.seats === 1) people = 1;
				else if (f.seats === 2) people = weighted([[2, 90], [1, 10]]);
				else if (f.seats === 3) people = weighted([[2, 55], [3, 45]]);
				else people = weighted([[1, 6], [2, 36], [3, 28], [4, 30]]);
				if (type === 'Pedalo' && rand() < 0.006) people = 5; // a small child squeezed in
				let jackets = people;
				if (type === 'Rowing Boat' || type === 'Pedalo') {
					const declined = people >= 2 && rand() < 0.22 ? weighted([[1, 75], [2, 25]]) : 0;
					jackets = Math.max(0, people - declined);
				}
				const y24 = t.getUTCFullYear() === 2024;
				let price = f.slots[slot] + (y24 ? 2 : 0);
				const pay = weighted([['Card', 70], ['Cash', 21], ['Voucher', 9]]);
				let note = rand() < 0.05 ? weighted(notesPool) : null;
				if (note === 'came back early - rain' && weather !== 'Rain' && weather !== 'Showers') note = null;
				if (note === 'free re-hire after rain') price = 0;
				if (note === 'school group' && type !== 'Canadian Canoe' && type !== 'Rowing Boat') note = null;
				if ((note === 'lost a paddle' || note === 'capsized - no harm done') && type === 'Pedalo') note = null; // a pedalo has neither
				let back;
				const r = rand();
				if (note === 'came back early - rain') back = Math.round(slot * (0.3 + rand() * 0.5));
				else if (r < 0.085) back = slot + int(11, slot >= 120 ? 75 : 45);
				else back = slot + clamp(Math.round(normal(-2, 5)), -15, 10);
				const end = addMinutes(start, back);
				freeAt[boat].t = addMinutes(end, 5);
				const logged = rand() > 0.008;
				const deposit = rand() < 0.03 ? null : f.deposit;
				rows.push({ start, end: logged ? end : null, boat, type, slot, people, jackets, price, deposit, late: logged ? back > slot + 10 : null, weather, staff: weighted(staff), pay, note });
			}
		}
	}
	writeCsv(
		OUT,
		'boat_hire_trips.csv',
		['hire_id', 'Start Time', 'End Time', 'boatNo', 'boat_type', 'Slot (mins)', 'people', 'lifeJackets', 'Price (£)', 'Deposit (£)', 'Returned Late', 'Weather', 'staff_member', 'Pay Method', 'notes'],
		rows.map((r, i) => [
			5001 + i,
			isoStamp(r.start),
			r.end ? isoStamp(r.end) : null,
			r.boat,
			r.type,
			r.slot,
			r.people,
			r.jackets,
			r.price.toFixed(2),
			r.deposit === null ? null : r.deposit.toFixed(2),
			r.late === null ? null : r.late ? 'Yes' : 'No',
			r.weather,
			r.staff,
			r.pay,
			r.note
		])
	);
}

// ------------------------------------------------------------------ pet insurance claims (2022-2024)
{
	// Pawsure Mutual, a small pet insurer for dogs, cats and rabbits: every claim submitted from
	// 1 January 2022 to 31 December 2024, one row per claim, as exported on 31 December 2024. A
	// policy covers one pet; its excess (£99 for most, £150 on the cheaper plan, £60 for rabbits)
	// comes off each claim, and a claim pays at most £4,000. A claim is paid, declined (paid £0,
	// with a reason) or still pending (no paid amount, no settled date): most claims sent in during
	// December 2024 are pending, and a handful of older ones wait for the pet's history. A
	// claim below the excess is declined. Owners may ask for the money to go straight to the vet.
	// Dental illness is covered only on the dog plan; cats' dental claims are declined.
	const dogBreeds = [['Labrador Retriever', 12], ['Cocker Spaniel', 10], ['Cockapoo', 10], ['French Bulldog', 8], ['Border Collie', 6], ['Staffordshire Bull Terrier', 6], ['Jack Russell Terrier', 6], ['Dachshund', 5], ['Golden Retriever', 5], ['German Shepherd', 5], ['Springer Spaniel', 5], ['Crossbreed', 10]];
	const catBreeds = [['Domestic Shorthair', 40], ['Domestic Longhair', 10], ['British Shorthair', 12], ['Maine Coon', 6], ['Ragdoll', 6], ['Siamese', 4], ['Bengal', 5]];
	const rabbitBreeds = [['Lop', 5], ['Netherland Dwarf', 3], ['Lionhead', 3], ['Rex', 2]];
	const petNames = ['Bella', 'Luna', 'Max', 'Milo', 'Poppy', 'Daisy', 'Teddy', 'Alfie', 'Coco', 'Charlie', 'Willow', 'Bailey', 'Nala', 'Ruby', 'Ollie', 'Simba', 'Tilly', 'Bonnie', 'Murphy', 'Archie', 'Lola', 'Oscar', 'Rosie', 'Buster', 'Pip', 'Smudge', 'Biscuit', 'Maisie', 'Reggie', 'Bramble', 'Ziggy', 'Jasper', 'Pepper', 'Honey', 'Mabel', 'Winston', 'Thumper', 'Clover', 'Fudge', 'Hazel'];
	const practices = [["St Francis Veterinary Centre", 16], ['Riverside Vets', 14], ['Moorview Veterinary Clinic', 12], ['Abbey Road Vets', 10], ["O'Neill & Partners", 9], ['Hilltop Animal Hospital', 8], ['The Ark Vet Surgery', 7], ['Castlegate Vets', 5]];
	const conditions = {
		// category: weights dog / cat / rabbit, amount median and spread (lognormal)
		Injury: { w: [16, 12, 10], med: 520, sd: 0.8 },
		Skin: { w: [14, 8, 4], med: 240, sd: 0.6 },
		Ear: { w: [12, 4, 3], med: 160, sd: 0.45 },
		Digestive: { w: [13, 12, 18], med: 380, sd: 0.75 },
		Dental: { w: [8, 10, 20], med: 650, sd: 0.45 },
		Lameness: { w: [10, 3, 2], med: 900, sd: 0.85 },
		'Lump/Tumour': { w: [6, 4, 2], med: 1350, sd: 0.7 },
		Eye: { w: [5, 5, 8], med: 310, sd: 0.6 },
		Urinary: { w: [4, 10, 5], med: 450, sd: 0.6 },
		'Foreign Body': { w: [3, 1, 0], med: 1900, sd: 0.35 },
		Diabetes: { w: [1.5, 3, 0], med: 850, sd: 0.5 }
	};
	const catNames = Object.keys(conditions);
	const surnames = SURNAMES.map((s, i) => [s, i < 10 ? 2.5 : 1.2]);
	const pets = [];
	const nPets = 720;
	for (let i = 0; i < nPets; i++) {
		const species = weighted([['Dog', 60], ['Cat', 34], ['Rabbit', 6]]);
		const breed = weighted(species === 'Dog' ? dogBreeds : species === 'Cat' ? catBreeds : rabbitBreeds);
		const born = species === 'Rabbit' ? int(2016, 2023) : int(2008, 2023);
		const cheap = species !== 'Rabbit' && rand() < 0.22;
		const excess = species === 'Rabbit' ? 60 : cheap ? 150 : 99;
		const startYear = Math.max(born, int(2018, 2024));
		const startDay = addDays(day(startYear, 1, 1), int(0, 364));
		pets.push({ policy: `PM${pad(10200 + i * 7 + int(0, 6), 6)}`, name: pick(petNames), species, breed, born, excess, start: startDay, practice: weighted(practices), owner: weighted(surnames), claimy: weighted([[0.15, 30], [0.45, 40], [1.1, 22], [2.6, 8]]), direct: rand() < 0.45 });
	}
	pets[3].name = 'Biscuit';
	pets[3].species = 'Dog';
	pets[3].breed = 'French Bulldog';
	pets[3].claimy = 4;
	pets[3].start = day(2021, 5, 1);
	pets[3].born = 2019;
	const rows = [];
	const exportDay = day(2024, 12, 31);
	for (const t of eachDay(day(2022, 1, 1), exportDay)) {
		const dow = t.getUTCDay();
		const weekendF = dow === 0 ? 0.35 : dow === 6 ? 0.5 : 1.15;
		const m = t.getUTCMonth() + 1;
		const seasonF = [0.9, 0.85, 0.95, 1, 1.05, 1.15, 1.2, 1.2, 1.05, 1, 0.95, 0.9][m - 1] * (isChristmas(t) ? 0.3 : 1);
		const active = pets.filter((p) => p.start <= t);
		if (active.length === 0) continue;
		// claims per day across the book: grows as the book grows
		const n = poisson(0.0036 * active.reduce((s, p) => s + p.claimy, 0) * weekendF * seasonF);
		for (let k = 0; k < n; k++) {
			const pet = weighted(active.map((p) => [p, p.claimy * (t.getUTCFullYear() - p.born >= 8 ? 1.6 : 1)]));
			const si = pet.species === 'Dog' ? 0 : pet.species === 'Cat' ? 1 : 2;
			let category = weighted(catNames.map((c) => [c, conditions[c].w[si] * (c === 'Injury' && m >= 5 && m <= 8 ? 1.4 : 1)]));
			if (pet.breed === 'French Bulldog' && rand() < 0.3) category = weighted([['Skin', 1], ['Eye', 1], ['Digestive', 1]]);
			const c = conditions[category];
			const claimed = round2(clamp(c.med * Math.exp(normal(0, c.sd)), 38, 7800));
			const treated = addDays(t, -int(2, 45));
			const age = t.getUTCFullYear() - pet.born - (rand() < 0.5 ? 1 : 0);
			let status;
			let reason = null;
			if (claimed <= pet.excess) {
				status = 'Declined';
				reason = 'Below excess';
			} else if (pet.species === 'Cat' && category === 'Dental') {
				status = 'Declined';
				reason = 'Dental not covered';
			} else if (treated < addDays(pet.start, 14)) {
				status = 'Declined';
				reason = 'Waiting period';
			} else if (rand() < 0.085) {
				status = 'Declined';
				reason = weighted([['Pre-existing condition', 60], ['No vet invoice', 18], ['Policy lapsed', 12], ['Not covered', 10]]);
			} else status = 'Paid';
			const daysToSettle = status === 'Declined' ? int(2, 21) : Math.round(clamp(normal(14 + (claimed > 1500 ? 10 : 0), 6), 3, 60));
			let settled = addDays(t, daysToSettle);
			if (settled > exportDay || (rand() < 0.004 && t < day(2024, 10, 1))) {
				status = 'Pending';
				reason = null;
				settled = null;
			}
			const paid = status === 'Paid' ? round2(Math.min(claimed - pet.excess, 4000)) : status === 'Declined' ? 0 : null;
			rows.push({ t, pet, category, claimed, treated, age: rand() < 0.025 ? null : Math.max(0, age), status, reason, settled, paid, practice: rand() < 0.08 ? weighted(practices) : pet.practice });
		}
	}
	const counters = {};
	writeCsv(
		OUT,
		'pet_insurance_claims.csv',
		['Claim Ref', 'policyNumber', 'Pet Name', 'species', 'Breed', 'Pet Age (yrs)', 'Owner Surname', 'condition_category', 'Vet Practice', 'Treatment Date', 'Date Submitted', 'Claimed (£)', 'excess', 'Paid (£)', 'Status', 'settledDate', 'Decline Reason', 'Pay Vet Direct'],
		rows.map((r) => {
			const yy = String(r.t.getUTCFullYear()).slice(2);
			counters[yy] = (counters[yy] ?? 0) + 1;
			return [
				`CL${yy}-${pad(counters[yy], 4)}`,
				r.pet.policy,
				r.pet.name,
				r.pet.species,
				r.pet.breed,
				r.age,
				r.pet.owner,
				r.category,
				r.practice,
				isoDate(r.treated),
				isoDate(r.t),
				r.claimed.toFixed(2),
				r.pet.excess.toFixed(2),
				r.paid === null ? null : r.paid.toFixed(2),
				r.status,
				r.settled ? isoDate(r.settled) : null,
				r.reason,
				r.pet.direct ? 'Yes' : 'No'
			];
		})
	);
}

// ------------------------------------------------------------------ wine cellar (2022-2024)
{
	// The cellar book of a couple in Harrogate: one row per bottle bought from 1 January 2022 to
	// 31 December 2024, in cases of 6 or 12, threes and single bottles, and gifts (no price), with
	// where it sits in the racks (rack letter A-H, slot 01-30) and the drinking window the merchant
	// gave. When a bottle is opened its date is written down, with a rating out of 5 (halves
	// allowed, not always given) and now and then a tasting note. A corked bottle gets no rating.
	// Non-vintage wines (Champagne, Prosecco, most port) have no vintage. Still in the cellar on
	// 31 December 2024: the bottles with no Date Drunk. More opened at weekends and at Christmas,
	// rosé and whites in summer. A slot freed by a bottle drunk is given to the next bottle bought.
	const wines = [
		// name, producer, colour, grape, country, region, price, [age lo, hi], window [from, by] after vintage, nv
		['Château Musar', 'Château Musar', 'Red', 'Blend', 'Lebanon', 'Bekaa Valley', 32, [7, 8], [10, 30]],
		['Rioja Reserva', 'La Rioja Alta', 'Red', 'Tempranillo', 'Spain', 'Rioja', 24, [5, 7], [6, 20]],
		['Rioja Crianza', 'Muga', 'Red', 'Tempranillo', 'Spain', 'Rioja', 15, [3, 4], [3, 10]],
		['Côtes du Rhône', 'E. Guigal', 'Red', 'Grenache', 'France', 'Rhône', 13, [2, 3], [2, 7]],
		['Crozes-Hermitage', 'Alain Graillot', 'Red', 'Syrah', 'France', 'Rhône', 26, [2, 4], [4, 12]],
		['Châteauneuf-du-Pape', 'Domaine du Vieux Télégraphe', 'Red', 'Grenache', 'France', 'Rhône', 48, [3, 6], [6, 20]],
		['Bourgogne Rouge', 'Domaine Faiveley', 'Red', 'Pinot Noir', 'France', 'Burgundy', 22, [2, 3], [3, 8]],
		['Gevrey-Chambertin', "Domaine de l'Arlot", 'Red', 'Pinot Noir', 'France', 'Burgundy', 65, [3, 5], [6, 18]],
		['Haut-Médoc', 'Château Sociando-Mallet', 'Red', 'Cabernet Sauvignon', 'France', 'Bordeaux', 38, [4, 8], [8, 25]],
		['Saint-Émilion Grand Cru', 'Château Fombrauge', 'Red', 'Merlot', 'France', 'Bordeaux', 30, [3, 6], [5, 15]],
		['Bordeaux Supérieur', 'Château Lamothe', 'Red', 'Merlot', 'France', 'Bordeaux', 12, [2, 4], [2, 8]],
		['Barolo', 'G.D. Vajra', 'Red', 'Nebbiolo', 'Italy', 'Piedmont', 45, [4, 6], [8, 25]],
		['Chianti Classico', 'Fontodi', 'Red', 'Sangiovese', 'Italy', 'Tuscany', 28, [2, 4], [3, 12]],
		['Valpolicella Ripasso', 'Zenato', 'Red', 'Corvina', 'Italy', 'Veneto', 18, [2, 4], [3, 9]],
		['Primitivo di Manduria', 'Cantine San Marzano', 'Red', 'Primitivo', 'Italy', 'Puglia', 14, [2, 3], [1, 6]],
		['Malbec', 'Catena', 'Red', 'Malbec', 'Argentina', 'Mendoza', 16, [2, 3], [1, 7]],
		['Pinot Noir', 'Felton Road', 'Red', 'Pinot Noir', 'New Zealand', 'Central Otago', 42, [2, 3], [3, 12]],
		['Shiraz', "d'Arenberg", 'Red', 'Syrah', 'Australia', 'McLaren Vale', 17, [2, 4], [2, 10]],
		['Zinfandel', 'Ridge', 'Red', 'Zinfandel', 'USA', 'California', 35, [2, 4], [3, 12]],
		['Douro Tinto', 'Quinta do Crasto', 'Red', 'Blend', 'Portugal', 'Douro', 16, [2, 4], [2, 8]],
		['Beaujolais-Villages', 'Louis Jadot', 'Red', 'Gamay', 'France', 'Beaujolais', 11, [1, 2], [1, 4]],
		['Chablis', 'William Fèvre', 'White', 'Chardonnay', 'France', 'Burgundy', 22, [1, 3], [1, 7]],
		['Meursault', 'Domaine Roulot', 'White', 'Chardonnay', 'France', 'Burgundy', 70, [2, 3], [3, 12]],
		['Sancerre', 'Henri Bourgeois', 'White', 'Sauvignon Blanc', 'France', 'Loire', 21, [1, 2], [1, 4]],
		['Sauvignon Blanc', 'Cloudy Bay', 'White', 'Sauvignon Blanc', 'New Zealand', 'Marlborough', 24, [1, 1], [0, 3]],
		['Riesling Kabinett', 'Dr. Loosen', 'White', 'Riesling', 'Germany', 'Mosel', 16, [1, 3], [1, 12]],
		['Albariño', 'Pazo de Señorans', 'White', 'Albariño', 'Spain', 'Rías Baixas', 18, [1, 2], [0, 4]],
		['Grüner Veltliner', 'Weingut Bründlmayer', 'White', 'Grüner Veltliner', 'Austria', 'Kamptal', 19, [1, 2], [1, 6]],
		['Picpoul de Pinet', 'Domaine Félines Jourdan', 'White', 'Picpoul', 'France', 'Languedoc', 10, [1, 1], [0, 2]],
		['Gavi di Gavi', 'La Scolca', 'White', 'Cortese', 'Italy', 'Piedmont', 20, [1, 2], [0, 4]],
		['Chardonnay', 'Leeuwin Estate', 'White', 'Chardonnay', 'Australia', 'Margaret River', 55, [2, 3], [2, 12]],
		['Chenin Blanc', 'Ken Forrester', 'White', 'Chenin Blanc', 'South Africa', 'Stellenbosch', 13, [1, 2], [0, 5]],
		['Côtes de Provence Rosé', 'Château Minuty', 'Rosé', 'Grenache', 'France', 'Provence', 19, [1, 1], [0, 2]],
		['Whispering Angel', "Château d'Esclans", 'Rosé', 'Grenache', 'France', 'Provence', 21, [1, 1], [0, 2]],
		['Rosado', 'Muga', 'Rosé', 'Garnacha', 'Spain', 'Rioja', 12, [1, 1], [0, 2]],
		['Champagne Brut', 'Pol Roger', 'Sparkling', 'Blend', 'France', 'Champagne', 48, [0, 0], [0, 4], true],
		['Champagne Brut Réserve', 'Charles Heidsieck', 'Sparkling', 'Blend', 'France', 'Champagne', 45, [0, 0], [0, 4], true],
		['Prosecco Superiore', 'Bisol', 'Sparkling', 'Glera', 'Italy', 'Veneto', 15, [0, 0], [0, 2], true],
		['Classic Cuvée', 'Nyetimber', 'Sparkling', 'Blend', 'England', 'Sussex', 38, [0, 0], [0, 5], true],
		['Sauternes', 'Château Suduiraut', 'Sweet', 'Sémillon', 'France', 'Bordeaux', 28, [4, 8], [5, 30]],
		['Tokaji Aszú 5 Puttonyos', 'Royal Tokaji', 'Sweet', 'Furmint', 'Hungary', 'Tokaj', 30, [5, 7], [5, 30]],
		["Taylor's LBV Port", "Taylor's", 'Fortified', 'Blend', 'Portugal', 'Douro', 20, [5, 6], [5, 12]],
		["Graham's 10 Year Old Tawny", "Graham's", 'Fortified', 'Blend', 'Portugal', 'Douro', 28, [0, 0], [0, 6], true],
		['Fino Sherry', 'Tio Pepe', 'Fortified', 'Palomino', 'Spain', 'Jerez', 13, [0, 0], [0, 1], true]
	];
	const merchants = [['The Wine Society', 34], ['Majestic', 22], ['Waitrose', 16], ['Lea & Sandeman', 8], ['Cellar door', 4], ['Aldi', 4]];
	const racks = [];
	for (const r of 'ABCDEFGH') for (let s = 1; s <= 30; s++) racks.push(`${r}${pad(s)}`);
	const freeSlots = new Set(racks);
	const takeSlot = () => {
		const free = racks.filter((r) => freeSlots.has(r));
		if (free.length === 0) return null; // the racks are full: on the floor
		const s = free[0];
		freeSlots.delete(s);
		return s;
	};
	const notes = {
		good: ['lovely', 'cherry and leather, spot on', 'drinking beautifully', 'rich, long finish', 'crisp and zesty', 'better than last time', 'perfect with the lamb', 'very "classic"', 'buy again'],
		bad: ['thin', 'past its best', 'a bit flat', 'too young, tannic', 'disappointing']
	};
	const cellar = [];
	const bottles = [];
	const start = day(2022, 1, 1);
	const end = day(2024, 12, 31);
	for (const t of eachDay(start, end)) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const dow = t.getUTCDay();
		// buying: a case or a few bottles now and then, more in the autumn, gifts at Christmas
		const buys = poisson(1.15 * [0.16, 0.12, 0.14, 0.14, 0.16, 0.14, 0.1, 0.1, 0.14, 0.18, 0.22, 0.26][m - 1]);
		for (let k = 0; k < buys; k++) {
			const w = pick(wines);
			const [name, producer, colour, grape, country, region, price, [alo, ahi], [wf, wb], nv] = w;
			const gift = rand() < (m === 12 || m === 1 ? 0.22 : 0.05);
			const qty = gift ? weighted([[1, 80], [2, 12], [3, 8]]) : weighted([[12, 18], [6, 40], [3, 14], [2, 8], [1, 20]]);
			const vintage = nv ? null : y - int(alo, ahi);
			const size = colour === 'Sweet' && rand() < 0.6 ? 375 : colour !== 'Sweet' && colour !== 'Fortified' && qty <= 2 && rand() < 0.08 ? 1500 : 750;
			const paid = gift ? null : round2(price * (size / 750) * (1 + 0.04 * (y - 2022)) * clamp(normal(1, 0.06), 0.85, 1.2) * (qty >= 6 ? 0.92 : 1));
			const merchant = gift ? 'Gift' : weighted(merchants);
			const base = vintage ?? y;
			for (let q = 0; q < qty; q++) {
				const b = { name, producer, colour, grape, country, region, vintage, size, bought: t, paid, merchant, from: rand() < 0.03 ? null : base + wf, by: rand() < 0.03 ? null : base + wb, slot: takeSlot(), drunk: null, rating: null, note: null, corked: null };
				bottles.push(b);
				cellar.push(b);
			}
		}
		// drinking
		const want = (dow === 5 || dow === 6 ? 1.2 : dow === 0 ? 0.75 : 0.36) * (isChristmas(t) ? 2.6 : 1) * (m === 12 ? 1.25 : 1);
		const n = poisson(want);
		for (let k = 0; k < n && cellar.length > 0; k++) {
			const summer = m >= 5 && m <= 8;
			const weights = cellar.map((b) => {
				if (b.bought.getTime() === t.getTime()) return [b, 0.05];
				const ready = b.from === null || b.from <= y ? 1 : 0.12;
				const cw = { Red: summer ? 0.7 : 1.3, White: summer ? 1.5 : 0.8, 'Rosé': summer ? 3 : 0.2, Sparkling: isChristmas(t) || m === 12 ? 3 : 0.6, Sweet: isChristmas(t) ? 2 : 0.15, Fortified: isChristmas(t) || m === 12 ? 2.5 : 0.2 }[b.colour];
				return [b, ready * cw * (b.size === 1500 ? 0.3 : 1)];
			});
			const b = weighted(weights);
			if (b.bought.getTime() === t.getTime() && rand() < 0.7) continue;
			cellar.splice(cellar.indexOf(b), 1);
			if (b.slot) freeSlots.add(b.slot);
			b.drunk = t;
			b.corked = rand() < 0.022;
			if (!b.corked && rand() < 0.82) {
				const q = clamp(normal(3.5 + (b.paid ?? 30) / 80 + (b.by !== null && b.by < y ? -0.8 : 0), 0.6), 1, 5);
				b.rating = Math.round(q * 2) / 2;
			}
			if (b.corked) b.note = rand() < 0.6 ? 'corked' : null;
			else if (b.rating !== null && rand() < 0.35) b.note = b.rating >= 3.5 ? pick(notes.good) : pick(notes.bad);
		}
	}
	writeCsv(
		OUT,
		'wine_cellar.csv',
		['Bottle ID', 'Wine', 'Producer', 'colour', 'Grape', 'Country', 'region', 'Vintage', 'Size (ml)', 'Date Bought', 'Price Paid (£)', 'boughtFrom', 'Rack Pos', 'drink_from', 'drink_by', 'Date Drunk', 'Rating (/5)', 'Corked', 'Tasting Note'],
		bottles.map((b, i) => [
			i + 1,
			b.name,
			b.producer,
			b.colour,
			b.grape,
			b.country,
			b.region,
			b.vintage,
			b.size,
			isoDate(b.bought),
			b.paid === null ? null : b.paid.toFixed(2),
			b.merchant,
			b.slot,
			b.from,
			b.by,
			b.drunk ? isoDate(b.drunk) : null,
			b.rating === null ? null : b.rating.toFixed(1),
			b.corked === null ? null : b.corked ? 'Yes' : 'No',
			b.note
		])
	);
}
