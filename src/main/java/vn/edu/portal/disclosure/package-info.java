/**
 * Public disclosures (công khai) per Circular 09/2024/TT-BGDĐT (36/2017 kept for older years):
 * the catalogue of groups and items as data, each school's items per school year with versions,
 * compliance (published, missing, late, stale) for the school and the department, the privacy
 * guard and the open data of published figures.
 */
package vn.edu.portal.disclosure;
