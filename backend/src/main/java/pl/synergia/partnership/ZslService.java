package pl.synergia.partnership;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ZslService {
    public ZslResponse get(UUID partnershipId) {
        throw new UnsupportedOperationException();
    }

    public ZslResponse update(UUID partnershipId, long expectedVersion, ZslRequest r) {
        throw new UnsupportedOperationException();
    }

    public ZslResponse addMember(UUID partnershipId, ZslMemberRequest r) {
        throw new UnsupportedOperationException();
    }

    public ZslResponse updateMember(UUID partnershipId, UUID memberId, long expectedVersion, ZslMemberRequest r) {
        throw new UnsupportedOperationException();
    }

    public ZslMeetingResponse addMeeting(UUID partnershipId, ZslMeetingRequest r) {
        throw new UnsupportedOperationException();
    }

    public ZslMeetingResponse meeting(UUID partnershipId, UUID meetingId) {
        throw new UnsupportedOperationException();
    }

    public ZslMeetingResponse updateMeeting(UUID partnershipId, UUID meetingId, long expectedVersion, ZslMeetingRequest r) {
        throw new UnsupportedOperationException();
    }
}
