package org.apertura.opendata;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every version of a file resource, newest first or by number. */
public interface ResourceVersionRepository extends JpaRepository<ResourceVersion, Long> {

    List<ResourceVersion> findByResourceIdOrderByNumberDesc(String resourceId);

    Optional<ResourceVersion> findByResourceIdAndNumber(String resourceId, int number);

    List<ResourceVersion> findByResourceIdAndLedgerSeqIsNullOrderByNumber(String resourceId);
}
