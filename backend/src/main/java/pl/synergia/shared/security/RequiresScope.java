package pl.synergia.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scope a third-party system's token must carry to call this resource method (or every
 * method of this resource class; a method's own annotation wins). People are not affected: their
 * roles and institution decide, as before. A system whose token lacks the scope is answered 403
 * problem+json naming the scope ({@link ScopeCheck}). The scopes are client scopes of the realm,
 * granted per client (docs/integration.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequiresScope {

    /** Write the system's own directory entry and offerings. */
    String DIRECTORY_WRITE = "directory:write";
    /** The system's referral inbox (accept, reject, complete) and sending referrals for its plans' steps. */
    String REFERRALS = "referrals";
    /** The change feed and webhooks. */
    String EVENTS_READ = "events:read";

    String value();
}
