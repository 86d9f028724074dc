package vn.edu.portal.forms;

import java.util.List;

/**
 * One field of an online form. {@code min}/{@code max} bound numbers; {@code pastOnly} refuses
 * dates after today (a birth date) and, on a number, years after this one (a year of graduation:
 * no year written into the form); {@code fileTypes} lists what a file field accepts (pdf, image,
 * docx) and {@code maxKb} its size.
 */
public record FormField(String key, FieldType type, String label, String help, boolean required,
                        List<String> options, Long min, Long max, boolean pastOnly, List<String> fileTypes,
                        int maxKb) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
        fileTypes = fileTypes == null ? List.of() : List.copyOf(fileTypes);
        help = help == null ? "" : help;
    }

    public String getKey() { return key; }
    public FieldType getType() { return type; }
    public String getLabel() { return label; }
    public String getHelp() { return help; }
    public boolean isRequired() { return required; }
    public List<String> getOptions() { return options; }
    public Long getMin() { return min; }
    public Long getMax() { return max; }
    public boolean isPastOnly() { return pastOnly; }
    public List<String> getFileTypes() { return fileTypes; }
    public int getMaxKb() { return maxKb; }
    public String getTypeName() { return type.name(); }
}
