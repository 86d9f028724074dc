package vn.edu.portal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Locale;
import vn.edu.portal.platform.PortalEntity;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * Where an item of the catalogue comes from, for some school levels: the article of its legal
 * basis and, when known, the clause and point ("Điều 4 khoản 7 điểm e"). Edited by the department
 * with the item; an empty clause means the article alone could be confirmed.
 */
@Entity
@Table(name = "disclosure_citation")
public class Citation extends PortalEntity {

    @Column(name = "item_id")
    private Long itemId;
    private String levels;
    private int article;
    private Integer clause;
    private String point;

    protected Citation() {
    }

    public boolean appliesTo(SchoolLevel level) {
        return level != null && Arrays.stream(levels.split(",")).map(String::strip).anyMatch(level.name()::equals);
    }

    /** "Điều 4 khoản 7 điểm e" (or "Article 4 clause 7 point e"). */
    public String text(Locale locale) {
        StringBuilder out = new StringBuilder(Texts.get(locale, "disclosure.citation.article", String.valueOf(article)));
        if (clause != null) {
            out.append(' ').append(Texts.get(locale, "disclosure.citation.clause", String.valueOf(clause)));
        }
        if (point != null && !point.isBlank()) {
            out.append(' ').append(Texts.get(locale, "disclosure.citation.point", point));
        }
        return out.toString();
    }

    void edit(int article, Integer clause, String point) {
        this.article = article;
        this.clause = clause;
        this.point = point == null || point.isBlank() ? null : point.strip();
    }

    public Long getItemId() { return itemId; }
    public String getLevels() { return levels; }
    public int getArticle() { return article; }
    public Integer getClause() { return clause; }
    public String getPoint() { return point; }
}
