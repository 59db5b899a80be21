// A scripted IMAP server on 127.0.0.1, plaintext, for peers a real Dovecot will not play: a greeting that never
// ends, a literal of a gigabyte, a SEARCH of 200,000 UIDs, a SEARCH that answers other people's mail. Each
// command gets a sane default answer; a test overrides the ones it attacks. It records what it was asked to delete.
import type { Socket } from 'node:net';

export interface ImapScript {
  /** What the server sends first (default: an OK greeting, no STARTTLS). */
  greeting?: (socket: Socket) => void;
  /** Answers by command name (upper case, `UID SEARCH` as `SEARCH`): write the untagged lines and the tagged end. */
  on?: Partial<Record<string, (socket: Socket, tag: string, args: string) => void>>;
  /** The Message-ID each UID's header answers with (default: none). */
  messageIds?: Record<number, string>;
}

/** The script as a connection handler for startRawServer (test-support/servers.ts), and what it recorded. */
export interface ScriptedImap {
  handle: (socket: Socket) => void;
  /** UIDs flagged \Deleted (UID STORE ... +FLAGS (\Deleted)), in order. */
  deleted: number[];
  /** Commands received, by name. */
  commands: string[];
}

const CAPABILITIES = 'IMAP4rev1 ID UIDPLUS';

export function scriptedImap(script: ImapScript = {}): ScriptedImap {
  const deleted: number[] = [];
  const commands: string[] = [];
  const defaults: Record<string, (socket: Socket, tag: string, args: string) => void> = {
    CAPABILITY: (s, tag) => s.write(`* CAPABILITY ${CAPABILITIES}\r\n${tag} OK done\r\n`),
    ID: (s, tag) => s.write(`* ID NIL\r\n${tag} OK done\r\n`),
    LOGIN: (s, tag) => s.write(`${tag} OK [CAPABILITY ${CAPABILITIES}] logged in\r\n`),
    LIST: (s, tag) => s.write(`* LIST (\\HasNoChildren) "/" INBOX\r\n* LIST (\\HasNoChildren \\Junk) "/" Junk\r\n${tag} OK done\r\n`),
    SELECT: (s, tag) => s.write(`* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 1000] ok\r\n${tag} OK [READ-WRITE] done\r\n`),
    EXAMINE: (s, tag) => s.write(`* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 1000] ok\r\n${tag} OK [READ-ONLY] done\r\n`),
    SEARCH: (s, tag) => s.write(`* SEARCH\r\n${tag} OK done\r\n`),
    FETCH: (s, tag, args) => {
      const uid = Number(/^(\d+)/.exec(args)?.[1] ?? 0);
      const id = script.messageIds?.[uid];
      const header = id ? `Message-ID: ${id}\r\n\r\n` : '\r\n';
      s.write(`* 1 FETCH (UID ${uid} BODY[HEADER.FIELDS (MESSAGE-ID)] {${Buffer.byteLength(header)}}\r\n${header})\r\n${tag} OK done\r\n`);
    },
    STORE: (s, tag, args) => {
      if (/\\Deleted/i.test(args)) deleted.push(Number(/^(\d+)/.exec(args)?.[1] ?? 0));
      s.write(`${tag} OK done\r\n`);
    },
    EXPUNGE: (s, tag) => s.write(`${tag} OK done\r\n`),
    CLOSE: (s, tag) => s.write(`${tag} OK done\r\n`),
    NOOP: (s, tag) => s.write(`${tag} OK done\r\n`),
    LOGOUT: (s, tag) => s.end(`* BYE bye\r\n${tag} OK done\r\n`),
  };
  const handle = (socket: Socket): void => {
    (script.greeting ?? ((s: Socket) => s.write(`* OK [CAPABILITY ${CAPABILITIES}] scripted ready\r\n`)))(socket);
    let buffer = '';
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      let newline: number;
      while ((newline = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const match = /^(\S+) (?:UID )?(\S+) ?(.*)$/i.exec(line);
        if (!match) continue;
        const [, tag = '', name = '', args = ''] = match;
        const command = name.toUpperCase();
        commands.push(command);
        (script.on?.[command] ?? defaults[command] ?? ((s: Socket, t: string) => s.write(`${t} BAD unknown\r\n`)))(socket, tag, args);
      }
    });
  };
  return { handle, deleted, commands };
}
