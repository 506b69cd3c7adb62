import { z } from 'zod'
import {
  centralErrorSchema,
  checksumRequestSchema,
  checksumResponseSchema,
  enrolmentCodeRequestSchema,
  enrolmentCodeResponseSchema,
  enrolRequestSchema,
  enrolResponseSchema,
  examResultsRequestSchema,
  examResultsResponseSchema,
  fleetResponseSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  SIGNATURE_HEADERS,
  snapshotResponseSchema
} from '../src-shared/sync/protocol'

type Json = Record<string, unknown>

/** Request bodies are documented as clients may send them (defaults optional), responses as sent. */
const input = (schema: z.ZodType): Json => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json
const output = (schema: z.ZodType): Json => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Json

const json = (schema: Json) => ({ content: { 'application/json': { schema } } })
const errors = { default: { description: 'Error (centralErrorSchema)', ...json(output(centralErrorSchema)) } }
const ADMIN = [{ adminToken: [] }]
const TERMINAL = [{ terminalId: [], timestamp: [], signature: [] }]
const query = (name: string, required: boolean, schema: Json, description: string) => ({ name, in: 'query', required, schema, description })

function operation(summary: string, security: Json[] | [], response: Json, extra: Json = {}): Json {
  return { summary, security, ...extra, responses: { '200': { description: 'OK', ...json(response) }, ...errors } }
}

/** The OpenAPI 3.1 document of API v1, generated from the protocol's zod schemas so it cannot drift. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Shandong traffic terminal — central sync service', version: '1' },
    components: {
      securitySchemes: {
        adminToken: { type: 'http', scheme: 'bearer', description: 'Administrator token of the central service' },
        terminalId: { type: 'apiKey', in: 'header', name: SIGNATURE_HEADERS.terminal },
        timestamp: { type: 'apiKey', in: 'header', name: SIGNATURE_HEADERS.timestamp, description: 'Epoch ms; refused outside ±5 minutes (CLOCK_SKEW)' },
        signature: {
          type: 'apiKey',
          in: 'header',
          name: SIGNATURE_HEADERS.signature,
          description: 'base64url HMAC-SHA256 under the terminal secret of signingString(method, path with query, timestamp, sha256 hex of the body)'
        }
      }
    },
    paths: {
      '/v1/health': { get: operation('Liveness and central time', [], { type: 'object', properties: { ok: { const: true }, serverTime: { type: 'string' } } }) },
      '/v1/admin/enrolment-codes': {
        post: operation('Create a one-time enrolment code', ADMIN, output(enrolmentCodeResponseSchema), { requestBody: { required: true, ...json(input(enrolmentCodeRequestSchema)) } })
      },
      '/v1/enrol': { post: operation('Enrol a terminal with a code', [], output(enrolResponseSchema), { requestBody: { required: true, ...json(input(enrolRequestSchema)) } }) },
      '/v1/admin/terminals/{id}/de-enrol': {
        post: operation(
          'De-enrol a terminal; its signed requests are refused from now on',
          ADMIN,
          { type: 'object', properties: { id: { type: 'string' }, status: { const: 'de_enrolled' }, deEnrolledAt: { type: 'string' } } },
          { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] }
        )
      },
      '/v1/admin/fleet': { get: operation('State of every terminal', ADMIN, output(fleetResponseSchema)) },
      '/v1/admin/compact': {
        post: operation('Remove changes superseded by a later change of the same row (the CLI runs this hourly)', ADMIN, {
          type: 'object',
          properties: { removed: { type: 'integer' } }
        })
      },
      '/v1/admin/exam-results': {
        post: operation('Results from the exam system for seated bookings; each recorded once and published to the office', ADMIN, output(examResultsResponseSchema), {
          requestBody: { required: true, ...json(input(examResultsRequestSchema)) }
        })
      },
      '/v1/sync/push': { post: operation('Push queued commands', TERMINAL, output(pushResponseSchema), { requestBody: { required: true, ...json(input(pushRequestSchema)) } }) },
      '/v1/sync/pull': {
        get: operation('Changes of a partition after a cursor', TERMINAL, output(pullResponseSchema), {
          parameters: [
            query('partition', true, { type: 'string' }, 'province or an office code'),
            query('after', false, { type: 'integer', minimum: 0, default: 0 }, 'cursor: the last seq applied'),
            query('limit', false, { type: 'integer', minimum: 1, maximum: 5000, default: 2000 }, 'page size')
          ]
        })
      },
      '/v1/sync/snapshot': {
        get: operation('A page of a partition’s current rows', TERMINAL, output(snapshotResponseSchema), {
          parameters: [
            query('partition', true, { type: 'string' }, 'province or an office code'),
            query('entity', false, { type: 'string' }, 'omit to start a snapshot'),
            query('afterKey', false, { type: 'string' }, 'from `next`'),
            query('asOf', false, { type: 'integer', minimum: 0 }, 'from the first page'),
            query('limit', false, { type: 'integer', minimum: 1, maximum: 5000, default: 2000 }, 'page size')
          ]
        })
      },
      '/v1/sync/checksum': {
        post: operation('Per-entity checksum of a partition', TERMINAL, output(checksumResponseSchema), { requestBody: { required: true, ...json(input(checksumRequestSchema)) } })
      }
    }
  }
}
