export const id = 879;
export const ids = [879];
export const modules = {

/***/ 7928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ FlowedDecoder),
/* harmony export */   L: () => (/* binding */ Headers)
/* harmony export */ });
// imapflow imports mailsplit for download()/downloadMany(), which we never call (README.md here).
class Headers {
  constructor() {
    throw new Error('ImapFlow.download() is not bundled');
  }
}
class FlowedDecoder {
  constructor() {
    throw new Error('ImapFlow.download() is not bundled');
  }
}


/***/ }),

/***/ 9737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ pino)
/* harmony export */ });
// imapflow imports pino to build its default logger; we pass `logger: false`, so it is never built (README.md here).
function pino() {
  throw new Error('pino is not bundled: pass a logger to ImapFlow');
}


/***/ }),

/***/ 615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ SocksClient)
/* harmony export */ });
// imapflow imports socks for its `proxy` option, which we never set (README.md here).
const SocksClient = {
  createConnection() {
    throw new Error('SOCKS proxies are not bundled');
  },
};


/***/ })

};
