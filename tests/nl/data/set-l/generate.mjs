// Deterministic generator for the set L evaluation tables (gym class attendance, restaurant
// inspections, a delivery fleet's fuel log). No dependencies.
// Run from the repo root: node tests/nl/data/set-l/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clamp, isoDate, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal } = randomTools(771203);


// ------------------------------------------------------------------ gym class attendance (2024)
{
	// [class type, studio, duration, capacity, popularity]
	const types = [
		['Yoga', 'Studio A', 60, 24, 1.0],
		['Pilates', 'Studio A', 45, 18, 0.9],
		['Spin', 'Cycle Room', 45, 28, 1.1],
		['HIIT', 'Studio B', 30, 20, 1.05],
		['Boxing', 'Studio B', 60, 16, 0.8],
		['Zumba', 'Studio B', 60, 30, 0.75],
		['Strength', 'Weights Floor', 45, 14, 0.95]
	];
	const instructors = {
		Yoga: ['Priya Natarajan', 'Hannah Okafor'],
		Pilates: ['Hannah Okafor', 'Sofia Marchetti'],
		Spin: ['Marcus Bell', 'Jenna Kowalski'],
		HIIT: ['Marcus Bell', 'Diego Ramirez'],
		Boxing: ['Diego Ramirez'],
		Zumba: ['Sofia Marchetti', 'Jenna Kowalski'],
		Strength: ['Tom Whitaker', 'Diego Ramirez']
	};
	const slots = ['06:30', '07:15', '09:30', '12:15', '17:30', '18:30', '19:30'];
	const slotPop = { '06:30': 0.8, '07:15': 0.9, '09:30': 0.75, '12:15': 0.85, '17:30': 1.1, '18:30': 1.15, '19:30': 0.9 };
	const monthPop = [1.25, 1.15, 1.05, 1.0, 0.95, 0.9, 0.8, 0.8, 1.0, 1.0, 0.95, 0.85];
	const rows = [];
	let id = 24001;
	for (let day = 0; day < 366; day++) {
		const date = new Date(Date.UTC(2024, 0, 1) + day * 86400000);
		const dow = date.getUTCDay();
		const nClasses = dow === 0 ? 2 : dow === 6 ? 3 : int(3, 5);
		const used = new Set();
		for (let k = 0; k < nClasses; k++) {
			const t = pick(types);
			let slot = dow === 0 || dow === 6 ? pick(['08:00', '09:30', '11:00']) : pick(slots);
			if (used.has(slot + t[1])) continue;
			used.add(slot + t[1]);
			const [type, studio, dur, cap, pop] = t;
			const instructor = pick(instructors[type]);
			const sp = slotPop[slot] ?? 1.0;
			const mp = monthPop[date.getUTCMonth()];
			let booked = Math.round(clamp(normal(cap * 0.78 * pop * sp * mp, cap * 0.15), 2, cap));
			const cancelled = rand() < 0.03;
			let attended = cancelled ? 0 : Math.round(clamp(booked * (0.78 + rand() * 0.2), 1, booked));
			const waitlist = booked >= cap && !cancelled ? int(0, 8) : 0;
			const hr =
				cancelled || rand() < 0.12
					? null
					: Math.round(
							{ Yoga: 98, Pilates: 105, Spin: 148, HIIT: 156, Boxing: 150, Zumba: 138, Strength: 122 }[type] +
								normal(0, 6)
						);
			const rating = cancelled || rand() < 0.18 ? null : round1(clamp(normal(4.3, 0.35), 2.5, 5));
			rows.push([
				`GC-${id++}`,
				isoDate(date),
				slot,
				type,
				instructor,
				studio,
				dur,
				cap,
				booked,
				attended,
				waitlist,
				cancelled ? 'Cancelled' : 'Held',
				hr,
				rating
			]);
		}
	}
	writeCsv(
		OUT,
		'gym_classes.csv',
		['session_id', 'Class Date', 'start_time', 'Class Type', 'Instructor', 'studio', 'dur_min', 'Capacity', 'bookedCount', 'attended', 'waitlist', 'Status', 'avg_hr_bpm', 'Member Rating'],
		rows
	);
}

