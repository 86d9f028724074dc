package vn.edu.portal.security;

/**
 * Roles are held per site; DEPARTMENT_ADMIN is held on the department's site and reaches every site.
 * EDITOR and APPROVER write and publish content; HANDLER (cán bộ tiếp nhận hồ sơ) handles the families'
 * requests and applications, whose children's data the content roles have no need to see (domain.md §6).
 * SCHOOL_ADMIN does all of a school's work.
 */
public enum Role {
    DEPARTMENT_ADMIN, SCHOOL_ADMIN, APPROVER, EDITOR, HANDLER
}
