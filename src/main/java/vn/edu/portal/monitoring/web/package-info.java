/** The {@code /metrics} endpoint and the department's live figures page. */
package vn.edu.portal.monitoring.web;
