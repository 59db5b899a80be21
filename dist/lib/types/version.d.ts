export declare const VERSION = "0.1.0";
export declare const TOOL = "email-deploy-check";
