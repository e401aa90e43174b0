package org.apertura.meetings.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apertura.meetings.Meeting;
import org.apertura.meetings.MeetingChannel;
import org.apertura.meetings.MeetingService;
import org.apertura.meetings.RegistrationStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings as open data (ADR 0066): every meeting with its space, times, place, seats taken and left and the length of
 * its waiting list (never who), its cancellation and minutes; and, with a personal API token, registering and giving
 * up one's own registration.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "api.tag.meetings", description = "api.tag.meetings.description")
class MeetingApi {

    private final MeetingService service;

    MeetingApi(MeetingService service) {
        this.service = service;
    }

    record SpaceJson(String kind, String id, String title, String path) {
    }

    record MinutesJson(String text, Integer attendees, String file, String sha256, Instant publishedAt) {
    }

    record MeetingJson(long id, String title, String description, SpaceJson space, Instant startsAt, Instant endsAt,
            MeetingChannel channel, String address, BigDecimal latitude, BigDecimal longitude, String onlineUrl,
            Integer capacity, int registered, Integer seatsLeft, long waiting, boolean registrationOpen,
            String accessibility, boolean cancelled, String cancelReason, MinutesJson minutes) {
    }

    record RegistrationJson(long meeting, String code, RegistrationStatus status, long waitingPlace) {
    }

    @GetMapping
    @Operation(summary = "api.op.meetings.list")
    List<MeetingJson> meetings() {
        return service.all().stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.op.meetings.get")
    MeetingJson meeting(@PathVariable long id) {
        return json(service.meeting(id));
    }

    @PostMapping("/{id}/registration")
    @Operation(summary = "api.op.meetings.register", security = @SecurityRequirement(name = "bearer"))
    RegistrationJson register(@PathVariable long id) {
        MeetingService.MyRegistration r = service.register(id);
        return new RegistrationJson(id, r.code(), r.status(), r.status() == RegistrationStatus.WAITING ? r.place() : 0);
    }

    @PostMapping("/{id}/registration/cancel")
    @Operation(summary = "api.op.meetings.cancelRegistration", security = @SecurityRequirement(name = "bearer"))
    MeetingJson cancelRegistration(@PathVariable long id) {
        service.leave(id);
        return json(service.meeting(id));
    }

    private MeetingJson json(Meeting m) {
        MinutesJson minutes = m.hasMinutes() ? new MinutesJson(m.getMinutesText(), m.getAttendees(),
                m.getMinutesSha256() == null ? null : "/reuniones/" + m.getId() + "/minuta/archivo", m.getMinutesSha256(),
                m.getMinutesAt()) : null;
        return new MeetingJson(m.getId(), m.getTitle(), m.getDescription(), new SpaceJson(m.getSpaceKind(),
                m.getSpaceId(), m.getSpaceTitle(), m.getSpacePath()), m.getStartsAt(), m.getEndsAt(), m.getChannel(),
                m.getAddress(), m.getLatitude(), m.getLongitude(), m.getOnlineUrl(), m.getCapacity(), m.getRegistered(),
                m.getCapacity() == null ? null : m.seatsLeft(), service.waiting(m), m.isRegistrationOpen(),
                m.getAccessibility(), m.isCancelled(), m.getCancelReason(), minutes);
    }
}
