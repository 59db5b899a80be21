export declare const TARGETS_WORDS: {
    readonly notYaml: {
        readonly en: "`targets` is not YAML or JSON ({where}). Write a list, one mapping per mail server: `- name: primary` then `email-provider: qq` and so on, indented under it.";
        readonly zh: "`targets` 不是合法的 YAML 或 JSON（{where}）。请写成列表，每个邮件服务器一项：先写 `- name: primary`，再在其下缩进写 `email-provider: qq` 等。";
    };
    readonly notList: {
        readonly en: "`targets` must be a list of mappings (`- name: primary`, `  email-provider: qq`, ...), one item per mail server, the primary first.";
        readonly zh: "`targets` 必须是映射的列表（`- name: primary`、`  email-provider: qq` ……），每个邮件服务器一项，主服务商在前。";
    };
    readonly tooMany: {
        readonly en: "`targets` has {count} items; at most {max} mail servers are checked in one run.";
        readonly zh: "`targets` 有 {count} 项；一次最多检查 {max} 个邮件服务器。";
    };
    readonly tooLarge: {
        readonly en: "`targets` is larger than {limit}.";
        readonly zh: "`targets` 超过 {limit}。";
    };
    readonly notMapping: {
        readonly en: "Item {item} of `targets` is not a mapping: write `name:`, `email-provider:` and the other inputs as `key: value` lines under its `-`.";
        readonly zh: "`targets` 的第 {item} 项不是映射：请在它的 `-` 下以 `键: 值` 写出 `name:`、`email-provider:` 等输入。";
    };
    readonly unknownKey: {
        readonly en: "Item {item} of `targets` sets `{key}`, which is not an input a target can set. A target sets: {allowed}; every other input is the step's own.";
        readonly zh: "`targets` 的第 {item} 项设置了 `{key}`，这不是单个目标可设置的输入。目标可设置：{allowed}；其余输入都取自步骤本身。";
    };
    readonly unnamedKey: {
        readonly en: "Item {item} of `targets` sets a key that is not an input a target can set. A target sets: {allowed}.";
        readonly zh: "`targets` 的第 {item} 项设置了一个目标不可设置的键。目标可设置：{allowed}。";
    };
    readonly notScalar: {
        readonly en: "Item {item} of `targets`: `{key}` must be one value (text or a number), not a list or a mapping.";
        readonly zh: "`targets` 的第 {item} 项：`{key}` 必须是单个值（文字或数字），不能是列表或映射。";
    };
    readonly badName: {
        readonly en: "Item {item} of `targets`: `name` must be 1 to 40 letters, digits, `-`, `_` or `.` (it names the target in the report and in alerts).";
        readonly zh: "`targets` 的第 {item} 项：`name` 须为 1 到 40 个字母、数字、`-`、`_` 或 `.`（它在报告和告警中代表该目标）。";
    };
    readonly duplicateName: {
        readonly en: "Two items of `targets` are named `{name}`: give each mail server its own name.";
        readonly zh: "`targets` 中有两项都叫 `{name}`：请给每个邮件服务器一个不同的名字。";
    };
    readonly empty: {
        readonly en: "Item {item} of `targets` names no mail server: set `email-provider` or `smtp-host`.";
        readonly zh: "`targets` 的第 {item} 项没有指定邮件服务器：请设置 `email-provider` 或 `smtp-host`。";
    };
    readonly fileRefused: {
        readonly en: "The targets file {file} {because}.";
        readonly zh: "目标列表文件 {file}{because}。";
    };
    readonly fileMissing: {
        readonly en: "The targets file {file} does not exist.";
        readonly zh: "目标列表文件 {file} 不存在。";
    };
};
export type TargetsProblem = keyof typeof TARGETS_WORDS;
