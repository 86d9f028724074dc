package vn.edu.portal.admission;

/** Where an application stands; every change is kept in the forms' history ({@code form_event}). */
public enum ApplicationStatus {
    SUBMITTED, NEEDS_DOCUMENTS, ACCEPTED, REFUSED, WITHDRAWN, ADMITTED, WAITING, ENROLLED, RELEASED;

    /** Withdrawn and refused applications free the child for a new one. */
    public boolean active() {
        return this != WITHDRAWN && this != REFUSED;
    }

    /** The parent may still correct or withdraw. */
    public boolean openToParent() {
        return this == SUBMITTED || this == NEEDS_DOCUMENTS;
    }
}