// ------------------------------------------------------------------ restaurant inspections (2022-2024)
{
	const first = ['Golden', 'Little', 'Blue', 'Old', 'Lucky', 'Green', 'Red', 'Happy', 'Royal', 'Silver', 'Sunny', 'Corner', 'Harbor', 'Urban', 'Rustic', 'Twin', 'Copper', 'Olive', 'Saffron', 'Maple'];
	const cuisines = {
		Italian: ['Trattoria', 'Pizzeria', 'Osteria', 'Pasta House'],
		Mexican: ['Taqueria', 'Cantina', 'Burrito Bar'],
		Chinese: ['Dragon', 'Dumpling House', 'Noodle Bar', 'Wok'],
		American: ['Diner', 'Grill', 'Burger Joint', 'Smokehouse'],
		Indian: ['Curry House', 'Tandoor', 'Spice Kitchen'],
		Japanese: ['Sushi', 'Ramen', 'Izakaya'],
		Thai: ['Thai Kitchen', 'Bangkok Cafe'],
		'Cafe/Bakery': ['Bakery', 'Coffee Co.', 'Cafe']
	};
	const cuisineW = [['Italian', 14], ['Mexican', 12], ['Chinese', 12], ['American', 18], ['Indian', 8], ['Japanese', 9], ['Thai', 6], ['Cafe/Bakery', 13]];
	const hoods = [['Downtown', 22], ['Riverside', 14], ['Northgate', 12], ['Old Town', 16], ['Eastside', 13], ['University District', 11]];
	const hoodRisk = { Downtown: 1.0, Riverside: 0.9, Northgate: 1.15, 'Old Town': 1.0, Eastside: 1.25, 'University District': 1.1 };
	const inspectors = ['R. Alvarez', 'K. Chen', 'M. Duffy', 'S. Patel', 'L. Nguyen', 'J. Brooks'];
	const names = new Set();
	const restaurants = [];
	while (restaurants.length < 160) {
		const c = weighted(cuisineW);
		const name = `${pick(first)} ${pick(cuisines[c])}`;
		if (names.has(name)) continue;
		names.add(name);
		restaurants.push({ name, cuisine: c, hood: weighted(hoods), quality: normal(0, 1), seats: pick([20, 30, 40, 45, 60, 80, 120]) });
	}
	const rows = [];
	let id = 50001;
	const all = [];
	for (const r of restaurants) {
		let nRoutine = int(3, 6);
		for (let i = 0; i < nRoutine; i++) {
			const dayOffset = int(0, 1095);
			all.push({ r, date: new Date(Date.UTC(2022, 0, 3) + dayOffset * 86400000), type: rand() < 0.85 ? 'Routine' : 'Complaint' });
		}
	}
	all.sort((a, b) => a.date - b.date);
	const out = [];
	for (const ins of all) {
		const dow = ins.date.getUTCDay();
		if (dow === 0) ins.date = new Date(ins.date.getTime() + 86400000);
		if (dow === 6) ins.date = new Date(ins.date.getTime() + 2 * 86400000);
		const risk = hoodRisk[ins.r.hood] * (ins.type === 'Complaint' ? 1.5 : 1);
		const total = Math.max(0, Math.round(normal(3.2 * risk - ins.r.quality * 1.3, 2)));
		const critical = Math.min(total, Math.max(0, Math.round(normal(total * 0.25, 0.8))));
		const score = clamp(100 - total * 3 - critical * 5 - int(0, 2), 45, 100);
		const result = critical >= 3 || score < 70 ? 'Fail' : score < 85 ? 'Conditional Pass' : 'Pass';
		out.push({ ins, total, critical, score, result, followup: false });
		if (result !== 'Pass' && rand() < 0.85) {
			const d = new Date(ins.date.getTime() + int(7, 21) * 86400000);
			if (d < new Date(Date.UTC(2025, 0, 1))) {
				const t2 = Math.max(0, Math.round(normal(1.2, 1)));
				const c2 = Math.min(t2, rand() < 0.15 ? 1 : 0);
				const s2 = clamp(100 - t2 * 3 - c2 * 5 - int(0, 2), 45, 100);
				out.push({ ins: { r: ins.r, date: d, type: 'Follow-up' }, total: t2, critical: c2, score: s2, result: s2 < 85 ? 'Conditional Pass' : 'Pass', followup: true });
			}
		}
	}
	out.sort((a, b) => a.ins.date - b.ins.date);
	for (const o of out) {
		if (o.ins.date >= new Date(Date.UTC(2025, 0, 1))) continue;
		const grade = rand() < 0.05 ? null : o.score >= 90 ? 'A' : o.score >= 80 ? 'B' : 'C';
		rows.push([
			id++,
			o.ins.r.name,
			o.ins.r.hood,
			o.ins.r.cuisine,
			isoDate(o.ins.date),
			o.ins.type,
			pick(inspectors),
			o.score,
			grade,
			o.critical,
			o.total,
			o.result,
			o.ins.r.seats
		]);
	}
	writeCsv(
		OUT,
		'restaurant_inspections.csv',
		['inspection_id', 'Restaurant Name', 'Neighborhood', 'cuisine', 'inspectionDate', 'Inspection Type', 'inspector', 'Score', 'Grade', 'critical_viol', 'Total Violations', 'Result', 'seats'],
		rows
	);
}

