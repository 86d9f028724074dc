package vn.edu.portal.security;

/** Roles are held per site; DEPARTMENT_ADMIN is held on the department's site and reaches every site. */
public enum Role {
    DEPARTMENT_ADMIN, SCHOOL_ADMIN, APPROVER, EDITOR
}
