// imapflow imports socks for its `proxy` option, which we never set (README.md here).
export const SocksClient = {
  createConnection() {
    throw new Error('SOCKS proxies are not bundled');
  },
};
