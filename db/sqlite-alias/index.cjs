// See package.json: the name 'better-sqlite3' loads better-sqlite3-multiple-ciphers, nothing else.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS package's entry point
module.exports = require('better-sqlite3-multiple-ciphers');
