package vn.edu.portal.procedure;

/** received → processing → (need more information) → done / refused; withdrawn by the applicant while open. */
public enum SubmissionStatus {
    RECEIVED, PROCESSING, NEED_INFO, DONE, REFUSED, WITHDRAWN;

    public boolean open() {
        return this != DONE && this != REFUSED && this != WITHDRAWN;
    }
}
