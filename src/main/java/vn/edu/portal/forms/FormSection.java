package vn.edu.portal.forms;

import java.util.List;

/** A step of the form as the parent sees it on a phone. */
public record FormSection(String title, List<FormField> fields) {

    public FormSection {
        fields = List.copyOf(fields);
    }

    public String getTitle() { return title; }
    public List<FormField> getFields() { return fields; }
}
