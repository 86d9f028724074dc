/**
 * Staff accounts and their roles per site, login (Jakarta Security, PBKDF2 hashes, throttling),
 * the one-time set-up of the first department admin, and the audit log of every
 * administrative change. Parents have no accounts.
 */
package vn.edu.portal.security;
