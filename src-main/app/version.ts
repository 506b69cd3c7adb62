/** Shown on the home screen and sent with sync requests; bump with package.json. */
export const APP_VERSION = '0.1.0'
