package vn.edu.portal.admission;

/** Where a parent's request to correct a review record stands. */
public enum CorrectionStatus { PENDING, ACCEPTED, REFUSED }
