package pl.synergia.partnership;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A model text (reference data, V26): the seed 004 Pakt or the cooperation agreement, with {{placeholders}}. */
@Entity
@Immutable
@Table(name = "partnership_template")
public class PartnershipTemplate {
    @Id
    public String code;
    @Enumerated(EnumType.STRING)
    public PartnershipKind kind;
    public String title;
    public String subtitle;
    @Column(name = "annex_title")
    public String annexTitle;
    @Column(name = "default_goals")
    public String defaultGoals;
    @Column(name = "legal_character")
    public String legalCharacter;
    public String source;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnership_template_section", joinColumns = @JoinColumn(name = "template_code"))
    @OrderBy("position")
    public List<Section> sections = new ArrayList<>();
}
