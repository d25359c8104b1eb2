package pl.synergia.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Official statuses the law grants, each with its own granting body and validity. */
@Schema(description = "CIS_STATUS (granted by the wojewoda), KIS_REGISTER (entry in the wojewoda's register), "
        + "ZAZ_STATUS (wojewoda), WTZ_APPROVAL, OWES_ACCREDITATION (AKSES), KRAZ_ENTRY (employment-agency register)")
public enum OfficialStatusKind {
    CIS_STATUS, KIS_REGISTER, ZAZ_STATUS, WTZ_APPROVAL, OWES_ACCREDITATION, KRAZ_ENTRY
}
