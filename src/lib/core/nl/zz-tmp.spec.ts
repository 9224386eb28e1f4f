import { it } from 'vitest';
import { answerQuestion } from '$lib/core/nl/answer';
import { ruleCatalog, SKY, HEADCOUNT, MISHAPS, WRECKS } from '$test/nl/rule-tables';
it('x', () => {
	for (const [q, t] of [['when was wind highest', SKY], ['when was the wind lowest', SKY], ['in which year was tonnage highest', WRECKS], ['what year had the most injured', MISHAPS], ['when were injuries highest', MISHAPS], ['people equal to 0', HEADCOUNT], ['mishaps with 0 injured', MISHAPS], ['wind over time', SKY]] as const) {
		const r = answerQuestion({ question: q, catalog: ruleCatalog(t) });
		console.log(q, '=>', 'sql' in r ? r.sql + ' | ' + r.confidence + ' | ' + JSON.stringify(r.interpretation).slice(0, 300) : JSON.stringify(r).slice(0, 300));
	}
});
