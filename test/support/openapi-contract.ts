import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv, ValidateFunction } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

/* eslint-disable @typescript-eslint/no-explicit-any -- an OpenAPI document is untyped JSON here */
export type OpenApiDocument = any;

export interface OperationRef {
  method: string;
  path: string;
  operation: any;
}

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  pointer: string;
}

const methods = ['get', 'put', 'post', 'delete', 'patch'];

export function operationsOf(document: OpenApiDocument): OperationRef[] {
  return Object.entries<any>(document.paths).flatMap(([path, item]) =>
    methods.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method] })),
  );
}

async function inTemporaryFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'careledger-openapi-'));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** `redocly lint` with the repository's redocly.yaml, as CI would run it on the served document. */
export function lintDocument(document: OpenApiDocument): Promise<LintProblem[]> {
  return inTemporaryFolder(async (folder) => {
    const file = join(folder, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const cli = join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js');
    const args = [cli, 'lint', '--config', 'redocly.yaml', '--format=json', '--max-problems=1000', file];
    // The exit code is 1 whenever there are errors; the JSON report is what is read either way.
    const stdout = await promisify(execFile)(process.execPath, args, {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      (result) => result.stdout,
      (failure: { stdout?: string }) => failure.stdout ?? '',
    );
    const report = JSON.parse(stdout) as {
      problems: {
        ruleId: string;
        severity: 'error' | 'warn';
        message: string;
        location: { pointer: string }[];
      }[];
    };
    return report.problems.map(({ ruleId, severity, message, location }) => ({
      ruleId,
      severity,
      message,
      pointer: location[0]?.pointer ?? '',
    }));
  });
}

/** The TypeScript client types openapi-typescript generates from the document. */
export async function clientTypes(document: OpenApiDocument): Promise<string> {
  return astToString(await openapiTS(document));
}

function success(operation: any): [string, any][] {
  return Object.entries<any>(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
}

/**
 * A program that compiles only when every operation has a 2xx answer, each with a body (but 204) whose
 * every media type has a type other than unknown, and so has every path and query parameter: one line
 * per fact, named in its error.
 */
function typednessProgram(document: OpenApiDocument): string {
  const checks: string[] = [];
  const check = (type: string, where: string) =>
    checks.push(`{ const typed: Known<${type}> = true; } // ${where}`);
  for (const { method, path, operation } of operationsOf(document)) {
    const at = `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
    const where = `${method.toUpperCase()} ${path}`;
    const answers = success(operation);
    if (answers.length === 0) checks.push(`{ const typed: true = false; } // ${where}: no 2xx answer`);
    for (const [status, response] of answers) {
      if (!response.content && status !== '204')
        checks.push(`{ const typed: true = false; } // ${where} ${status}: no body`);
      for (const mediaType of Object.keys(response.content ?? {})) {
        check(
          `${at}['responses'][${status}]['content'][${JSON.stringify(mediaType)}]`,
          `${where} ${status} ${mediaType}`,
        );
      }
    }
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      // Exclude, not NonNullable: NonNullable<unknown> is {}, which would pass for typed.
      const parameters = `Exclude<${at}['parameters'][${JSON.stringify(parameter.in)}], undefined>`;
      check(
        `Exclude<${parameters}[${JSON.stringify(parameter.name)}], undefined>`,
        `${where} ${parameter.name}`,
      );
    }
  }
  return [
    "import type { paths } from './client';",
    'type Known<T> = unknown extends T ? false : [T] extends [never] ? false : true;',
    ...checks,
  ].join('\n');
}

/** Compiles the generated client types with `reader` (a program using them); answers the errors. */
export function compileAgainstClient(types: string, reader: string): Promise<string[]> {
  return inTemporaryFolder(async (folder) => {
    await writeFile(join(folder, 'client.ts'), types);
    await writeFile(join(folder, 'reader.ts'), reader);
    const program = ts.createProgram([join(folder, 'reader.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: [],
    });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      if (!diagnostic.file || diagnostic.start === undefined) return text;
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      const source = diagnostic.file.text.split('\n')[line];
      return `${diagnostic.file.fileName.endsWith('client.ts') ? 'client' : source}: ${text}`;
    });
  });
}

/** Errors of the program that checks every answer and parameter of the document is typed. */
export function untypedFacts(document: OpenApiDocument, types: string): Promise<string[]> {
  return compileAgainstClient(types, typednessProgram(document));
}

interface InjectedAnswer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

function templatePattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/**
 * OpenAPI 3.0's `nullable: true` as clients generated from the document read it (`T | null`), also beside
 * an enum or an allOf, where JSON Schema alone would still refuse null.
 */
function nullableAsNull(node: any, seen = new Map<object, any>()): any {
  if (typeof node !== 'object' || node === null) return node;
  if (seen.has(node)) return seen.get(node);
  const copy: any = Array.isArray(node) ? [] : {};
  seen.set(node, copy);
  for (const [key, value] of Object.entries(node)) copy[key] = nullableAsNull(value, seen);
  if (copy.nullable !== true) return copy;
  delete copy.nullable;
  const either = { anyOf: [{ type: 'null' }, { ...copy }] };
  for (const key of Object.keys(copy)) delete copy[key];
  return Object.assign(copy, either);
}

/**
 * Checks real answers against the document: the status is one the operation documents, the media type
 * one that answer documents, and the body valid against its schema. Remembers what it checked.
 */
export class AnswerValidator {
  readonly checked = new Set<string>();
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly validators = new Map<object, ValidateFunction>();

  private constructor(private readonly document: OpenApiDocument) {
    for (const [name, format] of Object.entries(fullFormats)) this.ajv.addFormat(name, format);
  }

  /** `document` is dereferenced into a copy, its `nullable` read as generated clients read it. */
  static async of(document: OpenApiDocument): Promise<AnswerValidator> {
    return new AnswerValidator(nullableAsNull(await SwaggerParser.dereference(structuredClone(document))));
  }

  operationOf(method: string, url: string): OperationRef | undefined {
    const path = url.split('?')[0];
    const candidates = operationsOf(this.document).filter(
      (ref) => ref.method === method.toLowerCase() && templatePattern(ref.path).test(path),
    );
    // A literal segment beats a parameter: /league-table/methodology is not /league-table/{id}.
    return candidates.sort((a, b) => a.path.split('{').length - b.path.split('{').length)[0];
  }

  /** The ways `answer` departs from the document; empty when it is as documented. */
  problemsOf(method: string, url: string, answer: InjectedAnswer): string[] {
    const where = `${method} ${url} → ${answer.statusCode}`;
    const ref = this.operationOf(method, url);
    if (!ref) return [`${where}: no such operation in the document`];
    this.checked.add(`${ref.method.toUpperCase()} ${ref.path} ${answer.statusCode}`);
    const documented = ref.operation.responses[String(answer.statusCode)];
    if (!documented) {
      const statuses = Object.keys(ref.operation.responses).join(', ');
      return [`${where}: status not documented (documented: ${statuses})`];
    }
    const mediaType = String(answer.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    if (!documented.content) {
      return answer.body.length === 0 ? [] : [`${where}: a body (${mediaType}) where none is documented`];
    }
    const content = documented.content[mediaType];
    if (!content) {
      const mediaTypes = Object.keys(documented.content).join(', ');
      return [`${where}: media type ${mediaType} not documented (documented: ${mediaTypes})`];
    }
    if (!mediaType.endsWith('json')) return [];
    return this.schemaProblems(content.schema, JSON.parse(answer.body)).map(
      (problem) => `${where}: ${problem}`,
    );
  }

  private schemaProblems(schema: object, body: unknown): string[] {
    const validate = this.validators.get(schema) ?? this.ajv.compile(schema);
    this.validators.set(schema, validate);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
  }
}
