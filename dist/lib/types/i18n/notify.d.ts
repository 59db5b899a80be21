export declare const NOTIFY_WORDS: {
    readonly title: {
        readonly en: "Email deploy check · {repository}";
        readonly zh: "邮件部署检查 · {repository}";
    };
    readonly failure: {
        readonly en: "Mail is broken";
        readonly zh: "邮件发送故障";
    };
    readonly degraded: {
        readonly en: "Mail still flows, through a backup or with a problem";
        readonly zh: "邮件仍可发送，但依赖备用服务商或存在问题";
    };
    readonly changed: {
        readonly en: "Mail is still broken, in a different way";
        readonly zh: "邮件故障仍在，且情况有变化";
    };
    readonly recovered: {
        readonly en: "Mail works again";
        readonly zh: "邮件已恢复正常";
    };
    readonly test: {
        readonly en: "Test message: this channel receives the alerts of email-deploy-check.";
        readonly zh: "测试消息：此频道可以收到 email-deploy-check 的告警。";
    };
    readonly more: {
        readonly en: "… and {count} more in the run.";
        readonly zh: "……另有 {count} 项，见运行详情。";
    };
    readonly run: {
        readonly en: "Open the run";
        readonly zh: "查看本次运行";
    };
    readonly sent: {
        readonly en: "notify: {channel} told ({event}).";
        readonly zh: "notify：已通知 {channel}（{event}）。";
    };
    readonly refused: {
        readonly en: "notify: {channel} refused the message: {reply}. The verdict is the mail's and stays as it is; check the robot's address and its signing secret.";
        readonly zh: "notify：{channel} 拒收消息：{reply}。结论以邮件检查为准，不受影响；请检查机器人地址及其签名密钥。";
    };
    readonly unreachable: {
        readonly en: "notify: {channel} could not be reached: {error}. The verdict is the mail's and stays as it is.";
        readonly zh: "notify：无法连接 {channel}：{error}。结论以邮件检查为准，不受影响。";
    };
    readonly insecure: {
        readonly en: "notify: the {channel} address is not HTTPS (plain HTTP only to this machine): nothing was sent.";
        readonly zh: "notify：{channel} 的地址不是 HTTPS（仅本机允许 HTTP）：未发送任何消息。";
    };
    readonly quiet: {
        readonly en: "notify: nothing changed since the alert issue last said so: the channels stay quiet.";
        readonly zh: "notify：自告警 issue 上次更新以来没有变化：不再通知各频道。";
    };
};
export type NotifyEvent = 'failure' | 'degraded' | 'changed' | 'recovered' | 'test';
