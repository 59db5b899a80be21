// imapflow imports pino to build its default logger; we pass `logger: false`, so it is never built (README.md here).
export default function pino() {
  throw new Error('pino is not bundled: pass a logger to ImapFlow');
}
