/**
 * JSON Schemas of the API's bodies (OpenAPI 3.1 components), written from
 * src/lib/core/sync/protocol.ts. Routes refer to them with `ref('Name')`.
 */
import { ROAMING_SETTINGS, SYNC_LIMITS, SYNC_TABLES } from '$lib/core/sync/protocol';
import { PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from '../auth/account-rules';
import type { Schema } from './types';

export function ref(name: keyof typeof SCHEMAS): Schema {
	return { $ref: `#/components/schemas/${name}` };
}

const id = { type: 'string', minLength: 1, maxLength: SYNC_LIMITS.maxIdLength };
const table = { type: 'string', enum: [...SYNC_TABLES] };

export const SCHEMAS = {
	ApiError: {
		type: 'object',
		required: ['error'],
		properties: {
			error: {
				type: 'object',
				required: ['code', 'message'],
				properties: {
					code: { type: 'string', description: 'Stable, machine-readable reason.' },
					message: { type: 'string', description: 'Plain-English explanation.' },
					field: { type: 'string', description: 'The request field at fault, if any.' }
				}
			}
		}
	},
	Credentials: {
		type: 'object',
		required: ['username', 'password'],
		properties: {
			username: {
				type: 'string',
				minLength: USERNAME_MIN,
				maxLength: USERNAME_MAX,
				pattern: '^[A-Za-z0-9._-]+$',
				description: 'Unique ignoring case; surrounding spaces are trimmed.'
			},
			password: { type: 'string', minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX }
		}
	},
	PasswordChange: {
		type: 'object',
		required: ['currentPassword', 'newPassword'],
		properties: {
			currentPassword: { type: 'string', maxLength: PASSWORD_MAX },
			newPassword: { type: 'string', minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX }
		}
	},
	PasswordConfirmation: {
		type: 'object',
		required: ['password'],
		properties: { password: { type: 'string', maxLength: PASSWORD_MAX } }
	},
	AccountInfo: {
		type: 'object',
		required: ['userId', 'username', 'createdAt', 'storedBytes', 'quotaBytes'],
		properties: {
			userId: { type: 'string' },
			username: { type: 'string' },
			createdAt: { type: 'integer', description: 'ms since 1970 (server time)' },
			storedBytes: { type: 'integer' },
			quotaBytes: { type: 'integer' }
		}
	},
	SyncChange: {
		type: 'object',
		required: ['changeId', 'table', 'recordId', 'baseVersion', 'deleted', 'data', 'deviceSeq'],
		properties: {
			changeId: id,
			table,
			recordId: {
				...id,
				description: `For table "settings", one of: ${ROAMING_SETTINGS.join(', ')}.`
			},
			baseVersion: { type: 'integer', minimum: 0 },
			deleted: { type: 'boolean' },
			data: {
				description: `The whole record (null when deleted); at most ${SYNC_LIMITS.maxRecordBytes} bytes as JSON.`
			},
			deviceSeq: { type: 'integer', minimum: 1 }
		}
	},
	PushRequest: {
		type: 'object',
		required: ['deviceId', 'changes'],
		properties: {
			deviceId: id,
			changes: {
				type: 'array',
				maxItems: SYNC_LIMITS.maxChangesPerPush,
				items: { $ref: '#/components/schemas/SyncChange' }
			}
		}
	},
	SyncRecord: {
		type: 'object',
		required: ['table', 'recordId', 'version', 'seq', 'deleted', 'data', 'updatedAt', 'deviceId'],
		properties: {
			table,
			recordId: { type: 'string' },
			version: { type: 'integer' },
			seq: { type: 'integer' },
			deleted: { type: 'boolean' },
			data: {},
			updatedAt: { type: 'integer' },
			deviceId: { type: 'string' }
		}
	},
	PushResponse: {
		type: 'object',
		required: ['results'],
		properties: {
			results: {
				type: 'array',
				items: {
					type: 'object',
					required: ['changeId', 'outcome', 'record'],
					properties: {
						changeId: { type: 'string' },
						outcome: { type: 'string', enum: ['applied', 'conflict', 'duplicate', 'stale'] },
						record: { $ref: '#/components/schemas/SyncRecord' },
						conflictId: { type: 'string' }
					}
				}
			}
		}
	},
	PullResponse: {
		type: 'object',
		required: ['records', 'cursor', 'hasMore', 'latestSeq'],
		properties: {
			records: { type: 'array', items: { $ref: '#/components/schemas/SyncRecord' } },
			cursor: { type: 'integer' },
			hasMore: { type: 'boolean' },
			latestSeq: {
				type: 'integer',
				description:
					"The account's highest seq. A cursor above it means the server was restored from an earlier backup: pull from 0 and push every record again."
			}
		}
	},
	ConflictList: {
		type: 'object',
		required: ['conflicts'],
		properties: {
			conflicts: {
				type: 'array',
				items: {
					type: 'object',
					required: ['id', 'table', 'recordId', 'version', 'deleted', 'data', 'deviceId', 'keptAt'],
					properties: {
						id: { type: 'string' },
						table,
						recordId: { type: 'string' },
						version: { type: 'integer' },
						deleted: { type: 'boolean' },
						data: {},
						deviceId: { type: 'string' },
						keptAt: { type: 'integer' }
					}
				}
			}
		}
	},
	FileList: {
		type: 'object',
		required: ['files'],
		properties: {
			files: {
				type: 'array',
				items: {
					type: 'object',
					required: ['sha256', 'bytes', 'createdAt'],
					properties: {
						sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
						bytes: { type: 'integer' },
						createdAt: { type: 'integer' }
					}
				}
			}
		}
	},
	Health: {
		type: 'object',
		required: ['ok', 'version', 'dataDir'],
		properties: {
			ok: { type: 'boolean' },
			version: { type: 'string' },
			dataDir: { type: 'string' }
		}
	}
} satisfies Record<string, Schema>;
