package vn.edu.portal.admission;

import jakarta.persistence.Embeddable;

/**
 * A parent as the form asks for one: name, birth year, job and phone, each optional (a family
 * declares the parents it has). A value, replaced whole; mapped twice, father and mother.
 */
@Embeddable
public class Parent {

    /** No parent declared. */
    static final Parent NONE = new Parent();

    String name;
    Integer birthYear;
    String job;
    String phone;

    protected Parent() {
    }

    Parent(String name, Integer birthYear, String job, String phone) {
        this.name = name;
        this.birthYear = birthYear;
        this.job = job;
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getJob() {
        return job;
    }

    public String getPhone() {
        return phone;
    }
}
