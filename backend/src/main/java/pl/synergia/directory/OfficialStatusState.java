package pl.synergia.directory;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an official status stands today; EXPIRING_SOON within {@value #WARNING_DAYS} days of its end. */
@Schema(description = "VALID, EXPIRING_SOON (ends within 90 days), EXPIRED or NOT_YET_VALID")
public enum OfficialStatusState {
    VALID, EXPIRING_SOON, EXPIRED, NOT_YET_VALID;

    public static final int WARNING_DAYS = 90;

    public static OfficialStatusState of(LocalDate validFrom, LocalDate validTo, LocalDate today) {
        if (validFrom != null && today.isBefore(validFrom)) {
            return NOT_YET_VALID;
        }
        if (validTo != null && today.isAfter(validTo)) {
            return EXPIRED;
        }
        if (validTo != null && !today.plusDays(WARNING_DAYS).isBefore(validTo)) {
            return EXPIRING_SOON;
        }
        return VALID;
    }
}
