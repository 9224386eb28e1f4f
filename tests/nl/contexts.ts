/**
 * Semantic layers the evaluation hands to the engine for questions that name a context:
 * relations between tables, named metrics and the words people use for columns and values.
 */
import type { EvalContext } from './harness/run-eval';

export const CONTEXTS: Record<string, EvalContext> = {
	cars: {
		tables: ['cars'],
		context: {
			relations: [],
			metrics: [
				{
					name: 'power to weight',
					expression: 'AVG("Horsepower" / "Weight_in_lbs")',
					table: '"cars"',
					description: 'Average horsepower per pound'
				}
			],
			synonyms: [
				{ term: 'mpg', target: { kind: 'column', table: '"cars"', column: 'Miles_per_Gallon' } },
				{ term: 'hp', target: { kind: 'column', table: '"cars"', column: 'Horsepower' } },
				{ term: 'region', target: { kind: 'column', table: '"cars"', column: 'Origin' } },
				{
					term: 'american',
					target: { kind: 'value', table: '"cars"', column: 'Origin', value: 'USA' }
				},
				{
					term: 'japanese',
					target: { kind: 'value', table: '"cars"', column: 'Origin', value: 'Japan' }
				},
				{
					term: 'european',
					target: { kind: 'value', table: '"cars"', column: 'Origin', value: 'Europe' }
				}
			]
		}
	},
	birdstrikes: {
		tables: ['birdstrikes'],
		context: {
			relations: [],
			metrics: [
				{
					name: 'total cost',
					expression: 'SUM("Cost Total $")',
					table: '"birdstrikes"',
					description: 'All costs of the strikes, in dollars'
				}
			],
			synonyms: [
				{
					term: 'airline',
					target: { kind: 'column', table: '"birdstrikes"', column: 'Aircraft Airline Operator' }
				},
				{
					term: 'damage',
					target: { kind: 'column', table: '"birdstrikes"', column: 'Effect Amount of damage' }
				},
				{
					term: 'state',
					target: { kind: 'column', table: '"birdstrikes"', column: 'Origin State' }
				},
				{
					term: 'species',
					target: { kind: 'column', table: '"birdstrikes"', column: 'Wildlife Species' }
				},
				{
					term: 'strikes',
					target: { kind: 'table', table: '"birdstrikes"' }
				}
			]
		}
	},
	movies: {
		tables: ['movies'],
		context: {
			relations: [],
			metrics: [
				{
					name: 'profit',
					expression: 'SUM("Worldwide Gross" - "Production Budget")',
					table: '"movies"',
					description: 'Worldwide gross minus production budget'
				}
			],
			synonyms: [
				{ term: 'genre', target: { kind: 'column', table: '"movies"', column: 'Major Genre' } },
				{
					term: 'budget',
					target: { kind: 'column', table: '"movies"', column: 'Production Budget' }
				},
				{ term: 'films', target: { kind: 'table', table: '"movies"' } }
			]
		}
	},
	weather: {
		tables: ['seattle_weather'],
		context: {
			relations: [],
			metrics: [],
			synonyms: [
				{
					term: 'rainfall',
					target: { kind: 'column', table: '"seattle_weather"', column: 'precipitation' }
				},
				{
					term: 'sunny',
					target: { kind: 'value', table: '"seattle_weather"', column: 'weather', value: 'sun' }
				},
				{
					term: 'rainy',
					target: { kind: 'value', table: '"seattle_weather"', column: 'weather', value: 'rain' }
				}
			]
		}
	},
	gapminder: {
		tables: ['gapminder'],
		context: {
			relations: [],
			metrics: [],
			synonyms: [
				{ term: 'population', target: { kind: 'column', table: '"gapminder"', column: 'pop' } },
				{ term: 'nation', target: { kind: 'column', table: '"gapminder"', column: 'country' } }
			]
		}
	},
	flights: {
		tables: ['flights_airport', 'airports'],
		context: {
			relations: [
				{
					left: { table: '"flights_airport"', column: 'origin' },
					right: { table: '"airports"', column: 'iata' },
					kind: 'many-to-one'
				},
				{
					left: { table: '"flights_airport"', column: 'destination' },
					right: { table: '"airports"', column: 'iata' },
					kind: 'many-to-one'
				}
			],
			metrics: [
				{
					name: 'flights',
					expression: 'SUM("count")',
					table: '"flights_airport"',
					description: 'Number of flights on the routes'
				}
			],
			synonyms: [
				{ term: 'town', target: { kind: 'column', table: '"airports"', column: 'city' } },
				{ term: 'airport code', target: { kind: 'column', table: '"airports"', column: 'iata' } }
			],
			notes: { '"flights_airport"': 'One row per route; count is the number of flights on it.' }
		}
	},
	people: {
		tables: ['lookup_people', 'lookup_groups'],
		context: {
			relations: [
				{
					left: { table: '"lookup_groups"', column: 'person' },
					right: { table: '"lookup_people"', column: 'name' },
					kind: 'one-to-one'
				}
			],
			metrics: [],
			synonyms: [
				{ term: 'team', target: { kind: 'column', table: '"lookup_groups"', column: 'group' } }
			]
		}
	}
};
