package vn.edu.portal.admission;

/** The child's sex as the personal identification number encodes it. */
public enum Sex { MALE, FEMALE }
