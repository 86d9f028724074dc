package vn.edu.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/** The menu editor: rows of label and link, reordered, added and removed, saved together. */
@Named
@ViewScoped
public class MenuPage implements Serializable {

    /** One editable row. */
    public static class Row implements Serializable {
        private String label;
        private String link;

        Row(String label, String link) {
            this.label = label;
            this.link = link;
        }

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getLink() { return link; }
        public void setLink(String link) { this.link = link; }
    }

    @Inject
    transient AdminShell shell;

    @Inject
    transient ContentService content;

    private List<Row> rows;
    private final Map<String, String> errors = new HashMap<>();

    @PostConstruct
    void init() {
        rows = new ArrayList<>();
        content.menuItems(shell.staff().siteId()).forEach(m -> rows.add(new Row(m.getLabel(), m.getLink())));
    }

    public List<Row> getRows() {
        return rows;
    }

    public void add() {
        rows.add(new Row("", ""));
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            errors.clear();
        }
    }

    public void up(int index) {
        if (index > 0 && index < rows.size()) {
            Collections.swap(rows, index, index - 1);
            errors.clear();
        }
    }

    public String error(String field, int index) {
        return errors.get(field + "-" + index);
    }

    public void save() {
        StaffContext staff = shell.staff();
        errors.clear();
        try {
            content.saveMenu(staff.siteId(), rows.stream().map(r -> new ContentService.MenuRow(r.label, r.link))
                    .toList(), staff.username(), staff.ip());
            Texts.info("menu.saved");
        } catch (FieldErrors e) {
            e.errors().forEach((field, error) -> errors.put(field, Texts.get(error.key(), error.args())));
            Texts.error("form.hasErrors");
        }
    }
}
