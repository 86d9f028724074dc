package vn.edu.portal.tenant;

/** Công lập or ngoài công lập. */
public enum Ownership {
    PUBLIC, PRIVATE
}
