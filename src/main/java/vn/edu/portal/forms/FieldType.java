package vn.edu.portal.forms;

/** The kinds of field an online form is built from. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, DATE, CHOICE, CHECKBOX, FILE, PERSONAL_ID, PHONE, EMAIL
}
