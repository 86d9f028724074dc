package vn.edu.portal.disclosure;

/** A version of an item: being written, the one the public sees, or an older published one. */
public enum EntryStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
