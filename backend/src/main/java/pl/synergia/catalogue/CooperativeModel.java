package pl.synergia.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A social-cooperative model of seed 003: a profile, a founding path or a support tool. */
@Entity
@Immutable
@Table(name = "cooperative_model")
public class CooperativeModel {

    public enum Category {
        /** What the cooperative does: integration, service or mixed profile. */
        PROFILE,
        /** Who founds it. */
        FOUNDERS,
        /** Support for founding and running it. */
        SUPPORT
    }

    @Id
    public String code;
    @Enumerated(EnumType.STRING)
    public Category category;
    public int position;
    @Column(name = "name_pl")
    public String namePl;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "description_pl")
    public String descriptionPl;
    @Column(name = "description_en")
    public String descriptionEn;
    public String source;
}
