import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { Logger } from 'nestjs-pino';

import { GatewayDatabase } from '@bma-kpi/gateway-data-access';
import type { LoggingOptions } from '@bma-kpi/logging';

import type { GatewayOptions } from './gateway.options';
import { GatewayModule } from './gateway.module';
import { applyHttpSecurity } from './operations/http-security';
import { withoutObjectRefs } from './openapi/notification-registry.schemas';

// Request bodies documented by name: the class the gateway validates each body with. A body made
// with OmitType is registered under a generated class name, given here.
const documentedBodies: Record<string, string> = {
  CreateIndicatorRequest: 'CreateIndicatorRequest',
  UpdateIndicatorBody: 'OmitUpdateIndicatorRequestId',
  AddProgressBody: 'OmitAddProgressRequestIndicatorId',
  ImportJsonBody: 'ImportJsonBody',
  QuarterTargetInput: 'QuarterTargetInput',
  CreateDatasetRequest: 'CreateDatasetRequest',
  ReplaceDictionaryBody: 'OmitReplaceDictionaryRequestDatasetNameResourceId',
  DictionaryFieldRequest: 'DictionaryFieldRequest',
  AddResourceBody: 'OmitAddResourceRequestIdOrSlugResourceIdFile',
  UpdateResourceBody: 'OmitUpdateResourceRequestIdOrSlugResourceId',
  ResourceFieldsRequest: 'ResourceFieldsRequest',
  StartQualityBody: 'OmitStartQualityAssessmentRequestIdOrSlug',
  CreateRoundRequest: 'CreateRoundRequest',
  SignOffRoundBody: 'OmitSignOffRoundRequestFiscalYearQuarterRole',
  AssignModelBody: 'OmitAssignModelRequestIndicatorIdFiscalYear',
  TransitionBody: 'OmitTransitionRequestFiscalYearQuarterIndicatorIdRoleAgencyCode',
  PartCommentRequest: 'PartCommentRequest',
  PartValueRequest: 'PartValueRequest',
  ReplaceHolidaysBody: 'OmitReplaceHolidaysRequestYear',
  HolidayInput: 'HolidayInput',
  MarkInboxItemBody: 'OmitMarkInboxItemRequestId',
  CreateApiClientBody: 'CreateApiClientBody',
};

/** Lists in request bodies and the schema of their elements: body, property, element schema. */
const nestedLists: [string, string, string][] = [
  ['CreateIndicatorRequest', 'quarterTargets', 'QuarterTargetInput'],
  ['UpdateIndicatorBody', 'quarterTargets', 'QuarterTargetInput'],
  ['TransitionBody', 'partComments', 'PartCommentRequest'],
  ['TransitionBody', 'partValues', 'PartValueRequest'],
  ['ReplaceDictionaryBody', 'fields', 'DictionaryFieldRequest'],
  ['ReplaceHolidaysBody', 'holidays', 'HolidayInput'],
];

/**
 * JSON schemas of the request bodies, read from their class-validator rules so that the document
 * states exactly what validation accepts.
 */
function requestSchemas(): Record<string, SchemaObject> {
  const generated = validationMetadatasToSchemas({ refPointerPrefix: '#/components/schemas/' }) as Record<string, SchemaObject>;
  const schemas = Object.fromEntries(
    Object.entries(documentedBodies).map(([name, className]) => [name, withoutObjectRefs(generated[className] ?? { type: 'object' })]),
  );

  // Decorator metadata names arrays only `Array`, so the element class of nested lists is set here.
  for (const [body, property, element] of nestedLists) {
    const list = schemas[body]?.properties?.[property] as SchemaObject | undefined;

    if (list) {
      list.items = { $ref: `#/components/schemas/${element}` };
    }
  }

  return schemas;
}

const idempotencyHeader = {
  name: 'Idempotency-Key',
  in: 'header' as const,
  required: false,
  schema: { type: 'string' as const, maxLength: 255, example: '5c0f7d7e-1f2a-4d1e-9a55-2f0c1b7d9e01' },
  description:
    'ส่งคีย์เดิมซ้ำได้ผลลัพธ์แรกกลับมา (Idempotent-Replayed: true) คีย์เดิมกับคำขออื่นได้ 409 / A replay returns the ' +
    'first result (Idempotent-Replayed: true); the same key with another request is a 409',
};

/** Documents the Idempotency-Key header on every write, which the idempotency interceptor honours. */
function addIdempotencyHeader(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const operation = path[method];

      // A route that requires the key declares the header itself, with required: true.
      if (operation && !(operation.parameters ?? []).some((parameter) => 'name' in parameter && parameter.name === idempotencyHeader.name)) {
        operation.parameters = [...(operation.parameters ?? []), idempotencyHeader];
      }
    }
  }
}

/** Builds the OpenAPI document with Thai and English descriptions. */
function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('bma-kpi API')
    .setDescription(
      'ระบบตัวชี้วัด บัญชีข้อมูล และการประเมินผลของกรุงเทพมหานคร / KPI, data catalog and evaluation ' +
        'platform of the Bangkok Metropolitan Administration. ข้อผิดพลาดเป็น application/problem+json ' +
        'ภาษาไทยโดยค่าเริ่มต้น ส่ง Accept-Language: en เพื่อรับภาษาอังกฤษ / Errors are problem+json, Thai by ' +
        'default, English with Accept-Language: en.',
    )
    .setVersion('1')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'JWT ของผู้ใช้ (RS256/ES256, HS256 ในโหมดฝังตัว) / A user JWT (RS256/ES256; HS256 when embedded)' },
      'bearer',
    )
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'คีย์ของระบบที่เชื่อมต่อ / A system\'s API key' }, 'apiKey')
    .build();
  const document = SwaggerModule.createDocument(app, config);

  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...requestSchemas() } };
  addIdempotencyHeader(document);

  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
}

/** Creates the gateway application; the caller decides where it listens. */
export async function createGatewayApp(
  options: GatewayOptions,
  logging: LoggingOptions,
): Promise<NestExpressApplication> {
  const database = await GatewayDatabase.open(options.databaseUrl);
  let app: NestExpressApplication;

  try {
    app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(options, logging, database), {
      bodyParser: false,
      bufferLogs: true,
    });
  } catch (error) {
    await database.close();
    throw error;
  }

  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  app.set('trust proxy', options.operations.trustProxy);
  applyHttpSecurity(app, options.operations);
  app.enableShutdownHooks();
  setUpOpenApi(app);
  // People who open the bare address land on the interactive API documentation.
  app.getHttpAdapter().get('/', (_request, response) => {
    app.getHttpAdapter().redirect(response, 302, '/api/docs');
  });

  return app;
}
