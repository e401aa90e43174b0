package org.apertura.meetings;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of meetings. */
interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByStartsAtGreaterThanEqualOrderByStartsAtAsc(Instant from);

    List<Meeting> findByStartsAtLessThanOrderByStartsAtDesc(Instant before);

    List<Meeting> findBySpaceKindAndSpaceIdOrderByStartsAtAsc(String kind, String id);

    List<Meeting> findAllByOrderByStartsAtAsc();
}
