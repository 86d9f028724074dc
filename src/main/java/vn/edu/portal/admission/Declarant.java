package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who filled in the application and how they are related to the child. A value, replaced whole. */
@Embeddable
public class Declarant {

    static final Declarant NONE = new Declarant();

    @Column(name = "declarant_name")
    String name;
    @Column(name = "declarant_relation")
    String relation;

    protected Declarant() {
    }

    Declarant(String name, String relation) {
        this.name = name;
        this.relation = relation;
    }

    public String getName() {
        return name;
    }

    public String getRelation() {
        return relation;
    }
}
