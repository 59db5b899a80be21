// Kept equal to package.json's version (a unit test checks it); a constant keeps the bundle free of file reads.
export const VERSION = '0.1.0';
export const TOOL = 'email-deploy-check';
