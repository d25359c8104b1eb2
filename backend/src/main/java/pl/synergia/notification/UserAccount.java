package pl.synergia.notification;

import java.util.UUID;

/** A user as notifications know them: who, of which institution, where mail goes, in which language. */
public record UserAccount(String subject, UUID institutionId, String email, Language language) {
}
