// Text for OAuth2 (XOAUTH2) logins (checks/oauth2.ts): the token endpoint's answers and the server's refusals.
import { type CauseTexts, type Words } from './text.js';

export const OAUTH2_TITLES = {
  'smtp.oauth2': { en: 'OAuth2 access token', zh: 'OAuth2 访问令牌' },
} satisfies Record<string, Words>;

export const OAUTH2_CAUSES = {
  'oauth2-token-given': {
    en: { text: 'Logging in with the access token given in `oauth2-access-token`.' },
    zh: { text: '使用 `oauth2-access-token` 中给出的访问令牌登录。' },
  },
  'oauth2-token-fetched': {
    en: { text: 'An access token was issued by `{endpoint}` for the refresh token.' },
    zh: { text: '`{endpoint}` 已用刷新令牌签发访问令牌。' },
  },
  'oauth2-not-configured': {
    en: {
      text: 'OAuth2 needs a client id, a client secret and a token endpoint besides the refresh token.',
      fix: 'Set `oauth2-client-id`, `oauth2-client-secret` and, for a provider we do not know, `oauth2-token-url`.',
    },
    zh: {
      text: 'OAuth2 除刷新令牌外还需要客户端 ID、客户端密钥和令牌端点。',
      fix: '请设置 `oauth2-client-id`、`oauth2-client-secret`；我们不认识的服务商还需设置 `oauth2-token-url`。',
    },
  },
  'oauth2-invalid-grant': {
    en: {
      text: '`{endpoint}` refused the refresh token: {error}',
      fix: 'The refresh token expired or was revoked (a password change, the user or an admin revoking access, Google test apps expire tokens after 7 days). Run the consent flow again and store the new refresh token in `oauth2-refresh-token`.',
    },
    zh: {
      text: '`{endpoint}` 拒绝了刷新令牌：{error}',
      fix: '刷新令牌已过期或被撤销（修改密码、用户或管理员撤销授权，Google 测试状态的应用 7 天后令牌失效）。请重新走一遍授权流程，把新的刷新令牌存入 `oauth2-refresh-token`。',
    },
  },
  'oauth2-refresh-token-inactive': {
    en: {
      text: '`{endpoint}` says the refresh token expired from inactivity: {error}',
      fix: 'Microsoft refresh tokens lapse after 90 days unused. Sign in again to get a new one for `oauth2-refresh-token`; a scheduled run keeps it alive.',
    },
    zh: {
      text: '`{endpoint}` 表示刷新令牌因长期未使用而过期：{error}',
      fix: '微软的刷新令牌 90 天未使用即失效。请重新登录获取新的刷新令牌填入 `oauth2-refresh-token`；定时运行可保持其有效。',
    },
  },
  'oauth2-invalid-client': {
    en: {
      text: '`{endpoint}` refused the client: {error}',
      fix: 'Check `oauth2-client-id` and `oauth2-client-secret` against the app registration; a client secret has an expiry date (Entra ID: Certificates & secrets).',
    },
    zh: {
      text: '`{endpoint}` 拒绝了客户端：{error}',
      fix: '对照应用注册检查 `oauth2-client-id` 和 `oauth2-client-secret`；客户端密钥有过期时间（Entra ID：证书和密码）。',
    },
  },
  'oauth2-scope': {
    en: {
      text: '`{endpoint}` refused the requested permission: {error}',
      fix: 'Grant the app the mail scope and consent again: Google `https://mail.google.com/`, Microsoft `https://outlook.office.com/SMTP.Send` (plus `offline_access` for a refresh token).',
    },
    zh: {
      text: '`{endpoint}` 拒绝了所请求的权限：{error}',
      fix: '为应用授予邮件权限后重新授权：Google 为 `https://mail.google.com/`，微软为 `https://outlook.office.com/SMTP.Send`（刷新令牌还需 `offline_access`）。',
    },
  },
  'oauth2-endpoint-unreachable': {
    en: {
      text: 'The token endpoint `{endpoint}` could not be reached: {error}',
      fix: 'Check `oauth2-token-url` and that this machine may reach it over HTTPS (proxy, firewall).',
    },
    zh: {
      text: '无法连接令牌端点 `{endpoint}`：{error}',
      fix: '检查 `oauth2-token-url`，并确认本机可以通过 HTTPS 访问它（代理、防火墙）。',
    },
  },
  'oauth2-token-error': {
    en: {
      text: 'The token endpoint `{endpoint}` gave no access token: {error}',
      fix: 'Check the OAuth2 inputs against the app registration.',
    },
    zh: { text: '令牌端点 `{endpoint}` 没有给出访问令牌：{error}', fix: '对照应用注册检查 OAuth2 相关输入。' },
  },
  'auth-xoauth2-not-offered': {
    en: {
      text: 'The server does not offer XOAUTH2 ({methods}).',
      fix: 'This server takes no OAuth2 logins: use a password (`email-password`) here, or the provider’s OAuth2-capable host (smtp.gmail.com, smtp.office365.com).',
    },
    zh: {
      text: '服务器不支持 XOAUTH2（{methods}）。',
      fix: '该服务器不接受 OAuth2 登录：请改用密码（`email-password`），或使用服务商支持 OAuth2 的主机（smtp.gmail.com、smtp.office365.com）。',
    },
  },
  'auth-xoauth2-rejected': {
    en: {
      text: 'The server refused the OAuth2 login for `{user}` (status {status}, scope {scope}): `{reply}`',
      fix: 'The token must belong to `email-user` and carry the mail scope (Google `https://mail.google.com/`, Microsoft `https://outlook.office.com/SMTP.Send`); at Microsoft 365, SMTP AUTH must also be enabled for the mailbox.',
    },
    zh: {
      text: '服务器拒绝了 `{user}` 的 OAuth2 登录（状态 {status}，范围 {scope}）：`{reply}`',
      fix: '令牌必须属于 `email-user` 并带有邮件权限（Google 为 `https://mail.google.com/`，微软为 `https://outlook.office.com/SMTP.Send`）；在 Microsoft 365 中还需为该邮箱开启 SMTP AUTH。',
    },
  },
  'oauth2-access-token-expired': {
    en: {
      text: 'The server refused the access token for `{user}` (status {status}): it has expired or was revoked.',
      fix: 'Access tokens last about an hour: give `oauth2-refresh-token` with `oauth2-client-id` and `oauth2-client-secret` instead of a fixed `oauth2-access-token`, so a fresh one is fetched each run.',
    },
    zh: {
      text: '服务器拒绝了 `{user}` 的访问令牌（状态 {status}）：令牌已过期或被撤销。',
      fix: '访问令牌约一小时有效：请改为提供 `oauth2-refresh-token` 以及 `oauth2-client-id`、`oauth2-client-secret`，每次运行都会获取新的访问令牌。',
    },
  },
} satisfies CauseTexts;
