package pl.synergia.shared.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do, computed on the server from roles and institution; the SPA shows or hides actions by these. */
@Schema(description = "A capability of the caller")
public enum Permission {
    /** Read the institution directory. */
    DIRECTORY_READ,
    /** Edit the directory entry of the caller's own institution. */
    DIRECTORY_MANAGE_OWN,
    /** Edit any directory entry and import institutions. */
    DIRECTORY_MANAGE_ALL,
    /** Register clients and work on action plans on behalf of the caller's institution. */
    PLAN_WORK,
    /** Review who accessed the data of the clients the caller's institution serves (data-protection officer). */
    AUDIT_REVIEW,
    /** Export a person's data for their GDPR art. 15/20 request, as JSON or PDF (data-protection officer of an institution). */
    DATA_SUBJECT_EXPORT,
    /**
     * Find a person by PESEL or name and birth date, and keep the register of their erasure and restriction
     * requests (data-protection officer of an institution).
     */
    DATA_SUBJECT_REQUESTS,
    /** Reassign the cases of a caseworker of the caller's institution to a colleague (coordinator of an institution). */
    CASE_REASSIGN,
    /** Run the retention (anonymisation, or a dry run that only counts) and see past runs (platform administrator). */
    RETENTION_RUN,
    /** Start a partnership agreement: a coordinator for their own institution (in its gmina), or an administrator. */
    PARTNERSHIP_CREATE,
    /** Read the regional figures of the caller's voivodeship (a regional analyst of a ROPS) or the nation (administrator), and import need figures. */
    REGIONAL_READ,
    /** Start a recomputation of the regional figures (platform administrator). */
    REGIONAL_REFRESH
}
