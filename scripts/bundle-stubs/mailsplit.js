// imapflow imports mailsplit for download()/downloadMany(), which we never call (README.md here).
export class Headers {
  constructor() {
    throw new Error('ImapFlow.download() is not bundled');
  }
}
export default class FlowedDecoder {
  constructor() {
    throw new Error('ImapFlow.download() is not bundled');
  }
}
