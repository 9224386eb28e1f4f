/** The signed-in account: what it holds, and deleting it with everything it owns. */
import { givenPassword } from '../auth/account-rules';
import { clearedCookie } from '../auth/sessions';
import { accountInfo, confirmPassword } from './auth-routes';
import { errors, json, noContent } from './respond';
import { ref } from './schemas';
import type { Route, RouteContext } from './types';
import { objectBody } from './validate';

async function deleteAccount(ctx: RouteContext): Promise<Response> {
	const { password } = ctx.body as { password: string };
	await confirmPassword(ctx, password, 'password');
	const { store, files } = ctx.deps;
	const userId = ctx.session!.user.id;
	const orphans = await store.deleteUser(userId);
	for (const sha256 of orphans) await files.remove(sha256);
	await files.dropUploads(userId);
	return noContent({ 'set-cookie': clearedCookie(ctx.isHttps) });
}

export const accountRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/account',
		auth: 'session',
		doc: {
			summary: 'The signed-in account',
			tags: ['accounts'],
			responses: {
				'200': { description: 'The account.', schema: ref('AccountInfo') },
				...errors('401')
			}
		},
		handler: async (ctx) => json(await accountInfo(ctx.deps, ctx.session!.user))
	},
	{
		method: 'DELETE',
		path: '/api/account',
		auth: 'session',
		body: {
			maxBytes: 4096,
			validate: (value) => ({ password: givenPassword(objectBody(value).password) })
		},
		doc: {
			summary: 'Delete the account',
			description:
				'Needs the password. Deletes the account, its sessions, synced records, conflict copies and files (the bytes of a file stay only while another account holds the same file), and clears the cookie.',
			tags: ['accounts'],
			requestBody: { contentType: 'application/json', schema: ref('PasswordConfirmation') },
			responses: {
				'204': { description: 'Deleted.' },
				...errors('400', '401', '403', '415', '429')
			}
		},
		handler: deleteAccount
	}
];
