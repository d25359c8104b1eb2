package pl.synergia.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A condition a person must meet to use a service (e.g. registered unemployed, minimum age). */
@Entity
@Immutable
@Table(name = "eligibility_criterion")
public class EligibilityCriterion {
    @Id
    public String code;
    @Column(name = "name_pl")
    public String namePl;
    @Column(name = "name_en")
    public String nameEn;
    /** NONE, INTEGER or TEXT: whether the rule carries a value (e.g. AGE_MIN 50). */
    @Column(name = "value_type")
    public String valueType;
}
