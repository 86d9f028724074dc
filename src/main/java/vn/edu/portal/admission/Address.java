package vn.edu.portal.admission;

import jakarta.persistence.Embeddable;

/**
 * An address as the family declares it: province, ward (phường, xã) and house and street. A value:
 * an application replaces it whole (the persistence provider then sees the change), never edits it.
 * The application maps it twice, permanent and current residence, onto columns of its own table.
 */
@Embeddable
public class Address {

    /** No address (also what a row anonymised to nulls reads as). */
    static final Address NONE = new Address();

    String province;
    String ward;
    String street;

    protected Address() {
    }

    Address(String province, String ward, String street) {
        this.province = province;
        this.ward = ward;
        this.street = street;
    }

    /** The same province, another ward and street: a correction of where the child lives. */
    Address moved(String ward, String street) {
        return new Address(province, ward, street);
    }

    public String getProvince() {
        return province;
    }

    public String getWard() {
        return ward;
    }

    public String getStreet() {
        return street;
    }

    /** As written on a list: street, ward, province. */
    public String line() {
        return street + ", " + ward + ", " + province;
    }
}