// ------------------------------------------------------------------ delivery fleet fuel log (2023-2024)
{
	// [vehicle, type, fuel, tank litres, l/100km, driver]
	const fleet = [
		['VAN-101', 'Van', 'Diesel', 80, 9.5, 'Aaron Fletcher'],
		['VAN-102', 'Van', 'Diesel', 80, 9.8, 'Bianca Moreau'],
		['VAN-103', 'Van', 'Diesel', 80, 10.2, 'Chris Delgado'],
		['VAN-104', 'Van', 'Diesel', 80, 9.6, 'Dana Whitfield'],
		['VAN-105', 'Van', 'Diesel', 80, 10.0, 'Elijah Grant'],
		['BOX-201', 'Box Truck', 'Diesel', 150, 17.5, 'Farid Haddad'],
		['BOX-202', 'Box Truck', 'Diesel', 150, 18.2, 'Grace Lindqvist'],
		['BOX-203', 'Box Truck', 'Diesel', 150, 17.9, 'Hector Ibarra'],
		['PU-301', 'Pickup', 'Petrol', 90, 12.5, 'Ivy Sorensen'],
		['PU-302', 'Pickup', 'Petrol', 90, 13.1, 'Aaron Fletcher'],
		['CAR-401', 'Sedan', 'Petrol', 55, 7.2, 'Julia Mendes'],
		['CAR-402', 'Sedan', 'Hybrid', 45, 4.9, 'Kevin O\'Brien']
	];
	const stations = [['Shell', 30], ['BP', 22], ['Chevron', 14], ['Costco Gas', 18], ['Circle K', 16]];
	const stationPremium = { Shell: 0.04, BP: 0.03, Chevron: 0.05, 'Costco Gas': -0.07, 'Circle K': 0.0 };
	const payments = [['Fleet Card', 85], ['Company Amex', 10], ['Personal (reimbursed)', 5]];
	const base = (fuel, d) => {
		const t = (d - Date.UTC(2023, 0, 1)) / (730 * 86400000);
		const season = 0.06 * Math.sin(((d - Date.UTC(2023, 2, 1)) / (365 * 86400000)) * 2 * Math.PI);
		return (fuel === 'Diesel' ? 1.62 : 1.55) - 0.1 * t + season;
	};
	const rows = [];
	const entries = [];
	for (const [veh, type, fuel, tank, cons, driver] of fleet) {
		let odo = int(18000, 95000);
		let d = Date.UTC(2023, 0, 1) + int(0, 6) * 86400000;
		const kmPerDay = type === 'Box Truck' ? 210 : type === 'Van' ? 170 : type === 'Pickup' ? 120 : 90;
		while (true) {
			const rangeKm = (tank * 0.8) / (cons / 100);
			const days = Math.max(1, Math.round((rangeKm / kmPerDay) * (0.6 + rand() * 0.5)));
			d += days * 86400000;
			if (d >= Date.UTC(2025, 0, 1)) break;
			const km = Math.round(kmPerDay * days * (0.8 + rand() * 0.4));
			odo += km;
			let litres = round2(clamp((km * cons * (0.92 + rand() * 0.16)) / 100, 8, tank));
			const full = litres > tank * 0.55 && rand() < 0.85;
			const station = weighted(stations);
			const price = round2(base(fuel, d) + stationPremium[station] + normal(0, 0.02));
			const hour = int(6, 19);
			const min = int(0, 59);
			const dt = new Date(d);
			const drv = rand() < 0.08 ? pick(fleet)[5] : driver;
			entries.push([
				d + hour * 3600000 + min * 60000,
				`${isoDate(dt)} ${pad(hour)}:${pad(min)}`,
				veh,
				type,
				drv,
				fuel,
				station,
				litres,
				price,
				round2(litres * price),
				rand() < 0.06 ? null : odo,
				full ? 'Y' : 'N',
				weighted(payments)
			]);
		}
	}
	entries.sort((a, b) => a[0] - b[0]);
	let id = 1;
	for (const e of entries) rows.push([`FL-${pad(id++, 5)}`, ...e.slice(1)]);
	writeCsv(
		OUT,
		'fuel_log.csv',
		['Txn ID', 'txn_datetime', 'vehicle_id', 'vehicleType', 'Driver', 'fuel_type', 'Station Brand', 'liters', 'Price per L', 'total_cost', 'odometer_km', 'full_tank', 'Payment Method'],
		rows
	);
}
