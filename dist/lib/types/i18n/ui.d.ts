export declare const GROUP_TITLES: {
    env: {
        en: string;
        zh: string;
    };
    dns: {
        en: string;
        zh: string;
    };
    tcp: {
        en: string;
        zh: string;
    };
    tls: {
        en: string;
        zh: string;
    };
    smtp: {
        en: string;
        zh: string;
    };
    send: {
        en: string;
        zh: string;
    };
    delivery: {
        en: string;
        zh: string;
    };
    health: {
        en: string;
        zh: string;
    };
    app: {
        en: string;
        zh: string;
    };
    server: {
        en: string;
        zh: string;
    };
    deliverability: {
        en: string;
        zh: string;
    };
    logs: {
        en: string;
        zh: string;
    };
    lint: {
        en: string;
        zh: string;
    };
};
export declare const UI: {
    verdict: {
        pass: {
            en: string;
            zh: string;
        };
        warn: {
            en: string;
            zh: string;
        };
        fail: {
            en: string;
            zh: string;
        };
    };
    /** What is wrong, said first: one line for each area that failed or warned. */
    area: {
        mail: {
            fail: {
                en: string;
                zh: string;
            };
            warn: {
                en: string;
                zh: string;
            };
        };
        delivery: {
            fail: {
                en: string;
                zh: string;
            };
            warn: {
                en: string;
                zh: string;
            };
        };
        app: {
            fail: {
                en: string;
                zh: string;
            };
            warn: {
                en: string;
                zh: string;
            };
        };
        deployment: {
            fail: {
                en: string;
                zh: string;
            };
            warn: {
                en: string;
                zh: string;
            };
        };
        deliverability: {
            fail: {
                en: string;
                zh: string;
            };
            warn: {
                en: string;
                zh: string;
            };
        };
        logs: {
            fail: {
                en: string;
                zh: string;
            };
            warn: {
                en: string;
                zh: string;
            };
        };
        lint: {
            fail: {
                en: string;
                zh: string;
            };
            warn: {
                en: string;
                zh: string;
            };
        };
    };
    headline: {
        en: string;
        zh: string;
    };
    labelled: {
        en: string;
        zh: string;
    };
    /** Between the items of a list in running text. */
    listSeparator: {
        en: string;
        zh: string;
    };
    /** Between a message and its fix on one line (an annotation). */
    thenFix: {
        en: string;
        zh: string;
    };
    fixFirst: {
        en: string;
        zh: string;
    };
    deliveryPath: {
        en: string;
        zh: string;
    };
    deliveryPathJunk: {
        en: string;
        zh: string;
    };
    waitingFor: {
        en: string;
        zh: string;
    };
    thenReview: {
        en: string;
        zh: string;
    };
    passedFold: {
        en: string;
        zh: string;
    };
    skippedFold: {
        en: string;
        zh: string;
    };
    status: {
        pass: {
            en: string;
            zh: string;
        };
        warn: {
            en: string;
            zh: string;
        };
        fail: {
            en: string;
            zh: string;
        };
        skip: {
            en: string;
            zh: string;
        };
    };
    actionStopped: {
        en: string;
        zh: string;
    };
    secretsWithheldNotice: {
        en: string;
        zh: string;
    };
    summaryFailed: {
        en: string;
        zh: string;
    };
    failedCritical: {
        en: string;
        zh: string;
    };
    failedWarnings: {
        en: string;
        zh: string;
    };
    details: {
        en: string;
        zh: string;
    };
    moreRows: {
        en: string;
        zh: string;
    };
    summaryCut: {
        en: string;
        zh: string;
    };
    detailsCut: {
        en: string;
        zh: string;
    };
    commentNotPullRequest: {
        en: string;
        zh: string;
    };
    commentNoToken: {
        en: string;
        zh: string;
    };
    commentDone: {
        en: string;
        zh: string;
    };
    commentCreated: {
        en: string;
        zh: string;
    };
    commentUpdated: {
        en: string;
        zh: string;
    };
    commentReadOnly: {
        en: string;
        zh: string;
    };
    commentFailed: {
        en: string;
        zh: string;
    };
    commentRunLink: {
        en: string;
        zh: string;
    };
    alertTitle: {
        en: string;
        zh: string;
    };
    alertTitleChain: {
        en: string;
        zh: string;
    };
    alertChanged: {
        en: string;
        zh: string;
    };
    alertRecovered: {
        en: string;
        zh: string;
    };
    alertThisRun: {
        en: string;
        zh: string;
    };
    alertDone: {
        en: string;
        zh: string;
    };
    alertLookAlike: {
        en: string;
        zh: string;
    };
    commentLookAlike: {
        en: string;
        zh: string;
    };
    alertActions: {
        opened: {
            en: string;
            zh: string;
        };
        unchanged: {
            en: string;
            zh: string;
        };
        commented: {
            en: string;
            zh: string;
        };
        closed: {
            en: string;
            zh: string;
        };
        none: {
            en: string;
            zh: string;
        };
    };
    alertNoToken: {
        en: string;
        zh: string;
    };
    alertNoRepository: {
        en: string;
        zh: string;
    };
    alertReadOnly: {
        en: string;
        zh: string;
    };
    alertFailed: {
        en: string;
        zh: string;
    };
    commentMore: {
        en: string;
        zh: string;
    };
    chainPass: {
        en: string;
        zh: string;
    };
    chainFail: {
        en: string;
        zh: string;
    };
    chainPrimaryDown: {
        en: string;
        zh: string;
    };
    chainPrimaryDownRequired: {
        en: string;
        zh: string;
    };
    chainBackupDown: {
        en: string;
        zh: string;
    };
    chainBackupDownRequired: {
        en: string;
        zh: string;
    };
    targetsUnusedInputs: {
        en: string;
        zh: string;
    };
    chainHeading: {
        en: string;
        zh: string;
    };
    chainLine: {
        en: string;
        zh: string;
    };
    chainPrimary: {
        en: string;
        zh: string;
    };
    chainBackup: {
        en: string;
        zh: string;
    };
    chainStatusWord: {
        pass: {
            en: string;
            zh: string;
        };
        warn: {
            en: string;
            zh: string;
        };
        fail: {
            en: string;
            zh: string;
        };
    };
    chainProblem: {
        en: string;
        zh: string;
    };
    chainTargetSection: {
        en: string;
        zh: string;
    };
    chainAppSection: {
        en: string;
        zh: string;
    };
    heading: {
        en: string;
        zh: string;
    };
    check: {
        en: string;
        zh: string;
    };
    result: {
        en: string;
        zh: string;
    };
    detail: {
        en: string;
        zh: string;
    };
    time: {
        en: string;
        zh: string;
    };
    fixes: {
        en: string;
        zh: string;
    };
    fix: {
        en: string;
        zh: string;
    };
    counts: {
        en: string;
        zh: string;
    };
    raw: {
        en: string;
        zh: string;
    };
    where: {
        en: string;
        zh: string;
    };
    runner: {
        'github-hosted': {
            en: string;
            zh: string;
        };
        'self-hosted': {
            en: string;
            zh: string;
        };
        server: {
            en: string;
            zh: string;
        };
    };
};
