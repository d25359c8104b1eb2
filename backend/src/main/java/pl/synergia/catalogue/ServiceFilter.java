package pl.synergia.catalogue;

import java.time.LocalDate;

import pl.synergia.shared.institution.InstitutionType;

/** Filters of the catalogue list; null means "any". */
public record ServiceFilter(String text, String kind, InstitutionType providerType, String targetGroup,
        String regime, LocalDate validOn, boolean includeHistorical) {
}
