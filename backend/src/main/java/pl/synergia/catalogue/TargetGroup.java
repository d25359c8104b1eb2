package pl.synergia.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A group of people a service is meant for (e.g. long-term unemployed). */
@Entity
@Immutable
@Table(name = "target_group")
public class TargetGroup {
    @Id
    public String code;
    @Column(name = "name_pl")
    public String namePl;
    @Column(name = "name_en")
    public String nameEn;
}
