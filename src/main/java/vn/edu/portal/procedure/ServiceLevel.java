package vn.edu.portal.procedure;

/** How far a procedure is online: information only, submitted online, or submitted and returned online. */
public enum ServiceLevel {
    INFO, PARTIAL, FULL;

    public boolean online() {
        return this != INFO;
    }
}
