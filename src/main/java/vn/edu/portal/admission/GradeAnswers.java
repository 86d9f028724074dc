package vn.edu.portal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an application answers that only some grades ask: preschool, the age group and whether the child
 * takes the midday meals; grade 6, why a child not on the grade-5 list applies. A value, replaced whole.
 */
@Embeddable
public class GradeAnswers {

    static final GradeAnswers NONE = new GradeAnswers();

    @Column(name = "age_group")
    String ageGroup;
    @Column(name = "boarding_meals")
    boolean boardingMeals;
    @Column(name = "not_listed_reason")
    String notListedReason;

    protected GradeAnswers() {
    }

    GradeAnswers(String ageGroup, boolean boardingMeals, String notListedReason) {
        this.ageGroup = ageGroup;
        this.boardingMeals = boardingMeals;
        this.notListedReason = notListedReason;
    }

    /** Preschool: the age group applied for ({@link AgeGroups}). */
    public String getAgeGroup() {
        return ageGroup;
    }

    public boolean isBoardingMeals() {
        return boardingMeals;
    }

    /** Grade 6 by application: the family's reason for a child not on the grade-5 list (the school decides). */
    public String getNotListedReason() {
        return notListedReason;
    }
}
