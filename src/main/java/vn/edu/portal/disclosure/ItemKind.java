package vn.edu.portal.disclosure;

/** What an item of the catalogue holds: rich text, a table of figures, or a file (the annual report PDF). */
public enum ItemKind {
    TEXT, TABLE, FILE
}
