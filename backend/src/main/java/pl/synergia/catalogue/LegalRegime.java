package pl.synergia.catalogue;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A legal act (regime) whose rules a service or institution type follows, with the dates it applies. */
@Entity
@Immutable
@Table(name = "legal_regime")
public class LegalRegime {
    @Id
    public String code;
    @Column(name = "name_pl")
    public String namePl;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "act_pl")
    public String actPl;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "notes_en")
    public String notesEn;
}
