package pl.synergia.plan;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The retention rule in force: how long after the last plan was finished a person is anonymised, and when the job runs")
public record RetentionPolicy(
        @Schema(required = true, description = "ISO-8601 period after the last of a person's plans was finished (synergia.retention.after-plan-closure), "
                + "e.g. P6Y") String retention,
        @Schema(required = true, description = "A run started now treats plans finished before this moment as past retention") Instant closedBefore,
        @Schema(nullable = true, description = "When the nightly run starts: a Quartz cron in Warsaw time (synergia.retention.schedule); null when "
                + "switched off") String schedule) {
}
