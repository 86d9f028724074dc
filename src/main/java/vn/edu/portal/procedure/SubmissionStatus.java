package vn.edu.portal.procedure;

/** received → processing → (need more information) → done / refused. */
public enum SubmissionStatus {
    RECEIVED, PROCESSING, NEED_INFO, DONE, REFUSED;

    public boolean open() {
        return this != DONE && this != REFUSED;
    }
}
