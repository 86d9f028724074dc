package vn.edu.portal.tenant;

public enum SiteKind {
    DEPARTMENT, SCHOOL
}
