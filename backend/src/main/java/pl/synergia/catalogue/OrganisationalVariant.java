package pl.synergia.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An organisational variant a gmina may choose in the MLW procedure of seed 004 (e.g. re-create a KIS in the OPS). */
@Entity
@Immutable
@Table(name = "organisational_variant")
public class OrganisationalVariant {
    @Id
    public String code;
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
