package vn.edu.portal.admission;

/**
 * How a round gives its places: by application and allocation (families apply, schools verify, the
 * lottery and the criteria rank), or by assignment (the department assigns every pupil of the imported
 * list to the school of his zone; families confirm or ask for another school with a reason).
 */
public enum Placement {
    APPLICATION, ASSIGNMENT
}
