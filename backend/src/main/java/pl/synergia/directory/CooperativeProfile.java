package pl.synergia.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Profile of a social cooperative (seed 003; catalogue entries PROFILE_INTEGRATION, PROFILE_SERVICE, PROFILE_MIXED). */
@Schema(description = "Profile of a social cooperative: integration (jobs and reintegration), service (public-utility services) or mixed")
public enum CooperativeProfile {
    INTEGRATION, SERVICE, MIXED
}
