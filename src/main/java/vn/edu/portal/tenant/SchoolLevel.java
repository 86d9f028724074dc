package vn.edu.portal.tenant;

public enum SchoolLevel {
    PRESCHOOL, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, CONTINUING
}
