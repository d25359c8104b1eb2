package pl.synergia.shared.offering;

import java.util.UUID;

/**
 * A catalogue service as one institution offers it, as other contexts read it: who offers it and
 * where (the institution's gmina, TERYT), which catalogue entry, how many places, and whether it
 * is offered now (status ACTIVE). Published by the directory through {@link OfferingLookup}.
 */
public record OfferingRef(UUID id, UUID institutionId, String gminaTeryt, String serviceCode, Integer places, boolean active) {
}
