import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';

import type { LoggingOptions } from '@bma-kpi/logging';

import type { GatewayOptions } from './gateway.options';
import { GatewayModule } from './gateway.module';

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
    .build();
  const document = SwaggerModule.createDocument(app, config);

  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
}

/** Creates the gateway application; the caller decides where it listens. */
export async function createGatewayApp(
  options: GatewayOptions,
  logging: LoggingOptions,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(options, logging), {
    bodyParser: false,
    bufferLogs: true,
  });

  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  setUpOpenApi(app);

  return app;
}
