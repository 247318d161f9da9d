import { AppConfig } from '@careledger/config';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** API_DOCS when it is set; otherwise the documents are served everywhere but in production. */
export function apiDocsEnabled(config: AppConfig): boolean {
  return config.API_DOCS ?? config.NODE_ENV !== 'production';
}

/** Serves the OpenAPI document at /api/docs-json and its UI at /api/docs. */
export function setupOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CareLedger API')
      .setDescription(
        'Case management and transparency for civil-society organisations. Errors are application/problem+json.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
