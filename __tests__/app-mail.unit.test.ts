// The pure parts of the app-mail path: a verification mail's text as the code pattern reads it, and the code put
// into the verify request.
import { expect, test } from '@jest/globals';
import { withCode } from '../src/checks/app.js';
import { decodeQuotedPrintable, htmlText, messageText } from '../src/mail/text.js';

const mail = (lines: string[]): Buffer => Buffer.from(lines.join('\r\n'), 'utf8');

test('a multipart mail: the plain part first, base64 and quoted-printable undone, charsets honoured', () => {
  const raw = mail([
    'From: app@demo.example',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('您的验证码是 482913。', 'utf8').toString('base64'),
    '--b1',
    'Content-Type: text/html; charset=gbk',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<p>=D1=E9=D6=A4=C2=EB <b>482913</b>&nbsp;&amp;</p>',
    '--b1--',
    '',
  ]);
  const text = messageText(raw);
  expect(text.split('\n')[0]).toBe('您的验证码是 482913。');
  expect(text).toContain('验证码 482913 &');
  expect(/(\d{6})/.exec(text)?.[1]).toBe('482913');
});

test('a mail bomb of nested parts is walked to a bounded depth and count, never throws', () => {
  const nested = (depth: number): string[] =>
    depth === 0
      ? ['Content-Type: text/plain', '', 'code 111222']
      : [`Content-Type: multipart/mixed; boundary="d${depth}"`, '', `--d${depth}`, ...nested(depth - 1), `--d${depth}--`];
  expect(messageText(mail(nested(50)))).toBe('');
  expect(messageText(mail(nested(3)))).toContain('111222');
  // No empty line: all of it is headers, there is no body to read.
  expect(messageText(Buffer.from('no headers at all'))).toBe('');
});

test('quoted-printable soft breaks and escapes; HTML entities and tags', () => {
  expect(decodeQuotedPrintable(Buffer.from('abc=\r\ndef=3D=E4')).toString('latin1')).toBe('abcdef=\u00e4');
  expect(htmlText('<style>p{}</style><p>a&lt;b &#x4E2D;&#25991;</p>')).toBe(' a<b 中文 ');
});

test('the code goes into a URL encoded, into a JSON body escaped, and never expands as a replacement pattern', () => {
  expect(withCode('https://app.example/verify?code={{code}}', 'a b&c', 'url')).toBe('https://app.example/verify?code=a%20b%26c');
  expect(withCode('{"code":"{{code}}"}', 'x"y', 'body')).toBe('{"code":"x\\"y"}');
  expect(withCode('code={{code}};rest', "$'", 'body')).toBe("code=$';rest");
  expect(withCode('{{code}}-{{code}}', '$&', 'body')).toBe('$&-$&');
});
