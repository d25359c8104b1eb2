package pl.synergia.regional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pl.synergia.shared.body.BodyMeetingRequest;
import pl.synergia.shared.body.MinutesDocument;

/** A meeting of the voivodeship's RPW: date, place, agenda, who attended, minutes and decisions. */
@Entity
@Table(name = "rpw_meeting")
public class RpwMeeting {
    @Id
    public UUID id;
    @Column(nullable = false, updatable = false)
    public String voivodeship;
    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;
    @Column(nullable = false)
    public String place;
    @Column(nullable = false)
    public String agenda;
    public String minutes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> decisions = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rpw_meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id")
    public Set<UUID> attendance = new LinkedHashSet<>();
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Version
    @Column(nullable = false)
    public long version;

    void apply(BodyMeetingRequest request) {
        BodyMeetingRequest r = request.normalised();
        heldOn = r.heldOn();
        place = r.place();
        agenda = r.agenda();
        minutes = r.minutes();
        decisions = new ArrayList<>(r.decisions());
        attendance.clear();
        attendance.addAll(r.attendance());
    }

    MinutesDocument.Meeting record() {
        return new MinutesDocument.Meeting(heldOn, place, agenda, minutes, decisions, recordedBy, recordedAt);
    }
}
