/**
 * The demo department: schools of every level, their staff accounts and content. Loaded only
 * on the embedded database, never when a real database is configured.
 */
package vn.edu.portal.demo;
