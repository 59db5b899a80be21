// Property tests: the settings parser, the reply classifier and the lint parsers never throw
// and always return a classified result, whatever they are fed.
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { scanLogText } from '../src/logs/scan.js';
import { isCause } from '../src/i18n/causes.js';
import { blockFindings, productionFindings, transportFindings, workflowFindings } from '../src/lint/rules.js';
import { readCompose, readDotenv, readEcosystemJson, readJavaScript, readWorkflow } from '../src/lint/sources.js';
import { createRedactor, secretVariants } from '../src/secrets.js';
import { INPUT_NAMES, type InputName } from '../src/settings/inputs.js';
import { parseSettings } from '../src/settings/parse.js';
import { readRawInputs } from '../src/settings/read.js';
import { diagnose } from '../src/smtp/diagnosis.js';
import { codeFindings, moduleFacts, parseSource, SourceNotRead } from '../src/lint/code.js';
import { actionRuntimeFor } from './helpers/settings.js';

const RUNS = { numRuns: 300 };

function attempt<T>(work: () => T): { value: T } | { error: unknown } {
  try {
    return { value: work() };
  } catch (error) {
    return { error };
  }
}
/** Strings that look like what people paste: ASCII, Unicode, control characters, long runs. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\r\n', '465', 'true', 'qq', 'a@b.c', '${{ x }}'),
);

test('parseSettings never throws and every problem names a real input and a known cause', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...INPUT_NAMES), anyText), (inputs) => {
      const settings = parseSettings(
        readRawInputs((name: InputName) => inputs[name], {}),
        actionRuntimeFor(),
      );
      expect(Number.isInteger(settings.port) && settings.port > 0 && settings.port < 65536).toBe(true);
      expect(settings.timeoutMs).toBeGreaterThan(0);
      for (const problem of settings.problems) {
        expect(INPUT_NAMES).toContain(problem.input);
        expect(isCause(problem.cause)).toBe(true);
      }
    }),
    RUNS,
  );
});

test('diagnose classifies any failure into a cause with text', () => {
  const failure = fc.record(
    {
      code: fc.option(
        fc.constantFrom('EAUTH', 'ETIMEDOUT', 'ESOCKET', 'ECONNECTION', 'ETLS', 'EENVELOPE', 'EPROTOCOL', 'ENOAUTH', 'EDNS', 'EWHATEVER'),
        { nil: undefined },
      ),
      responseCode: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
      response: fc.option(anyText, { nil: undefined }),
      command: fc.option(fc.constantFrom('AUTH PLAIN', 'MAIL FROM', 'RCPT TO', 'DATA', 'CONN', 'EHLO'), { nil: undefined }),
      provider: fc.option(fc.constantFrom('qq', '163', '126', 'gmail', 'outlook', 'exmail'), { nil: undefined }),
      message: fc.option(anyText, { nil: undefined }),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(failure, (f) => {
      const { cause, params } = diagnose(f);
      expect(isCause(cause)).toBe(true);
      expect(typeof params.reply).toBe('string');
    }),
    RUNS,
  );
});

test('the log scan never throws; what it classifies has text', () => {
  fc.assert(
    fc.property(anyText, (line) => {
      for (const finding of scanLogText(line)) expect(isCause(finding.cause)).toBe(true);
    }),
    RUNS,
  );
});

test('the lint parsers return findings or throw a plain Error (reported as lint-parse-error), never anything else', () => {
  const readers = [
    (t: string) => blockFindings(readDotenv('.env', t), 'dotenv', true),
    (t: string) => readCompose('docker-compose.yml', t).flatMap((b) => blockFindings(b, 'config', true)),
    (t: string) => readWorkflow('.github/workflows/x.yml', t).flatMap(workflowFindings),
    (t: string) => productionFindings(readEcosystemJson('ecosystem.config.json', t)),
    (t: string) => {
      const { blocks, transports } = readJavaScript('ecosystem.config.js', t);
      return [
        ...blocks.flatMap((b) => blockFindings(b, 'config', true)),
        ...transports.flatMap(transportFindings),
        ...productionFindings(blocks),
      ];
    },
  ];
  const configish = fc.oneof(
    anyText,
    fc
      .array(fc.tuple(fc.constantFrom('EMAIL_PASSWORD', 'SMTP_PORT', 'SMTP_SECURE', 'EMAIL_PROVIDER', 'EMAIL_USER', 'NODE_ENV'), anyText))
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('\n')),
    fc
      .array(fc.tuple(fc.constantFrom('env', 'env_production', 'port', 'secure', 'auth', 'pass'), anyText))
      .map((pairs) => `module.exports = {${pairs.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')}}`),
  );
  fc.assert(
    fc.property(configish, (text) => {
      for (const read of readers) {
        // Only the parser runs inside `try`: an assertion that fails must fail the test, not be caught here.
        const outcome = attempt(() => read(text));
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(Error);
          continue;
        }
        for (const finding of outcome.value) {
          expect(isCause(finding.cause)).toBe(true);
          expect(finding.line).toBeGreaterThanOrEqual(1);
        }
      }
    }),
    RUNS,
  );
});

test('redaction removes every variant of any secret from any text around it', () => {
  fc.assert(
    // Secrets of at least 4 characters besides blanks: shorter ones are a finding, not a redaction form.
    fc.property(
      fc.string({ minLength: 4, maxLength: 40 }).filter((s) => s.trim().length >= 4),
      anyText,
      anyText,
      (secret, before, after) => {
        const redactor = createRedactor(secretVariants(secret, 'user@example.com'));
        for (const form of [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)]) {
          expect(redactor.redact(`${before}${form}${after}`)).not.toContain(form);
        }
      },
    ),
    RUNS,
  );
});

test('the code lint reads any text, any file name, and cut or spliced mail code: a finding with text, or the file is set aside', () => {
  const MAIL = [
    "import nodemailer from 'nodemailer';\nconst t = nodemailer.createTransport({ port: 465, secure: false, auth: { pass: 'abcdefghijkl' } });\n",
    "const { createTransport } = require('nodemailer');\nmodule.exports = (req, res) => { createTransport({ tls: { rejectUnauthorized: false } }).sendMail({}); res.end(); };\n",
    'export async function h(req: Req, res: Res): Promise<void> { try { await t.sendMail({}); } catch (e) { console.log(e); } }\n',
  ];
  const code = fc.oneof(
    anyText,
    fc.tuple(fc.constantFrom(...MAIL), fc.nat(400), anyText).map(([text, at, extra]) => text.slice(0, at) + extra + text.slice(at)),
  );
  fc.assert(
    fc.property(code, fc.constantFrom('a.js', 'b.ts', 'c.mjs', 'd.cjs', 'e.jsx', 'f.tsx', 'g.mts'), (text, file) => {
      const result = attempt(() => codeFindings(moduleFacts(file, parseSource(file, text))));
      if ('error' in result) return expect(result.error).toBeInstanceOf(SourceNotRead);
      for (const f of result.value) {
        expect(isCause(f.rule)).toBe(true);
        expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
      }
    }),
    RUNS,
  );
});
