package pl.synergia.notification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import pl.synergia.notification.NotificationRepository.Filter;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.shared.web.Params;

/** The filters of the notifications list as query parameters. */
public class NotificationQuery {

    @Parameter(description = "true: only notifications the caller has not read", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @QueryParam("unread")
    String unread;

    @Parameter(description = "Only these types (repeat the parameter for several); all when absent",
            schema = @Schema(type = SchemaType.ARRAY, implementation = EventType.class, maxItems = 30))
    @QueryParam("type")
    List<String> type;

    @Parameter(description = "Only notifications from this day on (Warsaw time), YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    String from;

    @Parameter(description = "Only notifications up to and including this day (Warsaw time), YYYY-MM-DD",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    String to;

    /** The filter; problems go to {@code errors}. */
    Filter filter(List<FieldError> errors) {
        boolean unreadOnly = Params.bool("unread", unread, false, errors);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        List<String> given = type == null ? List.of() : type;
        if (given.size() > 30) {
            errors.add(new FieldError("type", "too-many", "at most 30 types"));
        } else {
            for (String t : given) {
                EventType parsed = Params.enumValue("type", t, EventType.class, errors);
                if (parsed != null) {
                    types.add(parsed);
                }
            }
        }
        LocalDate fromDay = Params.date("from", from, errors);
        LocalDate toDay = Params.date("to", to, errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add(new FieldError("to", "date-order", "must not be before from"));
        }
        return new Filter(unreadOnly, types, fromDay == null ? null : fromDay.atStartOfDay(PolishTime.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(PolishTime.ZONE).toInstant());
    }
}
