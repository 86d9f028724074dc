package vn.edu.portal.theme;

/** One theme, as its manifest describes it. */
public record Theme(String key, String name, String nameEn, String description, String color, int order) {

    public String layout() {
        return "/WEB-INF/themes/" + key + "/layout.xhtml";
    }

    public String getKey() { return key; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public String getDescription() { return description; }
    public String getColor() { return color; }
}
